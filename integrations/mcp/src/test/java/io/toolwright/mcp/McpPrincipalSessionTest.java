package io.toolwright.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.toolwright.ExecutionPolicy;
import io.toolwright.ToolContext;
import io.toolwright.ToolRegistry;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Per principal and per session, over Streamable HTTP with the SDK's own client: two bearer tokens
 * name two principals, each lists and calls only the tools its permissions allow; the calls of one
 * session count in one conversation, dropped when the session ends.
 */
class McpPrincipalSessionTest {

  private McpToolServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void eachPrincipalListsAndCallsOnlyItsTools() {
    ToolRegistry registry =
        ToolRegistry.builder()
            .addAll(NoteToolsTools.bind(new NoteTools()))
            .execution(
                ExecutionPolicy.builder()
                    // ana may use every tool; bob only counts notes.
                    .permissions(
                        (context, tool) ->
                            context.require("user", String.class).equals("ana")
                                || tool.name().equals("count_notes"))
                    .build())
            .build();
    server = start(registry);

    try (McpSyncClient ana = client("token-ana");
        McpSyncClient bob = client("token-bob")) {
      ana.initialize();
      bob.initialize();

      assertThat(ana.listTools().tools())
          .extracting(McpSchema.Tool::name)
          .containsExactly("add_note", "count_notes", "sync_notes");
      assertThat(bob.listTools().tools())
          .extracting(McpSchema.Tool::name)
          .containsExactly("count_notes");

      McpSchema.CallToolResult added = ana.callTool(addNote());
      assertThat(added.isError()).isFalse();
      assertThat(McpClientChecks.text(added)).contains("\"owner\":\"ana\"");

      // bob does not see add_note, and calling it anyway is refused before it runs.
      McpSchema.CallToolResult refused = bob.callTool(addNote());
      assertThat(refused.isError()).isTrue();
      assertThat(McpClientChecks.text(refused)).contains("PERMISSION_DENIED");
      McpSchema.CallToolResult count =
          bob.callTool(new McpSchema.CallToolRequest("count_notes", Map.of()));
      assertThat(McpClientChecks.text(count)).isEqualTo("0");
    }
  }

  @Test
  void callsOfOneSessionCountInOneConversation() {
    ToolRegistry registry =
        ToolRegistry.builder()
            .addAll(NoteToolsTools.bind(new NoteTools()))
            .execution(ExecutionPolicy.builder().maxCallsPerConversation(2).build())
            .build();
    server = start(registry);

    try (McpSyncClient first = client("token-ana")) {
      first.initialize();
      assertThat(first.callTool(addNote()).isError()).isFalse();
      assertThat(first.callTool(addNote()).isError()).isFalse();
      McpSchema.CallToolResult third = first.callTool(addNote());
      assertThat(third.isError()).isTrue();
      assertThat(McpClientChecks.text(third)).contains("CALL_BUDGET_EXHAUSTED");
      assertThat(server.conversationsKept()).isEqualTo(1);

      // Another session of the same principal has a budget of its own.
      try (McpSyncClient second = client("token-ana")) {
        second.initialize();
        assertThat(second.callTool(addNote()).isError()).isFalse();
        assertThat(server.conversationsKept()).isEqualTo(2);
        // Closing the client ends its session (DELETE): its conversation is dropped.
        assertThat(second.closeGracefully()).isTrue();
      }
      assertThat(server.conversationsKept()).isEqualTo(1);
    }
    server.close();
    assertThat(server.conversationsKept()).isZero();
  }

  @Test
  void failuresAreCountedAcrossTheCallsOfASession() {
    ToolRegistry registry =
        ToolRegistry.builder()
            .addAll(NoteToolsTools.bind(new NoteTools()))
            .execution(ExecutionPolicy.builder().maxAttempts(2).build())
            .build();
    server = start(registry);

    McpSchema.CallToolRequest sync = new McpSchema.CallToolRequest("sync_notes", Map.of());
    try (McpSyncClient client = client("token-ana")) {
      client.initialize();
      assertThat(McpClientChecks.text(client.callTool(sync))).contains("TOOL_FAILED");
      assertThat(McpClientChecks.text(client.callTool(sync))).contains("TOOL_FAILED");
      assertThat(McpClientChecks.text(client.callTool(sync))).contains("ATTEMPTS_EXHAUSTED");
    }
  }

  private static McpSchema.CallToolRequest addNote() {
    return new McpSchema.CallToolRequest("add_note", Map.of("text", "hi", "stars", 2));
  }

  private static McpToolServer start(ToolRegistry registry) {
    return McpToolServer.builder(registry)
        .serverInfo("notes", "1")
        .context(caller -> ToolContext.of("user", caller.principal()))
        .startHttp(
            HttpOptions.builder()
                .bearerToken("token-ana", "ana")
                .bearerToken("token-bob", "bob")
                .build());
  }

  private McpSyncClient client(String token) {
    return McpClient.sync(
            HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + server.port())
                .endpoint("/mcp")
                .httpRequestCustomizer(
                    (request, method, uri, body, context) ->
                        request.header("Authorization", "Bearer " + token))
                .build())
        .requestTimeout(Duration.ofSeconds(30))
        .initializationTimeout(Duration.ofSeconds(30))
        .build();
  }
}
