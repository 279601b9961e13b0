package io.toolwright.conformance;

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
 * A stand-in for a provider's API on 127.0.0.1: it records the body of every request an SDK client
 * sends and answers with a fixed, minimal success response. The tests read the request exactly as
 * the SDK put it on the wire, with its own serialisation, without reaching the internet.
 */
final class LoopbackServer implements AutoCloseable {

  /** One request as received. */
  record Request(String method, String path, String body) {}

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  /** Answers every request with status 200 and {@code responseJson}. */
  LoopbackServer(String responseJson) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] response = responseJson.getBytes(StandardCharsets.UTF_8);
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
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, response.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(response);
          }
        });
    server.start();
  }

  /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
  String baseUrl() {
    return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
  }

  /** The one request received since the last call; fails unless exactly one came. */
  Request takeOnlyRequest() {
    if (requests.size() != 1) {
      throw new AssertionError("expected one request, received " + requests);
    }
    return requests.remove(0);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
