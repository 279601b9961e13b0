package io.toolwright.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.toolwright.ToolRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Over stdio the server has exactly one session, whose principal comes from the server's
 * configuration ({@link McpToolServer.Builder#stdioPrincipal}), never from the client: the tools
 * a client lists and may call are its principal's, and all its calls count in one conversation.
 * Driven by the MCP Java SDK's stdio client, which starts {@link StdioPrincipalServerMain}.
 */
class McpStdioSessionTest {

  @Test
  void listsAndCallsAreThoseOfTheConfiguredPrincipal() throws Exception {
    try (McpSyncClient bob = client("bob")) {
      bob.initialize();
      assertThat(bob.listTools().tools())
          .extracting(McpSchema.Tool::name)
          .containsExactly("count_notes");
      assertThat(McpClientChecks.text(bob.callTool(count()))).isEqualTo("0");
      McpSchema.CallToolResult refused = bob.callTool(addNote());
      assertThat(refused.isError()).isTrue();
      assertThat(McpClientChecks.text(refused)).contains("PERMISSION_DENIED");
    }
    try (McpSyncClient ana = client("ana")) {
      ana.initialize();
      assertThat(ana.listTools().tools())
          .extracting(McpSchema.Tool::name)
          .containsExactly("add_note", "count_notes", "sync_notes");
      McpSchema.CallToolResult added = ana.callTool(addNote());
      assertThat(added.isError()).isFalse();
      assertThat(McpClientChecks.text(added))
          .containsPattern("\"owner\":\"ana in stdio-[0-9a-f-]+\"");
      // A client that names a user is refused, not believed.
      McpClientChecks.contextCannotComeFromTheClient(ana);
    }
  }

  @Test
  void allCallsOfTheClientCountInOneConversation() throws Exception {
    try (McpSyncClient ana = client("ana")) {
      ana.initialize();
      assertThat(ana.callTool(addNote()).isError()).isFalse();
      assertThat(McpClientChecks.text(ana.callTool(count()))).isEqualTo("1");
      assertThat(McpClientChecks.text(ana.callTool(count()))).isEqualTo("1");
      // The cap is three calls per conversation: the session's fourth is refused.
      McpSchema.CallToolResult fourth = ana.callTool(count());
      assertThat(fourth.isError()).isTrue();
      assertThat(McpClientChecks.text(fourth)).contains("CALL_BUDGET_EXHAUSTED");
      assertThatThrownBy(() -> ana.callTool(new McpSchema.CallToolRequest("nope", Map.of())))
          .isInstanceOf(io.modelcontextprotocol.spec.McpError.class);
    }
  }

  /** The one session's state is asked for when the server starts and ended when it closes. */
  @Test
  void theOneSessionsStateStartsWithTheServerAndEndsWithIt() throws Exception {
    McpSessionLifecycleTest.RecordingStates states = new McpSessionLifecycleTest.RecordingStates();
    PipedOutputStream host = new PipedOutputStream();
    McpToolServer server =
        McpToolServer.builder(ToolRegistry.of(NoteToolsTools.bind(new NoteTools())))
            .stdioPrincipal("ana")
            .conversationStates(states)
            .startStdio(new PipedInputStream(host), new ByteArrayOutputStream());
    try {
      assertThat(states.started).hasSize(1);
      McpCaller session = states.started.get(0);
      assertThat(session.principal()).isEqualTo("ana");
      assertThat(session.sessionId()).startsWith("stdio-");
      assertThat(server.conversationsKept()).isEqualTo(1);
      // The host closes the server's standard input: the server, and its session, end.
      host.close();
      server.awaitClose();
      assertThat(states.ended).containsExactly(session.sessionId());
      assertThat(server.conversationsKept()).isZero();
    } finally {
      server.close();
    }
  }

  @Test
  void anHttpServerRefusesAStdioPrincipal() {
    McpToolServer.Builder builder =
        McpToolServer.builder(ToolRegistry.of(NoteToolsTools.bind(new NoteTools())))
            .stdioPrincipal("ana");
    assertThatThrownBy(() -> builder.startHttp(HttpOptions.builder().build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bearer");
  }

  private static McpSchema.CallToolRequest addNote() {
    return new McpSchema.CallToolRequest("add_note", Map.of("text", "hi", "stars", 2));
  }

  private static McpSchema.CallToolRequest count() {
    return new McpSchema.CallToolRequest("count_notes", Map.of());
  }

  private static McpSyncClient client(String principal) {
    ServerParameters process =
        ServerParameters.builder(Path.of(System.getProperty("java.home"), "bin", "java").toString())
            .args(
                "-Dnotes.principal=" + principal,
                "-cp",
                System.getProperty("java.class.path"),
                StdioPrincipalServerMain.class.getName())
            .build();
    StdioClientTransport transport = new StdioClientTransport(process, McpClientChecks.SDK_JSON);
    transport.setStdErrorHandler(line -> {});
    return McpClient.sync(transport)
        .requestTimeout(Duration.ofSeconds(30))
        .initializationTimeout(Duration.ofSeconds(30))
        .build();
  }
}
