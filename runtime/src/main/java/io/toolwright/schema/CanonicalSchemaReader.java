package io.toolwright.schema;

import io.toolwright.schema.JsonSchema.ArraySchema;
import io.toolwright.schema.JsonSchema.BooleanSchema;
import io.toolwright.schema.JsonSchema.NumberSchema;
import io.toolwright.schema.JsonSchema.ObjectSchema;
import io.toolwright.schema.JsonSchema.RefSchema;
import io.toolwright.schema.JsonSchema.StringSchema;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;

/**
 * Reads the canonical text written by {@link CanonicalSchemaWriter} back into a {@link JsonSchema}.
 * It accepts only that form (generated code embeds it), and fails loudly on anything else rather
 * than guessing.
 *
 * <p>It reads with Jackson's streaming parser into plain maps and lists, not with databind: every
 * generated tool constant goes through here when its class initialises, and building a databind
 * mapper costs a cold JVM a quarter of a second that an application which only lists its tools
 * should not pay.
 */
public final class CanonicalSchemaReader {

  /**
   * Buffers recycled per thread, as the argument parser's are: schemas are read once each, and
   * Jackson's default pool (a shared deque) would be classes that a cold JVM's first call loads for
   * this alone.
   */
  private static final JsonFactory FACTORY =
      JsonFactory.builder().recyclerPool(JsonRecyclerPools.threadLocalPool()).build();
  private static final String DEFS_PREFIX = "#/$defs/";

  private CanonicalSchemaReader() {}

  /** Parses a tool's root parameter schema. */
  public static ObjectSchema read(String canonicalText) {
    Map<String, Object> root;
    // From UTF-8 bytes, as call arguments are parsed: text would start Jackson's char parser too,
    // a second parser class to verify and run cold on the first call.
    byte[] utf8 = canonicalText.getBytes(StandardCharsets.UTF_8);
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), utf8)) {
      root = asObject(readValue(parser, parser.nextToken()), canonicalText);
    }
    if (!(readSchema(root) instanceof ObjectSchema object)) {
      throw new IllegalArgumentException("a tool's root schema must be an object: " + canonicalText);
    }
    Map<String, JsonSchema> defs = new LinkedHashMap<>();
    Object defsNode = root.get("$defs");
    if (defsNode != null) {
      for (Map.Entry<String, Object> def : asObject(defsNode, "$defs").entrySet()) {
        defs.put(def.getKey(), readSchema(asObject(def.getValue(), def.getKey())));
      }
    }
    return object.withDefs(defs);
  }

  /** A JSON value as a map, list, string, {@link BigDecimal}, boolean or {@code null}. */
  private static Object readValue(JsonParser parser, JsonToken token) {
    if (token == null) {
      throw new IllegalArgumentException("empty schema text");
    }
    switch (token) {
      case START_OBJECT:
        Map<String, Object> object = new LinkedHashMap<>();
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
          String name = parser.currentName();
          object.put(name, readValue(parser, parser.nextToken()));
        }
        return object;
      case START_ARRAY:
        List<Object> array = new ArrayList<>();
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
          array.add(readValue(parser, next));
        }
        return array;
      case VALUE_STRING:
        return parser.getString();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return parser.getDecimalValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new IllegalArgumentException("unexpected " + token + " in schema text");
    }
  }

  private static JsonSchema readSchema(Map<String, Object> node) {
    String description = text(node, "description");
    if (node.containsKey("$ref")) {
      return new RefSchema(description, false, refName(text(node, "$ref")));
    }
    if (node.containsKey("anyOf")) {
      // The only anyOf the writer emits: [{"$ref": ...}, {"type": "null"}].
      Object first = asList(node.get("anyOf")).get(0);
      String ref = text(asObject(first, "anyOf"), "$ref");
      if (ref == null) {
        throw new IllegalArgumentException("unsupported anyOf: " + node);
      }
      return new RefSchema(description, true, refName(ref));
    }
    Object typeNode = node.get("type");
    if (typeNode == null) {
      throw new IllegalArgumentException("schema without type: " + node);
    }
    boolean nullable = typeNode instanceof List;
    String type = (String) (nullable ? asList(typeNode).get(0) : typeNode);
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
            decimal(node, "exclusiveMaximum"),
            decimal(node, "multipleOf"));
      case "boolean":
        return new BooleanSchema(description, nullable, booleanConstant(node));
      case "array":
        return new ArraySchema(
            description,
            nullable,
            readSchema(asObject(node.get("items"), "items")),
            integer(node, "minItems"),
            integer(node, "maxItems"),
            Boolean.TRUE.equals(node.get("uniqueItems")));
      case "object":
        return readObject(node, description, nullable);
      default:
        throw new IllegalArgumentException("unsupported type '" + type + "': " + node);
    }
  }

  private static ObjectSchema readObject(
      Map<String, Object> node, String description, boolean nullable) {
    Map<String, JsonSchema> properties = new LinkedHashMap<>();
    Object propertiesNode = node.get("properties");
    if (propertiesNode != null) {
      for (Map.Entry<String, Object> property : asObject(propertiesNode, "properties").entrySet()) {
        properties.put(property.getKey(), readSchema(asObject(property.getValue(), property.getKey())));
      }
    }
    List<String> required = new ArrayList<>();
    Object requiredNode = node.get("required");
    if (requiredNode != null) {
      for (Object name : asList(requiredNode)) {
        required.add((String) name);
      }
    }
    Object additional = node.get("additionalProperties");
    JsonSchema additionalProperties =
        additional instanceof Map ? readSchema(asObject(additional, "additionalProperties")) : null;
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

  private static List<String> enumValues(Map<String, Object> node) {
    List<String> values = new ArrayList<>();
    Object enumNode = node.get("enum");
    if (enumNode != null) {
      for (Object value : asList(enumNode)) {
        if (value != null) {
          values.add((String) value);
        }
      }
    }
    return values;
  }

  /** {@code const}, or the one boolean of an {@code enum} such as {@code [true, null]}. */
  private static Boolean booleanConstant(Map<String, Object> node) {
    Object constant = node.get("const");
    if (constant != null) {
      return (Boolean) constant;
    }
    Object enumNode = node.get("enum");
    if (enumNode == null) {
      return null;
    }
    for (Object value : asList(enumNode)) {
      if (value != null) {
        return (Boolean) value;
      }
    }
    return null;
  }

  private static String refName(String pointer) {
    if (!pointer.startsWith(DEFS_PREFIX)) {
      throw new IllegalArgumentException("only local $defs references are supported: " + pointer);
    }
    return pointer.substring(DEFS_PREFIX.length());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asObject(Object value, String where) {
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException("expected an object at " + where + ": " + value);
    }
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> asList(Object value) {
    if (!(value instanceof List)) {
      throw new IllegalArgumentException("expected an array: " + value);
    }
    return (List<Object>) value;
  }

  private static String text(Map<String, Object> node, String name) {
    Object value = node.get(name);
    return value == null ? null : (String) value;
  }

  private static Integer integer(Map<String, Object> node, String name) {
    Object value = node.get(name);
    return value == null ? null : ((BigDecimal) value).intValueExact();
  }

  private static BigDecimal decimal(Map<String, Object> node, String name) {
    return (BigDecimal) node.get(name);
  }
}
