package io.toolwright.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import io.toolwright.Dialect;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every JSON Schema in every rendering is a valid JSON Schema 2020-12 document according to an
 * independent validator (networknt), its references resolve, and every Anthropic input example
 * satisfies the input schema (the API rejects a tool whose example does not). Gemini's
 * OpenAPI-subset {@code parameters} are not JSON Schema; {@link GeminiConformanceTest} checks them.
 */
class SchemaValidityTest {

  static Stream<ToolRendering> renderings() {
    return Renderings.all().stream();
  }

  @ParameterizedTest
  @MethodSource("renderings")
  void everySchemaIsValidJsonSchema202012(ToolRendering rendering) {
    Map<String, JsonNode> schemas = schemas(rendering);
    if (rendering.dialect() != Dialect.GEMINI) {
      assertThat(schemas).as("the schemas of a tool in %s", rendering.dialect().key()).isNotEmpty();
    }
    for (Map.Entry<String, JsonNode> entry : schemas.entrySet()) {
      JsonNode schema = entry.getValue();
      assertThat(MetaSchemas.draft202012Errors(schema)).as(entry.getKey()).isEmpty();
      assertThat(schema.get("type").asString()).as(entry.getKey() + "/type").isEqualTo("object");
      Schema compiled = MetaSchemas.compile(schema);
      assertThat(compiled.validate(Json.read("null")))
          .as("%s rejects null", entry.getKey())
          .isNotEmpty();
    }
    JsonNode examples = rendering.json().get("input_examples");
    if (examples != null) {
      Schema input = MetaSchemas.compile(rendering.json().get("input_schema"));
      for (JsonNode example : examples) {
        assertThat(input.validate(example)).as("input example %s", example).isEmpty();
      }
    }
  }

  /** The JSON Schemas in a rendering, by their pointer in it. */
  private static Map<String, JsonNode> schemas(ToolRendering rendering) {
    Map<String, String> pointers = new LinkedHashMap<>();
    switch (rendering.dialect()) {
      case OPENAI_CHAT, OPENAI_CHAT_STRICT -> pointers.put("/function/parameters", "parameters");
      case OPENAI_RESPONSES, OPENAI_RESPONSES_STRICT -> pointers.put("/parameters", "parameters");
      case ANTHROPIC, ANTHROPIC_STRICT -> pointers.put("/input_schema", "input_schema");
      case GEMINI_JSON_SCHEMA -> pointers.put("/parametersJsonSchema", "parametersJsonSchema");
      case MCP -> {
        pointers.put("/inputSchema", "inputSchema");
        pointers.put("/outputSchema", "outputSchema");
      }
      case GEMINI -> {}
    }
    Map<String, JsonNode> schemas = new LinkedHashMap<>();
    for (String pointer : pointers.keySet()) {
      JsonNode schema = rendering.json().at(pointer);
      if (!schema.isMissingNode()) {
        schemas.put(rendering + " " + pointer, schema);
      }
    }
    return schemas;
  }
}
