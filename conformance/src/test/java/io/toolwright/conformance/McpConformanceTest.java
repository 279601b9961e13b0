package io.toolwright.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import io.toolwright.Dialect;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every MCP rendering goes through the MCP Java SDK: read into its {@code McpSchema.Tool} with the
 * SDK's JSON mapper and added to a real {@code McpSyncServer}, whose {@code addTool} checks the
 * input and output schemas against the 2020-12 meta-schema; and all of them served by that server
 * over stdio in a separate JVM, as an MCP host runs a local server, and listed with the SDK's own
 * client: every tool the client receives is ours.
 */
class McpConformanceTest {

  static Stream<ToolRendering> renderings() {
    return Renderings.in(Dialect.MCP).stream();
  }

  @ParameterizedTest
  @MethodSource("renderings")
  void addToolAcceptsOurTool(ToolRendering rendering) throws Exception {
    McpSchema.Tool tool = tool(rendering.json());

    assertThat(
            Json.differences(
                rendering.json(), Json.read(McpToolServer.MAPPER.writeValueAsString(tool))))
        .as("the SDK's Tool written back")
        .isEmpty();
    List<McpSchema.Tool> listed = withServer(List.of(tool), McpSyncServer::listTools);
    assertThat(listed).containsExactly(tool);
  }

  /** The check this test relies on is live: a schema that is not a schema fails at addTool. */
  @Test
  void addToolRejectsAnInputSchemaTheMetaSchemaRejects() throws Exception {
    ToolRendering some = renderings().findFirst().orElseThrow();
    ObjectNode broken = (ObjectNode) some.json().deepCopy();
    ((ObjectNode) broken.get("inputSchema")).put("required", "not an array");

    assertThatThrownBy(() -> withServer(List.of(tool(broken)), McpSyncServer::listTools))
        .hasMessageContaining("required");
  }

  @Test
  void aClientListsExactlyOurTools(@TempDir Path directory) throws Exception {
    Map<String, JsonNode> ours = new LinkedHashMap<>();
    for (ToolRendering rendering : renderings().toList()) {
      // One server per name: the same tool from two sources (a golden and the sample app) would
      // clash on one server, so only the first is served and compared.
      ours.putIfAbsent(rendering.json().get("name").asString(), rendering.json());
    }
    Path toolsFile = directory.resolve("tools.json");
    Files.writeString(
        toolsFile, Json.write(Json.MAPPER.valueToTree(new ArrayList<>(ours.values()))));

    ServerParameters server =
        ServerParameters.builder(Path.of(System.getProperty("java.home"), "bin", "java").toString())
            .args(
                "-cp",
                System.getProperty("java.class.path"),
                McpToolServer.class.getName(),
                toolsFile.toString())
            .build();
    StdioClientTransport transport = new StdioClientTransport(server, McpToolServer.MAPPER);
    transport.setStdErrorHandler(line -> {});
    try (McpSyncClient client =
        McpClient.sync(transport)
            .requestTimeout(Duration.ofSeconds(30))
            .initializationTimeout(Duration.ofSeconds(30))
            .build()) {
      client.initialize();
      List<JsonNode> listed = new ArrayList<>();
      String cursor = null;
      do {
        McpSchema.ListToolsResult page = client.listTools(cursor);
        for (McpSchema.Tool tool : page.tools()) {
          listed.add(Json.read(McpToolServer.MAPPER.writeValueAsString(tool)));
        }
        cursor = page.nextCursor();
      } while (cursor != null);

      assertThat(listed)
          .extracting(t -> t.get("name").asString())
          .containsExactlyElementsOf(ours.keySet());
      for (JsonNode tool : listed) {
        assertThat(Json.differences(ours.get(tool.get("name").asString()), tool))
            .as(tool.get("name").asString())
            .isEmpty();
      }
    }
  }

  private static McpSchema.Tool tool(JsonNode json) throws IOException {
    return McpToolServer.MAPPER.readValue(Json.write(json), McpSchema.Tool.class);
  }

  /** Runs {@code action} on a server with {@code tools}, on a stdio transport no client uses. */
  private static <T> T withServer(
      List<McpSchema.Tool> tools, java.util.function.Function<McpSyncServer, T> action)
      throws IOException {
    try (PipedOutputStream client = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(client)) {
      StdioServerTransportProvider transport =
          new StdioServerTransportProvider(
              McpToolServer.MAPPER, in, OutputStream.nullOutputStream());
      McpSyncServer server = McpToolServer.start(transport, tools);
      try {
        return action.apply(server);
      } finally {
        server.close();
      }
    }
  }
}
