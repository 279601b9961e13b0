package io.toolwright.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.processor.tokens.TokenCount;
import io.toolwright.processor.tokens.TokenCounter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenReportTest {

  private static final String PING_RESPONSES =
      "{\"type\":\"function\",\"name\":\"ping\",\"description\":\"Checks the service is up.\","
          + "\"parameters\":{\"type\":\"object\",\"properties\":{}},\"strict\":false}";
  private static final String PING_ANTHROPIC =
      "{\"name\":\"ping\",\"description\":\"Checks the service is up.\","
          + "\"input_schema\":{\"type\":\"object\",\"properties\":{}}}";

  @Test
  void saysWhichResourcesHaveNoRenderingsYet(@TempDir Path classes) throws IOException {
    write(classes, "a.Old", "{\"class\":\"a.Old\",\"tools\":[{\"name\":\"ping\",\"schema\":{}}]}");

    assertThat(report(classes))
        .isEqualTo("no renderings in META-INF/toolwright/a.Old.json (in " + classes + ")\n");
  }

  @Test
  void countsEachDialectPerClassAndForAllClasses(@TempDir Path classes) throws IOException {
    // Renderings as objects (pretty, in the resource) or as JSON text; a rejected tool has none.
    write(
        classes,
        "a.Ping",
        """
        {"class":"a.Ping","tools":[{"name":"ping","renderings":{
          "openai-responses": %s,
          "anthropic": %s}}]}\
        """
            .formatted(PING_RESPONSES, PING_ANTHROPIC));
    write(
        classes,
        "b.Pong",
        """
        {"class":"b.Pong","tools":[
          {"name":"ping","renderings":{"openai-responses":%s,"anthropic":"%s"}},
          {"name":"pong","renderings":{"openai-responses":%s,"anthropic":{"problems":["x"]}}}]}\
        """
            .formatted(PING_RESPONSES, PING_ANTHROPIC.replace("\"", "\\\""), PING_RESPONSES));

    TokenCount openAiOne = TokenCounter.count("openai-responses", List.of(PING_RESPONSES));
    TokenCount openAiThree =
        TokenCounter.count(
            "openai-responses", List.of(PING_RESPONSES, PING_RESPONSES, PING_RESPONSES));
    TokenCount anthropicOne = TokenCounter.count("anthropic", List.of(PING_ANTHROPIC));
    int ping = openAiOne.perTool().get(0);
    int json = anthropicOne.perTool().get(0);

    assertThat(report(classes))
        .contains("## a.Ping (META-INF/toolwright/a.Ping.json)")
        .contains(
            "| openai-responses | 1 | " + openAiOne.total() + " | " + ping + " | 0 | ",
            "| anthropic | 1 | " + json + " | " + json + " | 346 | - |",
            "| anthropic | 1 (1 rejected) | " + json + " | " + json + " | 346 | - |",
            "## All 2 classes in one request",
            "| openai-responses | 3 | " + openAiThree.total() + " | " + ping + " | 0 | ",
            "| anthropic | 2 (1 rejected) | " + 2 * json + " | " + json + " | 346 | - |");
  }

  private static void write(Path classes, String className, String json) throws IOException {
    Path folder = Files.createDirectories(classes.resolve(ToolResources.FOLDER));
    Files.writeString(folder.resolve(className + ".json"), json);
  }

  private static String report(Path classes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    TokenReport.report(ToolResources.in(List.of(classes)), out);
    return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }
}
