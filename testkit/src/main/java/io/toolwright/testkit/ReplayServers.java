package io.toolwright.testkit;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The {@link ReplayServer}s of one test and the SDK clients pointed at them, all closed together,
 * clients first: the set-up every provider SDK test repeated.
 *
 * <pre>{@code
 * private final ReplayServers api = new ReplayServers();
 *
 * @AfterEach
 * void close() throws Exception {
 *   api.close();
 * }
 *
 * ReplayServer server = api.start(responseBody);
 * OpenAIClient client =
 *     api.closeAfterTest(
 *         OpenAIOkHttpClient.builder().baseUrl(server.baseUrl() + "/v1").apiKey("sk-test").build(),
 *         OpenAIClient::close);
 * }</pre>
 */
public final class ReplayServers implements AutoCloseable {

  /** Closes a client of a type that is not {@link AutoCloseable} itself. */
  @FunctionalInterface
  public interface Closer<T> {
    void close(T client) throws Exception;
  }

  private final Deque<AutoCloseable> open = new ArrayDeque<>();

  /** A server on 127.0.0.1 replaying {@code responses} in order, closed by {@link #close}. */
  public synchronized ReplayServer start(String... responses) {
    ReplayServer server = new ReplayServer(responses);
    open.push(server);
    return server;
  }

  /**
   * {@code client}, closed by {@code closer} when this is closed, before the servers it was
   * started after (the last opened is the first closed).
   */
  public synchronized <T> T closeAfterTest(T client, Closer<? super T> closer) {
    open.push(() -> closer.close(client));
    return client;
  }

  /** Closes every client and server, the last opened first; the first failure is thrown. */
  @Override
  public synchronized void close() throws Exception {
    Exception first = null;
    while (!open.isEmpty()) {
      try {
        open.pop().close();
      } catch (Exception e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
