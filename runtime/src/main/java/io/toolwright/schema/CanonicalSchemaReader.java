package io.toolwright.schema;

import io.toolwright.schema.JsonSchema.ArraySchema;
import io.toolwright.schema.JsonSchema.BooleanSchema;
import io.toolwright.schema.JsonSchema.NumberSchema;
import io.toolwright.schema.JsonSchema.ObjectSchema;
import io.toolwright.schema.JsonSchema.RefSchema;
import io.toolwright.schema.JsonSchema.StringSchema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the canonical text written by {@link CanonicalSchemaWriter} back into a {@link JsonSchema}.
 * It accepts only that form (generated code embeds it), and fails loudly on anything else rather
 * than guessing.
 */
public final class CanonicalSchemaReader {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String DEFS_PREFIX = "#/$defs/";

  private CanonicalSchemaReader() {}

  /** Parses a tool's root parameter schema. */
  public static ObjectSchema read(String canonicalText) {
    JsonNode root = MAPPER.readTree(canonicalText);
    JsonSchema schema = readSchema(root);
    if (!(schema instanceof ObjectSchema object)) {
      throw new IllegalArgumentException("a tool's root schema must be an object: " + canonicalText);
    }
    Map<String, JsonSchema> defs = new LinkedHashMap<>();
    JsonNode defsNode = root.get("$defs");
    if (defsNode != null) {
      for (Map.Entry<String, JsonNode> def : defsNode.properties()) {
        defs.put(def.getKey(), readSchema(def.getValue()));
      }
    }
    return object.withDefs(defs);
  }

  private static JsonSchema readSchema(JsonNode node) {
    String description = text(node, "description");
    if (node.has("$ref")) {
      return new RefSchema(description, false, refName(node.get("$ref").asString()));
    }
    if (node.has("anyOf")) {
      // The only anyOf the writer emits: [{"$ref": ...}, {"type": "null"}].
      JsonNode ref = node.get("anyOf").get(0).get("$ref");
      if (ref == null) {
        throw new IllegalArgumentException("unsupported anyOf: " + node);
      }
      return new RefSchema(description, true, refName(ref.asString()));
    }
    JsonNode typeNode = node.get("type");
    if (typeNode == null) {
      throw new IllegalArgumentException("schema without type: " + node);
    }
    boolean nullable = typeNode.isArray();
    String type = nullable ? typeNode.get(0).asString() : typeNode.asString();
    switch (type) {
      case "string":
        return new StringSchema(
            description,
            nullable,
            text(node, "format"),
            integer(node, "minLength"),
            integer(node, "maxLength"),
            text(node, "pattern"),
            enumValues(node));
      case "integer":
      case "number":
        return new NumberSchema(
            description,
            nullable,
            type.equals("integer"),
            text(node, "format"),
            decimal(node, "minimum"),
            decimal(node, "exclusiveMinimum"),
            decimal(node, "maximum"),
            decimal(node, "exclusiveMaximum"));
      case "boolean":
        return new BooleanSchema(description, nullable);
      case "array":
        return new ArraySchema(
            description,
            nullable,
            readSchema(node.get("items")),
            integer(node, "minItems"),
            integer(node, "maxItems"),
            node.path("uniqueItems").asBoolean(false));
      case "object":
        return readObject(node, description, nullable);
      default:
        throw new IllegalArgumentException("unsupported type '" + type + "': " + node);
    }
  }

  private static ObjectSchema readObject(JsonNode node, String description, boolean nullable) {
    Map<String, JsonSchema> properties = new LinkedHashMap<>();
    JsonNode propertiesNode = node.get("properties");
    if (propertiesNode != null) {
      for (Map.Entry<String, JsonNode> property : propertiesNode.properties()) {
        properties.put(property.getKey(), readSchema(property.getValue()));
      }
    }
    List<String> required = new ArrayList<>();
    for (JsonNode name : node.path("required")) {
      required.add(name.asString());
    }
    JsonNode additional = node.get("additionalProperties");
    JsonSchema additionalProperties =
        additional != null && additional.isObject() ? readSchema(additional) : null;
    return new ObjectSchema(
        description,
        nullable,
        properties,
        required,
        additionalProperties,
        integer(node, "minProperties"),
        integer(node, "maxProperties"),
        Map.of());
  }

  private static List<String> enumValues(JsonNode node) {
    List<String> values = new ArrayList<>();
    for (JsonNode value : node.path("enum")) {
      if (!value.isNull()) {
        values.add(value.asString());
      }
    }
    return values;
  }

  private static String refName(String pointer) {
    if (!pointer.startsWith(DEFS_PREFIX)) {
      throw new IllegalArgumentException("only local $defs references are supported: " + pointer);
    }
    return pointer.substring(DEFS_PREFIX.length());
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null ? null : value.asString();
  }

  private static Integer integer(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null ? null : value.asInt();
  }

  private static BigDecimal decimal(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null ? null : value.decimalValue();
  }
}
