package io.toolwright.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
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

  /**
   * An MCP host ends a stdio server by closing its standard input: the server answers what it was
   * asked, writes nothing else to standard output, and its process ends.
   */
  @Test
  void theProcessEndsWhenTheHostClosesStandardInput() throws Exception {
    Process server =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                NotesServerMain.class.getName())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      OutputStream in = server.getOutputStream();
      in.write(
          ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
                  + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
                  + "\"clientInfo\":{\"name\":\"host\",\"version\":\"0\"}}}\n")
              .getBytes(StandardCharsets.UTF_8));
      in.flush();
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).startsWith("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":");

      in.close();

      assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("the server process ended").isTrue();
      assertThat(server.exitValue()).isZero();
      assertThat(out.readLine()).as("nothing else on standard output").isNull();
    } finally {
      server.destroyForcibly();
    }
  }
}
