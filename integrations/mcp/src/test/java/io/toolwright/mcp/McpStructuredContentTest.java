package io.toolwright.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.ToolRegistry;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code structuredContent} is the tool's JSON exactly as its text copy: the members in their
 * order and a decimal as written, on the wire (read here as raw JSON-RPC lines over stdio, since
 * the SDK's client would itself read the result into a map of doubles).
 */
class McpStructuredContentTest {
  private static final JsonMapper EXACT =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  @Test
  void structuredContentIsTheSameJsonAsTheText() throws Exception {
    PipedOutputStream host = new PipedOutputStream();
    PipedInputStream in = new PipedInputStream(host, 1 << 16);
    Lines out = new Lines();
    McpToolServer server =
        McpToolServer.builder(ToolRegistry.of(PriceToolsTools.bind(new PriceTools())))
            .startStdio(in, out);
    try {
      send(
          host,
          "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
              + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
              + "\"clientInfo\":{\"name\":\"host\",\"version\":\"0\"}}}");
      assertThat(out.next()).contains("\"id\":1");
      send(host, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
      send(
          host,
          "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\","
              + "\"params\":{\"name\":\"quote\",\"arguments\":{}}}");

      JsonNode result = EXACT.readTree(out.next()).get("result");
      String text = result.get("content").get(0).get("text").asString();
      assertThat(text)
          .isEqualTo(
              "{\"sku\":\"SKU-9\",\"amount\":12345678901234567.89,"
                  + "\"currency\":\"EUR\",\"seats\":5}");
      assertThat(EXACT.writeValueAsString(result.get("structuredContent"))).isEqualTo(text);
    } finally {
      host.close();
      server.close();
    }
  }

  private static void send(OutputStream host, String line) throws Exception {
    host.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    host.flush();
  }

  /** The server's standard output, line by line. */
  private static final class Lines extends OutputStream {
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    @Override
    public synchronized void write(int b) {
      if (b == '\n') {
        lines.add(line.toString(StandardCharsets.UTF_8));
        line.reset();
      } else {
        line.write(b);
      }
    }

    String next() throws InterruptedException {
      String next = lines.poll(30, TimeUnit.SECONDS);
      assertThat(next).as("a line from the server").isNotNull();
      return next;
    }
  }
}
