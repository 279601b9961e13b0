package io.toolwright.mcp;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import io.toolwright.Conversation;
import io.toolwright.Dialect;
import io.toolwright.RenderedTool;
import io.toolwright.ToolCall;
import io.toolwright.ToolContext;
import io.toolwright.ToolDefinition;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A registry's tools as the SDK's tool specifications: each listed as the registry renders it for
 * {@link Dialect#MCP}, each call run by the registry's {@code execute}. A client sees in {@code
 * tools/list} only the tools its principal may use ({@link #visible}); its calls count in one
 * {@link Conversation} per MCP session, dropped when the session ends.
 */
final class RegistryTools {
  /** Transport-context key of the request's MCP session id (HTTP: its {@code Mcp-Session-Id}). */
  static final String SESSION_ID = "io.toolwright.mcp.sessionId";

  /** Transport-context key of the request's {@link VisibleTools}, one per HTTP request. */
  static final String VISIBLE_TOOLS = "io.toolwright.mcp.visibleTools";

  private final McpJsonMapper mapper;
  private final ContextProvider contexts;
  private final Sessions sessions;
  private final StdioSession stdio;
  private volatile ToolRegistry registry;

  /**
   * The one session of a stdio server: its id, made when the server starts, and the principal of
   * the server's configuration. The SDK's list filter sees no session over stdio, so lists and
   * calls both take them from here, and the {@link ContextProvider} sees the same caller in both.
   */
  record StdioSession(String sessionId, String principal) {}

  /**
   * @param stdio the stdio server's one session, or {@code null} over HTTP (sessions and
   *     principals from the requests)
   */
  RegistryTools(
      McpJsonMapper mapper,
      ContextProvider contexts,
      ConversationStates states,
      ToolRegistry registry,
      StdioSession stdio) {
    this.mapper = mapper;
    this.contexts = contexts;
    this.sessions = new Sessions(states);
    this.registry = registry;
    this.stdio = stdio;
    if (stdio != null) {
      sessions.started(new McpCaller(stdio.sessionId(), null, stdio.principal()));
    }
  }

  ToolRegistry registry() {
    return registry;
  }

  /** Lists and runs {@code next} (its specifications made by {@code specifications}). */
  void serve(ToolRegistry next) {
    registry = next;
  }

  /**
   * Whether {@code tool} is in the {@code tools/list} answered to this request: the registry's
   * {@code definitions(context)} for the context the {@link ContextProvider} gives the caller, so
   * the {@code ToolPermissions} decide. The SDK asks once per tool with the same transport context;
   * over HTTP that context is the request's own and keeps the answer, so the provider and the
   * permissions are asked once per list.
   */
  boolean visible(McpTransportContext transport, McpSchema.Tool tool) {
    ToolRegistry current = registry;
    Object memo = transport.get(VISIBLE_TOOLS);
    Set<String> names =
        memo instanceof VisibleTools visibleTools
            ? visibleTools.names(current, () -> permittedNames(current, transport))
            : permittedNames(current, transport);
    return names.contains(tool.name());
  }

  private Set<String> permittedNames(ToolRegistry current, McpTransportContext transport) {
    McpCaller caller = caller(transport, null, null);
    return current.definitions(contextFor(caller)).stream()
        .map(ToolDefinition::name)
        .collect(Collectors.toUnmodifiableSet());
  }

  private ToolContext contextFor(McpCaller caller) {
    return Objects.requireNonNull(
        contexts.contextFor(caller), "the ContextProvider returned null for " + caller);
  }

  /**
   * Who asks: over stdio the server's one session and configured principal; over HTTP the
   * request's session id and the principal of its bearer token.
   */
  private McpCaller caller(McpTransportContext transport, String sessionId, String toolName) {
    if (stdio != null) {
      return new McpCaller(stdio.sessionId(), toolName, stdio.principal());
    }
    String session = sessionId != null ? sessionId : (String) transport.get(SESSION_ID);
    String principal = transport == null ? null : (String) transport.get(RequestGuard.PRINCIPAL);
    return new McpCaller(session, toolName, principal);
  }

  /**
   * An HTTP session starts (its {@code initialize}, on the request's thread): its conversation,
   * in the state the {@link ConversationStates} give it.
   */
  void sessionStarted(String sessionId) {
    sessions.started(new McpCaller(sessionId, null, RequestGuard.principalOfThisRequest()));
  }

  /** Forgets the conversation of a session that ended. */
  void sessionEnded(String sessionId) {
    sessions.ended(sessionId);
  }

  /** Forgets every conversation: the server closed. */
  void closed() {
    sessions.endAll();
  }

  /** The sessions whose conversation is kept now. */
  int conversationsKept() {
    return sessions.kept();
  }

  List<SyncToolSpecification> specifications(ToolRegistry registry) {
    List<SyncToolSpecification> specifications = new ArrayList<>();
    for (RenderedTool rendered : registry.definitions(Dialect.MCP).tools()) {
      McpSchema.Tool tool = read(rendered.json());
      specifications.add(
          SyncToolSpecification.builder()
              .tool(tool)
              .callHandler((exchange, request) -> call(registry, tool, exchange, request))
              .build());
    }
    return specifications;
  }

  private McpSchema.Tool read(String json) {
    try {
      return mapper.readValue(json, McpSchema.Tool.class);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("the SDK cannot read the MCP rendering " + json, e);
    }
  }

  private McpSchema.CallToolResult call(
      ToolRegistry registry,
      McpSchema.Tool tool,
      McpSyncServerExchange exchange,
      McpSchema.CallToolRequest request) {
    McpCaller caller = caller(exchange.transportContext(), exchange.sessionId(), request.name());
    // First: the conversation of the session as it is when the call arrives. Looked up, never
    // made: a session deleted while this call runs does not come back (see Sessions).
    Conversation conversation = sessions.conversation(caller.sessionId());
    ToolContext context = contextFor(caller);
    // MCP calls have no id of their own. A fresh one each time: an idempotency store outlives
    // this server, and an id it saw before with other arguments would be a CALL_ID_CONFLICT.
    ToolCall call = ToolCall.of("mcp-" + UUID.randomUUID(), request.name(), arguments(request));
    ToolResult result = registry.execute(List.of(call), context, conversation).get(0);
    return answer(tool, result);
  }

  /**
   * The arguments as JSON text for the registry's parser, which checks them (the SDK's own input
   * check is off, so that a bad argument gets the runtime's error with its pointer).
   */
  private String arguments(McpSchema.CallToolRequest request) {
    Map<String, Object> arguments = request.arguments();
    if (arguments == null) {
      return "{}";
    }
    try {
      return mapper.writeValueAsString(arguments);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot write the arguments back as JSON", e);
    }
  }

  /**
   * A failure is an {@code isError} result whose text is the runtime's error JSON (code, message,
   * and each problem's JSON pointer): the model reads it and can correct the call. A success with
   * an output schema carries {@code structuredContent} and, as the specification advises for
   * clients that do not read it, the same JSON as text.
   */
  private McpSchema.CallToolResult answer(McpSchema.Tool tool, ToolResult result) {
    McpSchema.CallToolResult.Builder answer =
        McpSchema.CallToolResult.builder().addTextContent(result.contentJson());
    if (result.isError()) {
      return answer.isError(true).build();
    }
    if (tool.outputSchema() != null) {
      answer.structuredContent(ExactJson.object(result.contentJson()));
    }
    return answer.isError(false).build();
  }
}
