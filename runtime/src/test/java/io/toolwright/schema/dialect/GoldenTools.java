package io.toolwright.schema.dialect;

import io.toolwright.ToolDefinition;
import io.toolwright.annotation.Effect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tools of the processor's golden files ({@code processor/src/test/resources/golden}), as the
 * generated code builds them: from the canonical schema, output schema and examples each file
 * records.
 */
final class GoldenTools {

  static final JsonMapper JSON = JsonMapper.builder().build();

  /** The golden files, by path under the processor's golden directory. */
  static final List<String> FILES =
      List.of(
          "matrix/matrix.TypeMatrix.json",
          "billing/billing.BillingService.json",
          "constraints/constraints.Constraints.json");

  private GoldenTools() {}

  /** The runtime module's directory (Surefire runs in target/, and says where the module is). */
  static Path module() {
    return Path.of(System.getProperty("basedir", "."));
  }

  static List<ToolDefinition> of(String file) {
    Path path = module().resolve("../processor/src/test/resources/golden").resolve(file);
    try {
      JsonNode root = JSON.readTree(Files.readString(path, StandardCharsets.UTF_8));
      List<ToolDefinition> tools = new ArrayList<>();
      for (JsonNode tool : root.get("tools")) {
        ToolDefinition definition =
            ToolDefinition.of(
                tool.get("name").asString(),
                tool.get("description").asString(),
                Effect.valueOf(tool.get("effect").asString()),
                tool.get("idempotent").asBoolean(),
                JSON.writeValueAsString(tool.get("schema")));
        if (tool.has("outputSchema")) {
          definition = definition.withOutputSchema(JSON.writeValueAsString(tool.get("outputSchema")));
        }
        if (tool.has("examples")) {
          List<String> examples = new ArrayList<>();
          tool.get("examples").forEach(example -> examples.add(JSON.writeValueAsString(example)));
          definition = definition.withExamples(examples);
        }
        tools.add(definition);
      }
      return tools;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ToolDefinition named(String file, String name) {
    return of(file).stream()
        .filter(tool -> tool.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no tool " + name + " in " + file));
  }
}
