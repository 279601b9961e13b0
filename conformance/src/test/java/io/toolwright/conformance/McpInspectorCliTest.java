package io.toolwright.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.toolwright.Dialect;
import io.toolwright.RenderedTool;
import io.toolwright.sample.SupportDesk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A second, independent MCP client: the official MCP Inspector's CLI mode ({@value #INSPECTOR},
 * the version pinned so that a run is reproducible) lists the sample app's tools and calls them,
 * against the packaged jar over stdio and over Streamable HTTP on 127.0.0.1.
 *
 * <p>npm runs with {@code --offline}, so this test never downloads anything: it runs when {@code
 * npx} is on the PATH and the Inspector is already in npm's cache, and is skipped, with the reason,
 * otherwise. One command with network access to the npm registry puts it there:
 *
 * <pre>{@code
 * npx --yes @modelcontextprotocol/inspector@2.12.0 --cli --help
 * }</pre>
 *
 * <p>The Inspector's exit codes are part of what is checked: 0 for a result, 5 ({@code
 * TOOL_ERROR}) for an {@code isError} result or a tool the server does not list, and {@code
 * --strict} exits 6 when a tool's schema has an error-severity portability problem.
 */
class McpInspectorCliTest {

  static final String INSPECTOR = "@modelcontextprotocol/inspector@2.12.0";

  /** The Inspector's exit code for an {@code isError} result or an unknown tool. */
  private static final int TOOL_ERROR = 5;

  @TempDir static Path inspectorHome;

  @BeforeAll
  static void inspectorInCache() throws InterruptedException {
    SampleAppMcpJarTest.assumeJar();
    assumeTrue(run(List.of("npx", "--version")).exitCode == 0, "npx is not on the PATH; skipped");
    Outcome version = run(inspector("-V"));
    assumeTrue(
        version.exitCode == 0,
        INSPECTOR
            + " is not in npm's cache (this test never downloads it; `npx --yes "
            + INSPECTOR
            + " --cli --help` puts it there); skipped. npx said: "
            + version.errors.strip());
    String pinned = INSPECTOR.substring(INSPECTOR.lastIndexOf('@') + 1);
    assertThat(version.output.strip()).isEqualTo(pinned);
  }

  @Test
  void overStdio() throws Exception {
    List<String> server =
        List.of(
            // The server's command after "--", so that its own options are not the Inspector's.
            "--",
            SampleAppMcpJarTest.java(),
            "-jar",
            SampleAppMcpJarTest.JAR.toAbsolutePath().toString(),
            "--mcp");
    checkTheTools(server);
  }

  @Test
  void overStreamableHttp() throws Exception {
    Process server =
        new ProcessBuilder(
                SampleAppMcpJarTest.java(),
                "-jar",
                SampleAppMcpJarTest.JAR.toString(),
                "--mcp-http",
                "0")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      int port = SampleAppMcpJarTest.announcedPort(server);
      checkTheTools(
          List.of("--transport", "http", "--server-url", "http://127.0.0.1:" + port + "/mcp"));
    } finally {
      server.destroy();
      server.waitFor();
    }
  }

  /** The same checks whatever the transport: {@code target} says how the Inspector connects. */
  private static void checkTheTools(List<String> target) throws Exception {
    // --strict: any error-severity schema portability problem would exit 6.
    Outcome listed = run(inspector(target, "--strict", "--method", "tools/list"));
    assertThat(listed.exitCode).as(listed.errors).isZero();
    List<JsonNode> built = new ArrayList<>();
    for (RenderedTool tool :
        SupportDesk.withSampleData().registry().definitions(Dialect.MCP).tools()) {
      built.add(Json.read(tool.json()));
    }
    List<JsonNode> seen = new ArrayList<>();
    result(listed).get("tools").forEach(seen::add);
    assertThat(seen).isEqualTo(built);

    Outcome invoice =
        run(
            inspector(
                target,
                "--method", "tools/call",
                "--tool-name", "get_invoice",
                "--tool-args-json", "{\"invoiceId\":\"INV-1046\"}"));
    assertThat(invoice.exitCode).as(invoice.errors).isZero();
    JsonNode good = result(invoice);
    assertThat(good.path("isError").asBoolean(true)).isFalse();
    assertThat(good.get("structuredContent").get("id").asString()).isEqualTo("INV-1046");
    // The text copy is the same JSON, its members in the same order (the Inspector, in
    // JavaScript, writes 149.00 as 149).
    JsonNode text = Json.read(good.get("content").get(0).get("text").asString());
    assertThat(Json.differences(text, good.get("structuredContent"))).isEmpty();
    assertThat(good.get("structuredContent").propertyNames())
        .containsExactlyElementsOf(text.propertyNames());

    // A number where the schema wants a string: the runtime's error, with its pointer.
    Outcome wrongType =
        run(
            inspector(
                target,
                "--method", "tools/call",
                "--tool-name", "get_invoice",
                "--tool-args-json", "{\"invoiceId\":1046}"));
    assertThat(wrongType.exitCode).as(wrongType.errors).isEqualTo(TOOL_ERROR);
    JsonNode bad = result(wrongType);
    assertThat(bad.get("isError").asBoolean()).isTrue();
    JsonNode error = Json.read(bad.get("content").get(0).get("text").asString()).get("error");
    assertThat(error.get("code").asString()).isEqualTo("INVALID_ARGUMENTS");
    assertThat(error.get("problems").get(0).get("pointer").asString()).isEqualTo("/invoiceId");

    Outcome unknown =
        run(inspector(target, "--method", "tools/call", "--tool-name", "delete_everything"));
    assertThat(unknown.exitCode).as(unknown.output).isEqualTo(TOOL_ERROR);
    assertThat(Json.read(unknown.errors.strip()).get("error").get("code").asString())
        .isEqualTo("tool_not_found");
  }

  /** The {@code result} of the Inspector's JSON output ({@code --format json}). */
  private static JsonNode result(Outcome outcome) {
    JsonNode result = Json.read(outcome.output).get("result");
    assertThat(result).as(outcome.output).isNotNull();
    return result;
  }

  private static List<String> inspector(String... args) {
    return inspector(List.of(), args);
  }

  /**
   * The Inspector's CLI, offline, printing one JSON object on standard output and nothing else
   * ({@code -q} also silences a stdio server's standard error).
   */
  private static List<String> inspector(List<String> target, String... args) {
    List<String> command =
        new ArrayList<>(
            List.of("npx", "--offline", "--yes", INSPECTOR, "--cli", "--format", "json", "-q"));
    command.addAll(List.of(args));
    command.addAll(target);
    return command;
  }

  private record Outcome(int exitCode, String output, String errors) {}

  private static Outcome run(List<String> command) throws InterruptedException {
    try {
      Path errors = Files.createTempFile(inspectorHome, "stderr", ".txt");
      ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
      // The Inspector keeps a catalog and client settings under ~/.mcp-inspector: not this user's.
      builder.environment().put("MCP_CATALOG_PATH", inspectorHome.resolve("mcp.json").toString());
      builder
          .environment()
          .put("MCP_CLIENT_CONFIG_PATH", inspectorHome.resolve("client.json").toString());
      Process process = builder.start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return new Outcome(-1, output, "timed out");
      }
      return new Outcome(
          process.exitValue(), output, Files.readString(errors, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return new Outcome(-1, "", e.toString());
    }
  }
}
