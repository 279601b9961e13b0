package io.toolwright.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.toolwright.Dialect;
import io.toolwright.RenderedTool;
import io.toolwright.ToolRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** What every transport must show an MCP client; each test runs them against its own server. */
final class McpClientChecks {
  static final McpJsonMapper SDK_JSON = McpJsonDefaults.getMapper();
  private static final ObjectMapper JSON = new ObjectMapper();

  private McpClientChecks() {}

  /** {@code tools/list} is, tool for tool, the registry's MCP rendering. */
  static void listsTheRegistrysRenderings(McpSyncClient client, ToolRegistry registry)
      throws Exception {
    List<JsonNode> listed = new ArrayList<>();
    for (McpSchema.Tool tool : client.listTools().tools()) {
      listed.add(JSON.readTree(SDK_JSON.writeValueAsString(tool)));
    }
    List<JsonNode> rendered = new ArrayList<>();
    for (RenderedTool tool : registry.definitions(Dialect.MCP).tools()) {
      rendered.add(JSON.readTree(tool.json()));
    }
    assertThat(listed).isEqualTo(rendered);
    assertThat(listed).extracting(t -> t.get("name").asString()).contains("add_note");
  }

  /** A good call: structured content with the server's user, and the same JSON as text. */
  static void goodCallAnswersStructuredContentAndText(McpSyncClient client, String user)
      throws Exception {
    McpSchema.CallToolResult result =
        client.callTool(
            new McpSchema.CallToolRequest("add_note", Map.of("text", "call back", "stars", 4)));

    assertThat(result.isError()).isFalse();
    JsonNode structured = JSON.valueToTree(result.structuredContent());
    assertThat(structured)
        .isEqualTo(JSON.readTree("{\"owner\":\"" + user + "\",\"text\":\"call back\",\"stars\":4}"));
    assertThat(JSON.readTree(text(result))).isEqualTo(structured);
  }

  /** A tool without an output schema answers text only. */
  static void callWithoutOutputSchemaAnswersText(McpSyncClient client) {
    McpSchema.CallToolResult result =
        client.callTool(new McpSchema.CallToolRequest("count_notes", Map.of()));

    assertThat(result.isError()).isFalse();
    assertThat(result.structuredContent()).isNull();
    assertThat(text(result)).matches("\\d+");
  }

  /** A bad argument is an isError result naming the input by its pointer; the tool never ran. */
  static void badArgumentIsAnErrorResultWithThePointer(McpSyncClient client) throws Exception {
    McpSchema.CallToolResult result =
        client.callTool(
            new McpSchema.CallToolRequest("add_note", Map.of("text", "call back", "stars", 9)));

    assertThat(result.isError()).isTrue();
    JsonNode error = JSON.readTree(text(result)).get("error");
    assertThat(error.get("code").asString()).isEqualTo("INVALID_ARGUMENTS");
    assertThat(error.get("problems").get(0).get("pointer").asString()).isEqualTo("/stars");
  }

  /** A client cannot pass a {@code @Context} value as an argument: it is refused, not used. */
  static void contextCannotComeFromTheClient(McpSyncClient client) throws Exception {
    McpSchema.CallToolResult result =
        client.callTool(
            new McpSchema.CallToolRequest(
                "add_note", Map.of("user", "mallory", "text", "hello", "stars", 1)));

    assertThat(result.isError()).isTrue();
    JsonNode error = JSON.readTree(text(result)).get("error");
    assertThat(error.get("code").asString()).isEqualTo("INVALID_ARGUMENTS");
    assertThat(error.toString()).contains("/user");
  }

  /** A tool that throws is an isError result too, with the runtime's TOOL_FAILED. */
  static void failingToolIsAnErrorResult(McpSyncClient client) throws Exception {
    McpSchema.CallToolResult result =
        client.callTool(new McpSchema.CallToolRequest("sync_notes", Map.of()));

    assertThat(result.isError()).isTrue();
    assertThat(JSON.readTree(text(result)).get("error").get("code").asString())
        .isEqualTo("TOOL_FAILED");
  }

  /** A tool the server does not have is a JSON-RPC error, not a result. */
  static void unknownToolIsAProtocolError(McpSyncClient client) {
    assertThatThrownBy(
            () -> client.callTool(new McpSchema.CallToolRequest("drop_tables", Map.of())))
        .isInstanceOf(McpError.class)
        .satisfies(
            e -> {
              // The SDK's answer: -32602, the tool named in the error's data.
              McpSchema.JSONRPCResponse.JSONRPCError error = ((McpError) e).getJsonRpcError();
              assertThat(error.code()).isEqualTo(McpSchema.ErrorCodes.INVALID_PARAMS);
              assertThat(String.valueOf(error.data())).contains("drop_tables");
            });
  }

  static String text(McpSchema.CallToolResult result) {
    assertThat(result.content()).hasSize(1);
    return ((McpSchema.TextContent) result.content().get(0)).text();
  }
}
