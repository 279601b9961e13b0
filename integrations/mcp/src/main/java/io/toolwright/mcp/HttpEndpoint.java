package io.toolwright.mcp;

import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.function.Consumer;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** An embedded Jetty serving the SDK's Streamable HTTP servlet behind a {@link RequestGuard}. */
final class HttpEndpoint implements AutoCloseable {
  private final Server jetty;
  private final ServerConnector connector;

  private HttpEndpoint(Server jetty, ServerConnector connector) {
    this.jetty = jetty;
    this.connector = connector;
  }

  static HttpEndpoint start(
      HttpServletStreamableServerTransportProvider transport,
      HttpOptions options,
      Consumer<String> sessionEnded) {
    Server jetty = new Server();
    ServerConnector connector = new ServerConnector(jetty);
    connector.setHost(options.host());
    connector.setPort(options.port());
    jetty.addConnector(connector);

    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    context.addFilter(
        new FilterHolder(new RequestGuard(options, sessionEnded)),
        "/*",
        EnumSet.of(DispatcherType.REQUEST));
    ServletHolder servlet = new ServletHolder(transport);
    // The SDK answers with server-sent events on the servlet's asynchronous API.
    servlet.setAsyncSupported(true);
    context.addServlet(servlet, options.path());
    jetty.setHandler(context);
    jetty.setStopAtShutdown(true);
    try {
      jetty.start();
    } catch (Exception e) {
      throw new IllegalStateException(
          "cannot serve MCP on " + options.host() + ":" + options.port(), e);
    }
    return new HttpEndpoint(jetty, connector);
  }

  int port() {
    return connector.getLocalPort();
  }

  @Override
  public void close() {
    try {
      jetty.stop();
    } catch (Exception e) {
      throw new IllegalStateException("stopping the HTTP server failed", e);
    }
  }
}
