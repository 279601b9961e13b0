package io.toolwright.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.toolwright.Dialect;
import io.toolwright.RenderedTool;
import io.toolwright.sample.SupportDesk;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The sample app's packaged jar ({@code sample-app/target/support-desk.jar}, made by its {@code
 * package} phase) started as an MCP host starts it, and driven by the MCP Java SDK's own client
 * over stdio and over Streamable HTTP on 127.0.0.1. Skipped when the jar is not built (a build
 * that stops before {@code package}); {@code ./mvnw verify} builds it before this module's tests.
 */
class SampleAppMcpJarTest {

  static final Path JAR = Path.of("..", "sample-app", "target", "support-desk.jar");

  @Test
  void overStdio() throws Exception {
    assumeJar();
    ServerParameters process =
        ServerParameters.builder(java())
            .args("-jar", JAR.toString(), "--mcp", "--customer", "C-1001")
            .build();
    StdioClientTransport transport = new StdioClientTransport(process, McpToolServer.MAPPER);
    transport.setStdErrorHandler(line -> {});
    drive(transport);
  }

  @Test
  void overStreamableHttp() throws Exception {
    assumeJar();
    Process server =
        new ProcessBuilder(java(), "-jar", JAR.toString(), "--mcp-http", "0")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      int port = announcedPort(server);
      drive(
          HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + port)
              .endpoint("/mcp")
              .build());
    } finally {
      server.destroy();
      server.waitFor();
    }
  }

  private static void drive(McpClientTransport transport) throws Exception {
    try (McpSyncClient client =
        McpClient.sync(transport)
            .requestTimeout(Duration.ofSeconds(60))
            .initializationTimeout(Duration.ofSeconds(60))
            .build()) {
      assertThat(client.initialize().serverInfo().name()).isEqualTo("toolwright-support-desk");

      List<JsonNode> listed = new ArrayList<>();
      for (McpSchema.Tool tool : client.listTools().tools()) {
        listed.add(Json.read(McpToolServer.MAPPER.writeValueAsString(tool)));
      }
      List<JsonNode> built = new ArrayList<>();
      for (RenderedTool tool :
          SupportDesk.withSampleData().registry().definitions(Dialect.MCP).tools()) {
        built.add(Json.read(tool.json()));
      }
      assertThat(listed).isEqualTo(built);

      McpSchema.CallToolResult invoice =
          client.callTool(
              new McpSchema.CallToolRequest("get_invoice", Map.of("invoiceId", "INV-1046")));
      assertThat(invoice.isError()).isFalse();
      assertThat(Json.MAPPER.valueToTree(invoice.structuredContent()).get("id").asString())
          .isEqualTo("INV-1046");
      assertThat(text(invoice)).contains("\"INV-1046\"");

      McpSchema.CallToolResult bad =
          client.callTool(
              new McpSchema.CallToolRequest("get_invoice", Map.of("invoiceId", "1046")));
      assertThat(bad.isError()).isTrue();
      JsonNode error = Json.read(text(bad)).get("error");
      assertThat(error.get("code").asString()).isEqualTo("INVALID_ARGUMENTS");
      assertThat(error.get("problems").get(0).get("pointer").asString()).isEqualTo("/invoiceId");

      assertThatThrownBy(
              () -> client.callTool(new McpSchema.CallToolRequest("delete_everything", Map.of())))
          .isInstanceOf(McpError.class);
    }
  }

  /** The port the server prints on standard error once it listens ({@code --mcp-http 0}). */
  static int announcedPort(Process server) throws Exception {
    BufferedReader err =
        new BufferedReader(new InputStreamReader(server.getErrorStream(), StandardCharsets.UTF_8));
    Pattern announced = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/mcp");
    String line;
    while ((line = err.readLine()) != null) {
      Matcher port = announced.matcher(line);
      if (port.find()) {
        Thread drain = new Thread(() -> err.lines().forEach(ignored -> {}));
        drain.setDaemon(true);
        drain.start();
        return Integer.parseInt(port.group(1));
      }
    }
    throw new AssertionError("the server ended without announcing its port");
  }

  private static String text(McpSchema.CallToolResult result) {
    return ((McpSchema.TextContent) result.content().get(0)).text();
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static void assumeJar() {
    assumeTrue(
        Files.isRegularFile(JAR),
        JAR.toAbsolutePath() + " is not built: run the sample app's package phase first");
  }
}
