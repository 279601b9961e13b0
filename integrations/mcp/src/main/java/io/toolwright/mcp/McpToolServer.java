package io.toolwright.mcp;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import io.toolwright.ToolContext;
import io.toolwright.ToolRegistry;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link ToolRegistry} served to MCP clients on the official MCP Java SDK, over stdio or
 * Streamable HTTP.
 *
 * <pre>{@code
 * McpToolServer.builder(registry)
 *     .serverInfo("support-desk", "1.0")
 *     .context(caller -> ToolContext.of("customer", signedInCustomer))
 *     .startStdio();
 * }</pre>
 *
 * <p>{@code tools/list} answers the registry's {@link io.toolwright.Dialect#MCP} renderings as they
 * are, annotations and output schemas included. {@code tools/call} runs the registry's {@code
 * execute}: a rejected argument or a failing tool is a result with {@code isError: true} whose text
 * is the runtime's error JSON (each problem with its JSON pointer); a tool the server does not
 * have is a JSON-RPC error, from the SDK. {@code @Context} values come from the {@link
 * ContextProvider}, never from the client; the registry's {@code ToolPermissions} decide which
 * tools each client lists and may call. The calls of one MCP session count in one {@link
 * io.toolwright.Conversation} (caps per conversation, attempts across calls).
 *
 * <p>The tool list changes only through {@link #setRegistry}, which sends {@code
 * notifications/tools/list_changed} to the connected clients: a registry itself is immutable.
 */
public final class McpToolServer implements AutoCloseable {
  private final McpSyncServer server;
  private final RegistryTools tools;
  private final HttpEndpoint http;
  private final AtomicBoolean closing = new AtomicBoolean();
  private final CountDownLatch closed = new CountDownLatch(1);

  private McpToolServer(McpSyncServer server, RegistryTools tools, HttpEndpoint http) {
    this.server = server;
    this.tools = tools;
    this.http = http;
  }

  public static Builder builder(ToolRegistry registry) {
    return new Builder(registry);
  }

  /** The registry served now. */
  public ToolRegistry registry() {
    return tools.registry();
  }

  /**
   * Serves {@code next} instead of the current registry and tells the connected clients with
   * {@code notifications/tools/list_changed}, so that they list the tools again. The SDK sends one
   * as each old tool is removed and each new one added, and this method one more at the end: a
   * client that lists on every notification ends with the new list.
   */
  public synchronized void setRegistry(ToolRegistry next) {
    Objects.requireNonNull(next, "registry");
    List<SyncToolSpecification> specifications = tools.specifications(next);
    // First, so that a client listing during the swap sees only tools of the next registry.
    tools.serve(next);
    for (McpSchema.Tool tool : server.listTools()) {
      server.removeTool(tool.name());
    }
    for (SyncToolSpecification specification : specifications) {
      server.addTool(specification);
    }
    server.notifyToolsListChanged();
  }

  /** How many MCP sessions have a {@link io.toolwright.Conversation} kept now (for tests). */
  int conversationsKept() {
    return tools.conversationsKept();
  }

  /** The HTTP server's port (the ephemeral one when port 0 was asked), or -1 over stdio. */
  public int port() {
    return http == null ? -1 : http.port();
  }

  /**
   * Waits until the server is closed: by {@link #close()}, or, over stdio, when the client closes
   * the server's standard input, which is how an MCP host ends a local server. A {@code main} that
   * serves stdio calls it last.
   */
  public void awaitClose() throws InterruptedException {
    closed.await();
  }

  /** Stops serving: closes the sessions and, over HTTP, the listening socket. Idempotent. */
  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      return;
    }
    try {
      server.closeGracefully();
    } finally {
      try {
        if (http != null) {
          http.close();
        }
      } finally {
        tools.closed();
        closed.countDown();
      }
    }
  }

  public static final class Builder {
    private final ToolRegistry registry;
    private String name = "toolwright";
    private String version = "0";
    private String instructions;
    private ContextProvider contexts = caller -> ToolContext.empty();
    private ConversationStates conversationStates = ConversationStates.inMemory();
    private String stdioPrincipal;
    private McpJsonMapper mapper = McpJsonDefaults.getMapper();

    private Builder(ToolRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** The name and version the server gives in {@code initialize}. */
    public Builder serverInfo(String name, String version) {
      this.name = Objects.requireNonNull(name, "name");
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /** Text the client may show its model about how to use the tools. */
    public Builder instructions(String instructions) {
      this.instructions = instructions;
      return this;
    }

    /** The same {@code @Context} values for every call. */
    public Builder context(ToolContext context) {
      Objects.requireNonNull(context, "context");
      this.contexts = caller -> context;
      return this;
    }

    /** The {@code @Context} values of each call, chosen by session or tool. */
    public Builder context(ContextProvider contexts) {
      this.contexts = Objects.requireNonNull(contexts, "contexts");
      return this;
    }

    /**
     * Where each session's {@link io.toolwright.Conversation} keeps its counts: a {@link
     * io.toolwright.spi.ConversationState} per session from {@code states}, asked for when the
     * session starts and told when it ends. {@link ConversationStates#inMemory()} unless set.
     */
    public Builder conversationStates(ConversationStates states) {
      this.conversationStates = Objects.requireNonNull(states, "states");
      return this;
    }

    /**
     * The principal of a stdio server's one session, the user the host started the server for:
     * {@link McpCaller#principal()} of every list and call over stdio, from this configuration and
     * never from the client. Over HTTP the bearer tokens name the principals, so {@link
     * #startHttp} refuses a builder with one.
     */
    public Builder stdioPrincipal(String principal) {
      this.stdioPrincipal = Objects.requireNonNull(principal, "principal");
      return this;
    }

    /**
     * Serves over this process's standard input and output, as an MCP host that starts the
     * process expects. Nothing else may write to {@code System.out} from then on: it is the
     * protocol's channel (log to standard error).
     */
    public McpToolServer startStdio() {
      return startStdio(System.in, System.out);
    }

    /**
     * Serves over the given streams: for an application that keeps {@code System.out} for other
     * output, and for tests. The server closes itself when {@code in} ends.
     */
    public McpToolServer startStdio(InputStream in, OutputStream out) {
      AtomicReference<McpToolServer> started = new AtomicReference<>();
      CountDownLatch ready = new CountDownLatch(1);
      Runnable closeAtEnd =
          () -> {
            // On the SDK's reading thread: close from another, which may wait for this one.
            Thread closer =
                new Thread(
                    () -> {
                      try {
                        ready.await();
                        started.get().close();
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                    },
                    "toolwright-mcp-stdio-close");
            closer.setDaemon(true);
            closer.start();
          };
      McpToolServer server =
          start(
              new StdioServerTransportProvider(
                  mapper, new EndOfInput(Objects.requireNonNull(in, "in"), closeAtEnd), out));
      started.set(server);
      ready.countDown();
      return server;
    }

    /** Serves over Streamable HTTP as {@code options} say: loopback by default. */
    public McpToolServer startHttp(HttpOptions options) {
      Objects.requireNonNull(options, "options");
      if (stdioPrincipal != null) {
        throw new IllegalStateException(
            "stdioPrincipal is for startStdio; over HTTP the bearer tokens name the principals"
                + " (HttpOptions.Builder.bearerToken(token, principal))");
      }
      HttpServletStreamableServerTransportProvider transport =
          HttpServletStreamableServerTransportProvider.builder()
              .jsonMapper(mapper)
              .mcpEndpoint(options.path())
              .contextExtractor(RequestGuard::transportContext)
              .build();
      RegistryTools tools =
          new RegistryTools(mapper, contexts, conversationStates, registry, null);
      McpSyncServer server =
          configure(
                  McpServer.sync(new SessionStartTransport(transport, tools::sessionStarted)),
                  tools)
              .build();
      try {
        return new McpToolServer(
            server, tools, HttpEndpoint.start(transport, options, tools::sessionEnded));
      } catch (RuntimeException e) {
        server.close();
        throw e;
      }
    }

    private McpToolServer start(StdioServerTransportProvider transport) {
      // One client, one session: its id made here, its principal from the configuration.
      RegistryTools tools =
          new RegistryTools(
              mapper,
              contexts,
              conversationStates,
              registry,
              new RegistryTools.StdioSession("stdio-" + UUID.randomUUID(), stdioPrincipal));
      McpSyncServer server = configure(McpServer.sync(transport), tools).build();
      return new McpToolServer(server, tools, null);
    }

    private <S extends McpServer.SyncSpecification<S>> McpServer.SyncSpecification<S> configure(
        McpServer.SyncSpecification<S> spec, RegistryTools tools) {
      spec.serverInfo(name, version)
          .capabilities(McpSchema.ServerCapabilities.builder().tools(true).build())
          // The registry checks arguments itself, with its JSON pointers and Bean Validation;
          // the SDK's check would answer first, with its own message.
          .validateToolInputs(false)
          // tools/list shows a client only the tools its principal may use.
          .addToolFilter(tools::visible)
          .tools(tools.specifications(registry));
      if (instructions != null) {
        spec.instructions(instructions);
      }
      return spec;
    }
  }
}
