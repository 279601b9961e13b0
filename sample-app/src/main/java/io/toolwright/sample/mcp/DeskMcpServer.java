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
import java.util.Map;
import java.util.ServiceLoader;
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
    Options options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    if (options.provider() != null) {
      System.exit(runProvider(options, System.getenv(), System.err));
      return;
    }
    DeskMcpServer server = options.server();
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
    return parse(args).server();
  }

  /** What the command line asks for: an MCP server, a real provider, or (neither) the offline run. */
  record Options(Boolean http, int port, CustomerId customer, ProviderChoice provider) {

    /** The MCP server asked for, or {@code null}. */
    DeskMcpServer server() {
      return http == null ? null : new DeskMcpServer(http, port, customer);
    }
  }

  /**
   * The options of the command line: {@code --mcp}, {@code --mcp-http PORT}, {@code --customer ID},
   * {@code --provider NAME}, {@code --model NAME}, {@code --base-url URL}.
   *
   * @throws IllegalArgumentException for an argument it does not understand
   */
  static Options parse(String[] args) {
    Boolean http = null;
    int port = 0;
    CustomerId customer = SampleData.ANA;
    ProviderChoice.Provider provider = null;
    String model = null;
    String baseUrl = null;
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
        case "--provider" -> provider = ProviderChoice.Provider.named(value(rest, arg));
        case "--model" -> model = value(rest, arg);
        case "--base-url" -> baseUrl = value(rest, arg);
        default ->
            throw new IllegalArgumentException(
                "unknown argument " + arg + "; use --mcp, --mcp-http PORT, --customer ID,"
                    + " --provider openai|anthropic|gemini, --model NAME, --base-url URL");
      }
    }
    if (provider != null && http != null) {
      throw new IllegalArgumentException("--provider runs a conversation; it does not go with --mcp");
    }
    if (provider == null && (model != null || baseUrl != null)) {
      throw new IllegalArgumentException("--model and --base-url go with --provider");
    }
    ProviderChoice choice = provider == null ? null : new ProviderChoice(provider, model, baseUrl);
    return new Options(http, port, customer, choice);
  }

  /**
   * Runs the conversation against the chosen provider; without its key, or without the providers
   * module on the class path, prints one line to {@code err} and returns 2.
   */
  static int runProvider(Options options, Map<String, String> environment, PrintStream err) {
    String key;
    try {
      key = options.provider().apiKey(environment);
    } catch (IllegalStateException e) {
      err.println(e.getMessage());
      return 2;
    }
    ProviderConversation conversation =
        ServiceLoader.load(ProviderConversation.class).findFirst().orElse(null);
    if (conversation == null) {
      err.println(
          "--provider needs the provider SDKs: run sample-providers/target/support-desk-providers.jar");
      return 2;
    }
    HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
    return conversation.run(options.provider(), key, options.customer(), System.out);
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
