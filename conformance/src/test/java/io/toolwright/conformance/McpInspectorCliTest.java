package io.toolwright.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A second, independent MCP client: the official MCP Inspector's CLI mode lists the sample app's
 * tools and calls one, against the packaged jar over stdio. Runs only when {@code npx} is on the
 * PATH and the Inspector is already in npm's cache: npm runs with {@code --offline}, so this test
 * never downloads anything; it is skipped, with the reason, otherwise.
 */
class McpInspectorCliTest {

  private static final String INSPECTOR = "@modelcontextprotocol/inspector";

  @Test
  void theInspectorListsAndCallsTheSampleAppsTools() throws Exception {
    SampleAppMcpJarTest.assumeJar();
    assumeTrue(run(List.of("npx", "--version")).exitCode == 0, "npx is not on the PATH");
    assumeTrue(
        run(npx("-c", "true")).exitCode == 0,
        INSPECTOR + " is not in npm's cache (this test never downloads it); skipped");

    Outcome listed = run(inspector("--method", "tools/list"));
    assertThat(listed.exitCode).as(listed.output).isZero();
    JsonNode tools = Json.read(listed.output).get("tools");
    List<String> names = new ArrayList<>();
    tools.forEach(tool -> names.add(tool.get("name").asString()));
    assertThat(names).contains("get_invoice", "list_tickets");

    Outcome called =
        run(
            inspector(
                "--method", "tools/call", "--tool-name", "get_invoice",
                "--tool-arg", "invoiceId=INV-1046"));
    assertThat(called.exitCode).as(called.output).isZero();
    JsonNode result = Json.read(called.output);
    assertThat(result.path("isError").asBoolean(false)).isFalse();
    assertThat(result.get("structuredContent").get("id").asString()).isEqualTo("INV-1046");
  }

  private static List<String> npx(String... args) {
    List<String> command =
        new ArrayList<>(List.of("npx", "--offline", "--yes", "--package", INSPECTOR));
    command.addAll(List.of(args));
    return command;
  }

  private static List<String> inspector(String... args) {
    List<String> command = new ArrayList<>(List.of("npx", "--offline", "--yes", INSPECTOR, "--cli"));
    command.addAll(
        List.of(
            SampleAppMcpJarTest.java(), "-jar",
            SampleAppMcpJarTest.JAR.toAbsolutePath().toString(), "--mcp"));
    command.addAll(List.of(args));
    return command;
  }

  private record Outcome(int exitCode, String output) {}

  private static Outcome run(List<String> command) throws InterruptedException {
    try {
      Process process =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return new Outcome(-1, output);
      }
      return new Outcome(process.exitValue(), output);
    } catch (IOException e) {
      return new Outcome(-1, e.toString());
    }
  }
}
