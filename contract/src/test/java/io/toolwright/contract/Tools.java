package io.toolwright.contract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Builds tools for the tests from JSON text; single quotes stand for double quotes. */
final class Tools {
  private Tools() {}

  static JsonNode json(String text) {
    return ResourceFiles.MAPPER.readTree(text.replace('\'', '"'));
  }

  static ToolContract tool(String name, Effect effect, boolean idempotent, String schema) {
    return new ToolContract(name, "com.example.Desk", "Does " + name + ".", effect, idempotent,
        "fp-" + name, json(schema), null, Map.of());
  }

  static ToolContract tool(String name, String schema) {
    return tool(name, Effect.WRITE, false, schema);
  }

  /** A tool with no parameters and the given output schema ({@code null} for none). */
  static ToolContract withOutput(String name, String outputSchema) {
    return new ToolContract(name, "com.example.Desk", "Does " + name + ".", Effect.READ_ONLY, true,
        "fp-" + name, json(object("")), outputSchema == null ? null : json(outputSchema), Map.of());
  }

  /** An object schema with the given properties (JSON text) and required names. */
  static String object(String properties, String... required) {
    return "{'type':'object','properties':{" + properties + "},'required':["
        + String.join(",", List.of(required).stream().map(r -> "'" + r + "'").toList())
        + "],'additionalProperties':false}";
  }

  static Map<String, ToolContract> byName(ToolContract... tools) {
    Map<String, ToolContract> map = new LinkedHashMap<>();
    for (ToolContract tool : tools) {
      map.put(tool.name(), tool);
    }
    return map;
  }
}
