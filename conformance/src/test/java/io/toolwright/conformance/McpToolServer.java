package io.toolwright.conformance;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * An MCP server built with the MCP Java SDK that serves the tools it is given, as MCP Tool JSON
 * objects. {@link #main} runs it over standard input and output, as an MCP host starts a local
 * server; {@link McpConformanceTest} starts it that way and lists its tools with the SDK's client.
 */
final class McpToolServer {

  static final McpJsonMapper MAPPER = McpJsonDefaults.getMapper();

  private McpToolServer() {}

  /** {@code args[0]}: a file holding a JSON array of MCP Tool objects. */
  public static void main(String[] args) throws IOException, InterruptedException {
    List<McpSchema.Tool> tools =
        List.of(MAPPER.readValue(Files.readString(Path.of(args[0])), McpSchema.Tool[].class));
    // The transport reads requests as soon as the server is built, and the tools are added after:
    // standard input is held until they all are, or a quick client would list only some.
    CountDownLatch added = new CountDownLatch(1);
    InputStream in =
        new FilterInputStream(System.in) {
          @Override
          public int read() throws IOException {
            awaitAdded();
            return super.read();
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            awaitAdded();
            return super.read(buffer, offset, length);
          }

          private void awaitAdded() throws IOException {
            try {
              added.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new java.io.InterruptedIOException("interrupted before the tools were added");
            }
          }
        };
    start(new StdioServerTransportProvider(MAPPER, in, System.out), tools);
    added.countDown();
    // The transport serves standard input on its own threads until the host ends the process.
    Thread.currentThread().join();
  }

  /**
   * A server with tool capabilities on {@code transport}, each tool added one by one with {@code
   * addTool}, where the SDK checks its input and output schemas against the 2020-12 meta-schema.
   *
   * @throws IllegalArgumentException from the SDK, for a schema its check rejects
   */
  static McpSyncServer start(McpServerTransportProvider transport, List<McpSchema.Tool> tools) {
    McpSyncServer server =
        McpServer.sync(transport)
            .serverInfo("toolwright-conformance", "0")
            .capabilities(McpSchema.ServerCapabilities.builder().tools(true).build())
            .build();
    for (McpSchema.Tool tool : tools) {
      server.addTool(
          new SyncToolSpecification(
              tool,
              (exchange, request) ->
                  McpSchema.CallToolResult.builder()
                      .addTextContent("not called in conformance tests")
                      .isError(true)
                      .build()));
    }
    return server;
  }
}
