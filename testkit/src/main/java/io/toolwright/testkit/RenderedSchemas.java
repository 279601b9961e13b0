package io.toolwright.testkit;

import io.toolwright.Dialect;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Reading the parameters' schema out of each dialect's tool JSON, for a validator. */
final class RenderedSchemas {

  private RenderedSchemas() {}

  static JsonNode parametersOf(Dialect dialect, String json) {
    JsonNode tool = SchemaOracle.JSON.readTree(json);
    JsonNode schema =
        switch (dialect) {
          case OPENAI_CHAT, OPENAI_CHAT_STRICT -> tool.get("function").get("parameters");
          case OPENAI_RESPONSES, OPENAI_RESPONSES_STRICT -> tool.get("parameters");
          case ANTHROPIC, ANTHROPIC_STRICT -> tool.get("input_schema");
          case GEMINI -> tool.has("parameters")
              ? fromOpenApi(tool.get("parameters"))
              : SchemaOracle.JSON.readTree("{\"type\":\"object\",\"additionalProperties\":false}");
          case GEMINI_JSON_SCHEMA -> tool.get("parametersJsonSchema");
          case MCP -> tool.get("inputSchema");
        };
    if (schema == null) {
      throw new IllegalArgumentException("no parameters in " + json);
    }
    return schema;
  }

  /**
   * Gemini's OpenAPI 3.0 subset as JSON Schema, for the validator: {@code nullable: true} is a
   * type that also allows {@code null}, type names in any case.
   */
  static JsonNode fromOpenApi(JsonNode node) {
    if (node.isArray()) {
      ArrayNode copy = SchemaOracle.JSON.createArrayNode();
      node.forEach(item -> copy.add(fromOpenApi(item)));
      return copy;
    }
    if (!node.isObject()) {
      return node;
    }
    ObjectNode copy = SchemaOracle.JSON.createObjectNode();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      if (key.equals("properties")) {
        ObjectNode properties = copy.putObject("properties");
        for (Map.Entry<String, JsonNode> property : value.properties()) {
          properties.set(property.getKey(), fromOpenApi(property.getValue()));
        }
      } else if (key.equals("type")) {
        copy.put("type", value.asString().toLowerCase(java.util.Locale.ROOT));
      } else if (!key.equals("nullable")) {
        copy.set(key, fromOpenApi(value));
      }
    }
    if (node.path("nullable").asBoolean(false)) {
      ArrayNode types = SchemaOracle.JSON.createArrayNode();
      types.add(copy.get("type").asString()).add("null");
      copy.set("type", types);
      if (copy.has("enum")) {
        ((ArrayNode) copy.get("enum")).addNull();
      }
    }
    return copy;
  }

  /** {@code instance} with {@code null} for every property a strict schema requires but it lacks. */
  static JsonNode withNullsForAbsent(JsonNode root, JsonNode instance) {
    JsonNode copy = instance.deepCopy();
    fill(root, root, copy);
    return copy;
  }

  private static void fill(JsonNode root, JsonNode schema, JsonNode instance) {
    schema = resolve(root, schema);
    if (schema.has("anyOf")) {
      for (JsonNode branch : schema.get("anyOf")) {
        fill(root, branch, instance);
      }
      return;
    }
    if (instance instanceof ObjectNode object && schema.has("properties")) {
      for (Map.Entry<String, JsonNode> property : schema.get("properties").properties()) {
        JsonNode value = object.get(property.getKey());
        if (value == null) {
          if (allowsNull(root, property.getValue())) {
            object.putNull(property.getKey());
          }
        } else {
          fill(root, property.getValue(), value);
        }
      }
    } else if (instance.isArray() && schema.has("items")) {
      for (JsonNode item : instance) {
        fill(root, schema.get("items"), item);
      }
    }
  }

  private static boolean allowsNull(JsonNode root, JsonNode schema) {
    schema = resolve(root, schema);
    JsonNode type = schema.get("type");
    if (type != null && type.isArray()) {
      for (JsonNode t : type) {
        if (t.asString().equals("null")) {
          return true;
        }
      }
    }
    if (type != null && type.asString().equals("null")) {
      return true;
    }
    if (schema.has("anyOf")) {
      for (JsonNode branch : schema.get("anyOf")) {
        if (allowsNull(root, branch)) {
          return true;
        }
      }
    }
    return false;
  }

  private static JsonNode resolve(JsonNode root, JsonNode schema) {
    JsonNode ref = schema.get("$ref");
    return ref == null ? schema : root.at(ref.asString().substring(1));
  }

  static boolean containsNull(JsonNode node) {
    if (node.isNull()) {
      return true;
    }
    for (JsonNode child : node) {
      if (containsNull(child)) {
        return true;
      }
    }
    return false;
  }
}
