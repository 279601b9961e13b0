package io.toolwright.sample;

import io.toolwright.mcp.HttpOptions;
import io.toolwright.mcp.McpToolServer;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The desk's tools served to MCP clients: {@code --mcp} over standard input and output (how Claude
 * Desktop and IDEs start a local server), {@code --mcp-http PORT} over Streamable HTTP on
 * 127.0.0.1. The signed-in customer is the server's configuration ({@code --customer ID}, Ana's
 * {@code C-1001} by default), never something the client sends.
 */
final class DeskMcpServer {

  private final String transport;
  private final int port;
  private final CustomerId customer;

  private DeskMcpServer(String transport, int port, CustomerId customer) {
    this.transport = transport;
    this.port = port;
    this.customer = customer;
  }

  /**
   * The server the arguments ask for, or {@code null} when they ask for none (the offline
   * conversation).
   *
   * @throws IllegalArgumentException for an argument it does not understand
   */
  static DeskMcpServer fromArguments(String[] args) {
    String transport = null;
    int port = 0;
    CustomerId customer = SampleData.ANA;
    List<String> rest = new ArrayList<>(List.of(args));
    while (!rest.isEmpty()) {
      String arg = rest.remove(0);
      switch (arg) {
        case "--mcp" -> transport = "stdio";
        case "--mcp-http" -> {
          transport = "http";
          port = Integer.parseInt(value(rest, arg));
        }
        case "--customer" -> customer = new CustomerId(value(rest, arg));
        default ->
            throw new IllegalArgumentException(
                "unknown argument " + arg + "; use --mcp, --mcp-http PORT, --customer ID");
      }
    }
    return transport == null ? null : new DeskMcpServer(transport, port, customer);
  }

  private static String value(List<String> rest, String option) {
    if (rest.isEmpty()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return rest.remove(0);
  }

  /** Serves until the process is ended (over stdio, the host ends it) or the thread interrupted. */
  void serve() {
    SupportDesk desk = SupportDesk.withSampleData();
    desk.directory().require(customer); // fail at start, not at the first call
    McpToolServer.Builder server =
        McpToolServer.builder(desk.registry())
            .serverInfo("toolwright-support-desk", "0.1.0")
            .context(SupportDesk.signedIn(customer));
    if (transport.equals("stdio")) {
      // Standard output is the protocol's channel: whatever else prints goes to standard error.
      PrintStream protocol = System.out;
      System.setOut(System.err);
      server.startStdio(System.in, protocol);
      System.err.println("Support desk MCP server on stdio, signed in as " + customer);
    } else {
      McpToolServer http = server.startHttp(HttpOptions.builder().port(port).build());
      System.err.println(
          "Support desk MCP server on http://127.0.0.1:" + http.port() + "/mcp, signed in as "
              + customer);
    }
    try {
      Thread.currentThread().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
