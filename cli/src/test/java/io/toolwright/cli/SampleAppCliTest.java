package io.toolwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CLI on the sample app as the reactor built it: its class directory in the test phase, its jar
 * in a later one (whichever the test class path holds).
 */
class SampleAppCliTest {
  private static final String BILLING = "META-INF/toolwright/io.toolwright.sample.BillingService.json";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final Path sampleApp = sampleAppRoot();

  @Test
  void listsEveryToolWithEffectIdempotencyTokensAndClass() {
    Cli cli = Cli.run("list", sampleApp);

    assertThat(cli.exitCode()).isZero();
    List<String> lines = cli.out().lines().toList();
    assertThat(lines.get(0)).startsWith("TOOL").contains("EFFECT", "IDEMPOTENT", "TOKENS(openai-chat)", "CLASS");
    assertThat(lines).hasSize(1 + 8);
    assertThat(row(lines, "get_invoice")).containsExactly("get_invoice", "READ_ONLY", "true", "56",
        "io.toolwright.sample.BillingService");
    assertThat(row(lines, "issue_refund")).startsWith("issue_refund", "DESTRUCTIVE", "false");
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void listShowsTheTokensOfTheDialectAsked() {
    Cli cli = Cli.run("list", sampleApp, "--dialect", "mcp");

    assertThat(cli.exitCode()).isZero();
    assertThat(row(cli.out().lines().toList(), "get_invoice")).contains("401");
  }

  @Test
  void showPrintsTheRenderingOfOneDialectAsTheProcessorWroteIt() throws Exception {
    Cli cli = Cli.run("show", sampleApp, "get_invoice", "--dialect", "anthropic");

    assertThat(cli.exitCode()).isZero();
    JsonNode written = toolIn(MAPPER.readTree(SampleAppCliTest.class.getClassLoader().getResourceAsStream(BILLING)), "get_invoice")
        .get("renderings").get("anthropic");
    assertThat(MAPPER.readTree(cli.out())).isEqualTo(written);
    assertThat(cli.out()).contains("\"input_schema\"");
  }

  @Test
  void showWithoutDialectPrintsTheCanonicalSchemaAndTheDialects() {
    Cli cli = Cli.run("show", sampleApp, "get_invoice");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("\"invoiceId\"", "\"$schema\"")
        .contains("dialects: anthropic, anthropic-strict, gemini, gemini-json-schema, mcp, openai-chat,");
  }

  @Test
  void anUnknownToolOrDialectIsAUsageErrorNamingWhatThereIs() {
    Cli tool = Cli.run("show", sampleApp, "get_invoices");
    Cli dialect = Cli.run("show", sampleApp, "get_invoice", "--dialect", "openai");

    assertThat(tool.exitCode()).isEqualTo(2);
    assertThat(tool.err()).contains("no tool \"get_invoices\"", "its tools: create_ticket, get_account, get_balance, get_invoice,");
    assertThat(dialect.exitCode()).isEqualTo(2);
    assertThat(dialect.err()).contains("unknown dialect \"openai\"", "openai-chat");
    assertThat(tool.out()).isEmpty();
  }

  @Test
  void tokensPrintsEveryToolPerDialectWithTotals() {
    Cli cli = Cli.run("tokens", sampleApp);

    assertThat(cli.exitCode()).isZero();
    List<String> lines = cli.out().lines().toList();
    assertThat(row(lines, "TOOL")).containsExactly("TOOL", "openai-chat", "openai-chat-strict", "openai-responses",
        "openai-responses-strict", "anthropic", "anthropic-strict", "gemini", "gemini-json-schema", "mcp");
    assertThat(row(lines, "get_invoice")).containsExactly("get_invoice", "56", "56", "56", "56", "79", "83", "73", "80", "401");
    List<String> total = row(lines, "TOTAL");
    int sum = lines.subList(1, lines.size() - 1).stream().mapToInt(l -> Integer.parseInt(l.split(" +")[1])).sum();
    assertThat(total.get(1)).isEqualTo(Integer.toString(sum));
  }

  @Test
  void aBuildComparedWithItselfHasNoChanges() {
    Cli cli = Cli.run("diff", sampleApp, sampleApp);

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).isEqualTo("verdict: COMPATIBLE (no changes)" + System.lineSeparator());
  }

  @Test
  void aMissingPathOrNoCommandIsAUsageError() {
    Cli missing = Cli.run("list", sampleApp.resolve("no-such-dir"));
    Cli none = Cli.run();

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("no-such-dir: no such file or directory");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("name a command: list, show, diff or tokens");
  }

  private static List<String> row(List<String> lines, String first) {
    return lines.stream().filter(l -> l.startsWith(first + " ")).findFirst()
        .map(l -> Arrays.asList(l.trim().split(" +"))).orElseThrow(() -> new AssertionError("no row " + first));
  }

  static JsonNode toolIn(JsonNode resource, String name) {
    for (JsonNode tool : resource.get("tools")) {
      if (tool.get("name").asString().equals(name)) {
        return tool;
      }
    }
    throw new AssertionError("no tool " + name);
  }

  /** The directory or jar the sample app's resources are read from on this class path. */
  static Path sampleAppRoot() {
    URL url = SampleAppCliTest.class.getClassLoader().getResource(BILLING);
    assertThat(url).as("the sample app on the test class path").isNotNull();
    String text = url.toString();
    if (text.startsWith("jar:file:")) {
      return Paths.get(java.net.URI.create(text.substring("jar:".length(), text.indexOf("!/"))));
    }
    Path resource = Paths.get(java.net.URI.create(text));
    return resource.getParent().getParent().getParent();
  }
}
