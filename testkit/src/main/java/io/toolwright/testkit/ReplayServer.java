package io.toolwright.testkit;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A provider's API on 127.0.0.1 that answers the n-th request with the n-th scripted response body
 * (a response in the provider's documented format), and records every request body as the SDK
 * client put it on the wire. A request beyond the script gets a 500, which fails the SDK call.
 *
 * <p>For tests that run a real SDK client against it: point the client's base URL at {@link
 * #baseUrl()} and assert on {@link #requests()}.
 */
public final class ReplayServer implements AutoCloseable {

  /** One request as received. */
  public record Request(String method, String path, String body) {}

  private final HttpServer server;
  private final List<String> responses;
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  /** Starts a server on a free port of 127.0.0.1 that replays {@code responses} in order. */
  public ReplayServer(String... responses) {
    this.responses = List.of(responses);
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            requests.add(
                new Request(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)));
          }
          int index = requests.size() - 1;
          boolean scripted = index < this.responses.size();
          byte[] body =
              (scripted
                      ? this.responses.get(index)
                      : "{\"error\":{\"message\":\"the script has no response " + index + "\"}}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(scripted ? 200 : 500, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
  public String baseUrl() {
    return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
  }

  /** Every request received, in order. */
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
