package io.toolwright.schema.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.Dialect;
import io.toolwright.ToolDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every accepted rendering of every golden tool, checked for what its provider requires: a valid
 * JSON Schema 2020-12 (networknt's meta-schema) wherever the dialect is JSON Schema, the OpenAPI
 * subset for Gemini's {@code parameters}, the strict rules for the strict dialects, and the lean
 * rules everywhere.
 */
class RenderingShapeTest {

  private static final Set<String> STRICT_UNSUPPORTED_OPENAI =
      Set.of(
          "minLength",
          "maxLength",
          "uniqueItems",
          "minProperties",
          "maxProperties",
          "allOf",
          "oneOf",
          "not",
          "if",
          "default",
          "$schema");

  private static final Set<String> STRICT_UNSUPPORTED_ANTHROPIC =
      Set.of(
          "minimum",
          "maximum",
          "exclusiveMinimum",
          "exclusiveMaximum",
          "multipleOf",
          "minLength",
          "maxLength",
          "maxItems",
          "uniqueItems",
          "minProperties",
          "maxProperties",
          "oneOf",
          "not",
          "if",
          "$schema");

  private static final Set<String> OPENAPI_UNSUPPORTED =
      Set.of(
          "$ref",
          "$defs",
          "additionalProperties",
          "const",
          "exclusiveMinimum",
          "exclusiveMaximum",
          "uniqueItems",
          "multipleOf",
          "oneOf",
          "allOf",
          "not",
          "$schema");

  static Stream<Arguments> renderings() {
    List<Arguments> all = new ArrayList<>();
    for (String file : GoldenTools.FILES) {
      for (ToolDefinition tool : GoldenTools.of(file)) {
        for (Dialect dialect : Dialect.values()) {
          Rendering rendering = DialectRenderer.render(dialect, tool);
          if (rendering.json() != null) {
            all.add(Arguments.of(dialect, tool.name(), rendering.json()));
          }
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("renderings")
  void isWhatTheProviderAccepts(Dialect dialect, String name, String json) {
    JsonNode tool = Validators.tree(json);
    JsonNode schema = Validators.inputSchema(dialect, tool);
    if (dialect == Dialect.GEMINI && schema == null) {
      assertThat(name).isIn("overridden-name", "delete_everything");
      return;
    }
    assertThat(schema.get("$schema")).as("no $schema").isNull();
    assertThat(schema.get("properties")).as("the root has properties").isNotNull();
    if (dialect == Dialect.GEMINI) {
      assertOpenApi(schema);
    } else {
      assertThat(Validators.metaSchemaErrors(schema)).as(json).isEmpty();
      if (dialect == Dialect.MCP && tool.has("outputSchema")) {
        assertThat(Validators.metaSchemaErrors(tool.get("outputSchema"))).isEmpty();
      }
    }
    for (String keyword : keywords(schema)) {
      assertThat(keyword)
          .as("lean: no Java type formats")
          .isNotIn("int32", "int64", "float", "double");
    }
    assertThat(json)
        .as("lean: no type ranges")
        .doesNotContain("2147483647", "9223372036854775808", "3402823");
    switch (dialect) {
      case OPENAI_CHAT_STRICT, OPENAI_RESPONSES_STRICT -> {
        assertOpenAiStrict(schema);
        assertThat(keywords(schema)).doesNotContainAnyElementsOf(STRICT_UNSUPPORTED_OPENAI);
      }
      case ANTHROPIC_STRICT -> {
        assertClosed(schema);
        assertThat(keywords(schema)).doesNotContainAnyElementsOf(STRICT_UNSUPPORTED_ANTHROPIC);
        assertThat(tool.get("strict").asBoolean()).isTrue();
      }
      default -> {}
    }
    if (dialect.name().startsWith("OPENAI")) {
      JsonNode strict =
          dialect.name().startsWith("OPENAI_CHAT")
              ? tool.get("function").get("strict")
              : tool.get("strict");
      assertThat(strict.asBoolean()).as("strict always explicit").isEqualTo(dialect.strict());
    }
  }

  private static void assertOpenApi(JsonNode schema) {
    walk(
        schema,
        node -> {
          assertThat(names(node)).doesNotContainAnyElementsOf(OPENAPI_UNSUPPORTED);
          JsonNode type = node.get("type");
          if (type != null) {
            assertThat(type.isString()).as("no type arrays").isTrue();
            assertThat(type.asString())
                .isIn("STRING", "NUMBER", "INTEGER", "BOOLEAN", "ARRAY", "OBJECT");
          }
          if (node.has("enum")) {
            node.get("enum").forEach(value -> assertThat(value.isString()).isTrue());
          }
        });
  }

  /** Every object closed, every property required, no $ref beside other keywords. */
  private static void assertOpenAiStrict(JsonNode schema) {
    assertClosed(schema);
    walk(
        schema,
        node -> {
          if (node.has("properties")) {
            Set<String> keys = new HashSet<>(names(node.get("properties")));
            assertThat(node.has("required")).as("required on every object: " + node).isTrue();
            Set<String> required = new HashSet<>();
            node.get("required").forEach(name -> required.add(name.asString()));
            assertThat(required).isEqualTo(keys);
          }
          if (node.has("$ref")) {
            assertThat(names(node)).containsExactly("$ref");
          }
        });
  }

  private static void assertClosed(JsonNode schema) {
    walk(
        schema,
        node -> {
          JsonNode type = node.get("type");
          boolean object =
              type != null
                  && (type.isString()
                      ? type.asString().equals("object")
                      : type.toString().contains("\"object\""));
          if (object) {
            assertThat(node.get("additionalProperties")).as(node.toString()).isNotNull();
            assertThat(node.get("additionalProperties").isBoolean()).as(node.toString()).isTrue();
            assertThat(node.get("additionalProperties").asBoolean()).isFalse();
          }
        });
  }

  /** Every key used as a schema keyword (not property names), and every format value. */
  private static Set<String> keywords(JsonNode schema) {
    Set<String> keywords = new HashSet<>();
    walk(
        schema,
        node -> {
          keywords.addAll(names(node));
          if (node.has("format")) {
            keywords.add(node.get("format").asString());
          }
        });
    return keywords;
  }

  /** Visits each schema object (not the "properties" or "$defs" maps themselves). */
  static void walk(JsonNode schema, java.util.function.Consumer<JsonNode> visit) {
    if (schema == null || !schema.isObject()) {
      return;
    }
    visit.accept(schema);
    for (String map : List.of("properties", "$defs")) {
      if (schema.has(map)) {
        for (Map.Entry<String, JsonNode> entry : schema.get(map).properties()) {
          walk(entry.getValue(), visit);
        }
      }
    }
    walk(schema.get("items"), visit);
    walk(schema.get("additionalProperties"), visit);
    if (schema.has("anyOf")) {
      schema.get("anyOf").forEach(branch -> walk(branch, visit));
    }
  }

  static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.propertyNames().forEach(names::add);
    return names;
  }
}
