package io.toolwright.mcp;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import io.toolwright.Dialect;
import io.toolwright.RenderedTool;
import io.toolwright.ToolCall;
import io.toolwright.ToolContext;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A registry's tools as the SDK's tool specifications: each listed as the registry renders it for
 * {@link Dialect#MCP}, each call run by the registry's {@code execute}.
 */
final class RegistryTools {
  private final McpJsonMapper mapper;
  private final ContextProvider contexts;

  RegistryTools(McpJsonMapper mapper, ContextProvider contexts) {
    this.mapper = mapper;
    this.contexts = contexts;
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
    McpCaller caller = new McpCaller(exchange.sessionId(), request.name());
    ToolContext context =
        Objects.requireNonNull(
            contexts.contextFor(caller), "the ContextProvider returned null for " + caller);
    // MCP calls have no id of their own. A fresh one each time: an idempotency store outlives
    // this server, and an id it saw before with other arguments would be a CALL_ID_CONFLICT.
    ToolCall call = ToolCall.of("mcp-" + UUID.randomUUID(), request.name(), arguments(request));
    ToolResult result = registry.execute(List.of(call), context).get(0);
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
      answer.structuredContent(mapper, result.contentJson());
    }
    return answer.isError(false).build();
  }
}
