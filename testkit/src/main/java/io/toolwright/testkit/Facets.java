package io.toolwright.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * What one schema says about a value, with local {@code $ref}s followed and {@code allOf} merged
 * into one view: the generator's reading of a schema. It only proposes values; the {@link
 * SchemaOracle} decides whether they are valid, so a misreading here makes a weaker probe, never a
 * wrong verdict.
 */
final class Facets {

  static final List<String> JSON_TYPES =
      List.of("null", "boolean", "object", "array", "number", "string", "integer");

  /** The allowed JSON types; {@code null} when any type is allowed. */
  Set<String> types;

  List<JsonNode> enumValues;
  JsonNode constValue;

  final List<String> patterns = new ArrayList<>();
  Integer minLength;
  Integer maxLength;
  String format;

  BigDecimal minimum;
  BigDecimal maximum;
  BigDecimal exclusiveMinimum;
  BigDecimal exclusiveMaximum;
  BigDecimal multipleOf;

  JsonNode items;
  Integer minItems;
  Integer maxItems;
  boolean uniqueItems;

  final Map<String, JsonNode> properties = new LinkedHashMap<>();
  final Set<String> required = new LinkedHashSet<>();
  /** {@code false}, a schema for other properties' values, or {@code null} when absent. */
  JsonNode additionalProperties;

  Integer minProperties;
  Integer maxProperties;
  JsonNode propertyNames;

  /**
   * Whether the description says the value must lie in the future: Toolwright writes {@code
   * @Future} and {@code @FutureOrPresent}, which JSON Schema cannot express, as a sentence of the
   * description. Valid values honour it, so that they are valid for the runtime too; no probe
   * breaks it, as the schema cannot tell.
   */
  boolean future;

  /** The same for {@code @Past} and {@code @PastOrPresent}: valid values lie in the past. */
  boolean past;

  /** The branches of {@code anyOf} or {@code oneOf}; empty when there are none. */
  final List<JsonNode> branches = new ArrayList<>();

  private Facets() {}

  /** The facets of {@code schema}, a schema inside the document {@code root}. */
  static Facets of(JsonNode root, JsonNode schema) {
    Facets facets = new Facets();
    facets.add(root, schema, 0);
    return facets;
  }

  private void add(JsonNode root, JsonNode schema, int depth) {
    if (depth > 20 || schema == null || !schema.isObject()) {
      return;
    }
    if (schema.has("$ref")) {
      add(root, resolve(root, schema.get("$ref").stringValue()), depth + 1);
    }
    for (JsonNode part : schema.path("allOf")) {
      add(root, part, depth + 1);
    }
    JsonNode type = schema.get("type");
    if (type != null) {
      Set<String> declared = new LinkedHashSet<>();
      if (type.isArray()) {
        type.forEach(t -> declared.add(t.stringValue()));
      } else {
        declared.add(type.stringValue());
      }
      if (types == null) {
        types = declared;
      } else {
        types.retainAll(declared);
      }
    }
    if (schema.has("enum")) {
      enumValues = new ArrayList<>();
      schema.get("enum").forEach(enumValues::add);
    }
    String description = schema.path("description").asString("");
    if (description.contains("Must be in the future")) {
      future = true;
    }
    if (description.contains("Must be in the past")) {
      past = true;
    }
    if (schema.has("const")) {
      constValue = schema.get("const");
    }
    if (schema.has("pattern")) {
      patterns.add(schema.get("pattern").stringValue());
    }
    minLength = larger(minLength, integer(schema, "minLength"));
    maxLength = smaller(maxLength, integer(schema, "maxLength"));
    if (schema.has("format")) {
      format = schema.get("format").stringValue();
    }
    minimum = larger(minimum, decimal(schema, "minimum"));
    maximum = smaller(maximum, decimal(schema, "maximum"));
    exclusiveMinimum = larger(exclusiveMinimum, decimal(schema, "exclusiveMinimum"));
    exclusiveMaximum = smaller(exclusiveMaximum, decimal(schema, "exclusiveMaximum"));
    if (schema.has("multipleOf")) {
      multipleOf = schema.get("multipleOf").decimalValue();
    }
    if (schema.has("items")) {
      items = schema.get("items");
    }
    minItems = larger(minItems, integer(schema, "minItems"));
    maxItems = smaller(maxItems, integer(schema, "maxItems"));
    uniqueItems |= schema.path("uniqueItems").asBoolean(false);
    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
      properties.put(property.getKey(), property.getValue());
    }
    schema.path("required").forEach(name -> required.add(name.stringValue()));
    if (schema.has("additionalProperties")) {
      additionalProperties = schema.get("additionalProperties");
    }
    minProperties = larger(minProperties, integer(schema, "minProperties"));
    maxProperties = smaller(maxProperties, integer(schema, "maxProperties"));
    if (schema.has("propertyNames")) {
      propertyNames = schema.get("propertyNames");
    }
    schema.path("anyOf").forEach(branches::add);
    schema.path("oneOf").forEach(branches::add);
  }

  static JsonNode resolve(JsonNode root, String ref) {
    if (!ref.startsWith("#")) {
      throw new IllegalArgumentException("only local references are supported: " + ref);
    }
    JsonNode target = root.at(JsonPointer.compile(ref.substring(1)));
    if (target.isMissingNode()) {
      throw new IllegalArgumentException("unresolved reference " + ref);
    }
    return target;
  }

  /** Whether JSON {@code null} may stand here. */
  boolean nullable(JsonNode root) {
    if (types != null && types.contains("null")) {
      return true;
    }
    if (enumValues != null && enumValues.stream().anyMatch(JsonNode::isNull)) {
      return types == null || types.contains("null");
    }
    for (JsonNode branch : branches) {
      if (Facets.of(root, branch).onlyNull()) {
        return true;
      }
    }
    return types == null && enumValues == null && constValue == null && branches.isEmpty();
  }

  private boolean onlyNull() {
    return types != null && types.size() == 1 && types.contains("null");
  }

  /** The first branch that allows more than {@code null}, merged into these facets. */
  Facets nonNullBranch(JsonNode root, JsonNode schema) {
    for (JsonNode branch : branches) {
      Facets candidate = Facets.of(root, branch);
      if (!candidate.onlyNull()) {
        Facets merged = Facets.of(root, schema);
        merged.branches.clear();
        merged.add(root, branch, 1);
        return merged;
      }
    }
    return this;
  }

  /** The JSON type a non-null value here has. */
  String valueType() {
    if (types != null) {
      for (String type : List.of("object", "array", "string", "integer", "number", "boolean")) {
        if (types.contains(type)) {
          return type;
        }
      }
      return "null";
    }
    if (!properties.isEmpty() || additionalProperties != null) {
      return "object";
    }
    if (items != null) {
      return "array";
    }
    if (minimum != null || maximum != null || exclusiveMinimum != null || exclusiveMaximum != null) {
      return "number";
    }
    return "string";
  }

  boolean allows(String jsonType) {
    if (types == null) {
      return true;
    }
    return types.contains(jsonType) || (jsonType.equals("integer") && types.contains("number"));
  }

  private static Integer integer(JsonNode schema, String keyword) {
    return schema.has(keyword) ? schema.get(keyword).intValue() : null;
  }

  private static BigDecimal decimal(JsonNode schema, String keyword) {
    return schema.has(keyword) ? schema.get(keyword).decimalValue() : null;
  }

  private static <T extends Comparable<T>> T larger(T a, T b) {
    return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
  }

  private static <T extends Comparable<T>> T smaller(T a, T b) {
    return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
  }
}
