package io.toolwright.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The stdio server in its own JVM, started by the MCP Java SDK's stdio client as an MCP host starts
 * a local server: anything but protocol on its standard output would break the client.
 */
class McpStdioServerTest {

  @Test
  void aClientStartsTheServerListsAndCallsTheTools() throws Exception {
    ServerParameters process =
        ServerParameters.builder(Path.of(System.getProperty("java.home"), "bin", "java").toString())
            .args(
                "-Dnotes.user=ben",
                "-cp",
                System.getProperty("java.class.path"),
                NotesServerMain.class.getName())
            .build();
    StdioClientTransport transport = new StdioClientTransport(process, McpClientChecks.SDK_JSON);
    transport.setStdErrorHandler(line -> {});
    try (McpSyncClient client =
        McpClient.sync(transport)
            .requestTimeout(Duration.ofSeconds(30))
            .initializationTimeout(Duration.ofSeconds(30))
            .build()) {
      assertThat(client.initialize().serverInfo().name()).isEqualTo("notes");

      McpClientChecks.listsTheRegistrysRenderings(client, NotesServerMain.registry());
      McpClientChecks.goodCallAnswersStructuredContentAndText(client, "ben");
      McpClientChecks.callWithoutOutputSchemaAnswersText(client);
      McpClientChecks.badArgumentIsAnErrorResultWithThePointer(client);
      McpClientChecks.contextCannotComeFromTheClient(client);
      McpClientChecks.failingToolIsAnErrorResult(client);
      McpClientChecks.unknownToolIsAProtocolError(client);
    }
  }
}
