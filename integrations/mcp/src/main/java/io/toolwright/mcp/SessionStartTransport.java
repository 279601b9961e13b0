package io.toolwright.mcp;

import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpStreamableServerSession;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import java.util.List;
import java.util.function.Consumer;
import reactor.core.publisher.Mono;

/**
 * The SDK's Streamable HTTP transport, telling {@code started} the id of each session it creates,
 * as it creates it: on the {@code initialize} request's thread, before the response carries the
 * {@code Mcp-Session-Id} to the client, so no call of the session can come before.
 */
final class SessionStartTransport implements McpStreamableServerTransportProvider {
  private final HttpServletStreamableServerTransportProvider delegate;
  private final Consumer<String> started;

  SessionStartTransport(
      HttpServletStreamableServerTransportProvider delegate, Consumer<String> started) {
    this.delegate = delegate;
    this.started = started;
  }

  @Override
  public void setSessionFactory(McpStreamableServerSession.Factory factory) {
    delegate.setSessionFactory(
        initialize -> {
          McpStreamableServerSession.McpStreamableServerSessionInit init =
              factory.startSession(initialize);
          started.accept(init.session().getId());
          return init;
        });
  }

  @Override
  public Mono<Void> notifyClients(String method, Object params) {
    return delegate.notifyClients(method, params);
  }

  @Override
  public Mono<Void> notifyClient(String sessionId, String method, Object params) {
    return delegate.notifyClient(sessionId, method, params);
  }

  @Override
  public void close() {
    delegate.close();
  }

  @Override
  public Mono<Void> closeGracefully() {
    return delegate.closeGracefully();
  }

  @Override
  public List<String> protocolVersions() {
    return delegate.protocolVersions();
  }
}
