package io.toolwright.sample.mcp;

import io.toolwright.mcp.HttpOptions;
import io.toolwright.mcp.McpToolServer;
import io.toolwright.sample.CustomerId;
import io.toolwright.sample.SampleData;
import io.toolwright.sample.SupportDesk;
import io.toolwright.sample.SupportDeskApp;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The main class of {@code target/support-desk.jar}: the desk's tools served to MCP clients with
 * {@code --mcp} (over standard input and output, how Claude Desktop and IDEs start a local server)
 * or {@code --mcp-http PORT} (Streamable HTTP on 127.0.0.1); without either, the offline
 * conversation of {@link SupportDeskApp}. The signed-in customer is the server's configuration
 * ({@code --customer ID}, Ana's {@code C-1001} by default), never something the client sends.
 *
 * <p>In its own package so that the processor's tests, which compile the desk's package as a
 * user's build would, need no MCP on their class path.
 */
public final class DeskMcpServer {

  // Held so that the level sticks: java.util.logging keeps loggers only weakly.
  private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

  private final boolean http;
  private final int port;
  private final CustomerId customer;

  private DeskMcpServer(boolean http, int port, CustomerId customer) {
    this.http = http;
    this.port = port;
    this.customer = customer;
  }

  public static void main(String[] args) throws InterruptedException {
    DeskMcpServer server;
    try {
      server = fromArguments(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    if (server == null) {
      SupportDeskApp.main(args);
      return;
    }
    server.serve();
    // Over stdio the client has closed standard input; the SDK's threads would keep the JVM up.
    System.exit(0);
  }

  /**
   * The server the arguments ask for, or {@code null} when they ask for none.
   *
   * @throws IllegalArgumentException for an argument it does not understand
   */
  static DeskMcpServer fromArguments(String[] args) {
    Boolean http = null;
    int port = 0;
    CustomerId customer = SampleData.ANA;
    List<String> rest = new ArrayList<>(List.of(args));
    while (!rest.isEmpty()) {
      String arg = rest.remove(0);
      switch (arg) {
        case "--mcp" -> http = false;
        case "--mcp-http" -> {
          http = true;
          port = port(value(rest, arg));
        }
        case "--customer" -> customer = new CustomerId(value(rest, arg));
        default ->
            throw new IllegalArgumentException(
                "unknown argument " + arg + "; use --mcp, --mcp-http PORT, --customer ID");
      }
    }
    return http == null ? null : new DeskMcpServer(http, port, customer);
  }

  private static String value(List<String> rest, String option) {
    if (rest.isEmpty()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return rest.remove(0);
  }

  private static int port(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--mcp-http needs a port number, not " + text);
    }
  }

  /** Serves until standard input ends (stdio) or the process is ended (HTTP). */
  void serve() throws InterruptedException {
    // Hibernate Validator announces its version at INFO; it would only add noise to standard error.
    HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
    SupportDesk desk = SupportDesk.withSampleData();
    desk.directory().require(customer); // an unknown customer fails now, not at the first call
    McpToolServer.Builder builder =
        McpToolServer.builder(desk.registry())
            .serverInfo("toolwright-support-desk", "0.1.0")
            .context(SupportDesk.signedIn(customer));
    McpToolServer server;
    if (http) {
      server = builder.startHttp(HttpOptions.builder().port(port).build());
      System.err.println(
          "Support desk MCP server on http://127.0.0.1:" + server.port() + "/mcp, signed in as "
              + customer);
    } else {
      // Standard output is the protocol's channel: whatever else prints goes to standard error.
      PrintStream protocol = System.out;
      System.setOut(System.err);
      server = builder.startStdio(System.in, protocol);
      System.err.println("Support desk MCP server on stdio, signed in as " + customer);
    }
    server.awaitClose();
  }
}
