package io.toolwright.schema.dialect;

import io.toolwright.Dialect;
import io.toolwright.ToolDefinition;
import io.toolwright.annotation.Effect;
import io.toolwright.schema.CanonicalSchemaWriter;
import io.toolwright.schema.JsonSchema;
import io.toolwright.schema.JsonSchema.ArraySchema;
import io.toolwright.schema.JsonSchema.NumberSchema;
import io.toolwright.schema.JsonSchema.ObjectSchema;
import io.toolwright.schema.JsonSchema.StringSchema;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Hand-built tools for the renderer's tests. */
final class Tools {

  private Tools() {}

  static ToolDefinition tool(ObjectSchema parameters) {
    return tool("a_tool", Effect.READ_ONLY, parameters);
  }

  static ToolDefinition tool(String name, Effect effect, ObjectSchema parameters) {
    return ToolDefinition.of(
        name, "Does a thing.", effect, false, CanonicalSchemaWriter.write(parameters));
  }

  /** An object with the properties given as name, schema pairs, all required. */
  static ObjectSchema object(Object... nameSchemaPairs) {
    Map<String, JsonSchema> properties = new LinkedHashMap<>();
    for (int i = 0; i < nameSchemaPairs.length; i += 2) {
      properties.put((String) nameSchemaPairs[i], (JsonSchema) nameSchemaPairs[i + 1]);
    }
    return ObjectSchema.closed(properties, List.copyOf(properties.keySet()));
  }

  /** The same object with only {@code required} required. */
  static ObjectSchema requiring(ObjectSchema object, String... required) {
    return new ObjectSchema(
        object.description(),
        object.nullable(),
        object.properties(),
        List.of(required),
        object.additionalProperties(),
        object.minProperties(),
        object.maxProperties(),
        object.defs());
  }

  static StringSchema string(Integer minLength, Integer maxLength, String pattern) {
    return new StringSchema(null, false, null, minLength, maxLength, pattern, List.of());
  }

  static StringSchema format(String format) {
    return new StringSchema(null, false, format, null, null, null, List.of());
  }

  static StringSchema enumOf(String description, String... values) {
    return new StringSchema(description, false, null, null, null, null, List.of(values));
  }

  static NumberSchema integer(String min, String exclusiveMin, String max, String exclusiveMax) {
    return new NumberSchema(
        null, false, true, null, dec(min), dec(exclusiveMin), dec(max), dec(exclusiveMax));
  }

  static NumberSchema number(String min, String exclusiveMin, String max, String exclusiveMax) {
    return new NumberSchema(
        null, false, false, null, dec(min), dec(exclusiveMin), dec(max), dec(exclusiveMax));
  }

  static ArraySchema array(JsonSchema items, Integer minItems, Integer maxItems, boolean unique) {
    return new ArraySchema(null, false, items, minItems, maxItems, unique);
  }

  static BigDecimal dec(String value) {
    return value == null ? null : new BigDecimal(value);
  }

  /** The parameters' schema of the tool rendered in the dialect; fails if there are problems. */
  static JsonNode schema(Dialect dialect, ToolDefinition tool) {
    Rendering rendering = DialectRenderer.render(dialect, tool);
    if (rendering.json() == null) {
      throw new AssertionError(dialect + " problems: " + rendering.problems());
    }
    return Validators.inputSchema(dialect, Validators.tree(rendering.json()));
  }

  /** The schema of one top-level property. */
  static JsonNode property(Dialect dialect, ToolDefinition tool, String name) {
    return schema(dialect, tool).get("properties").get(name);
  }

  static List<DialectProblem> problems(Dialect dialect, ToolDefinition tool) {
    return DialectRenderer.render(dialect, tool).problems();
  }
}
