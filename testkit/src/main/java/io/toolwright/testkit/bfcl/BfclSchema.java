package io.toolwright.testkit.bfcl;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A BFCL function's own parameter declaration as a JSON Schema 2020-12, to decide which
 * ground-truth calls are valid under it: {@code dict} is an object, {@code float} a number, {@code
 * tuple} an array, {@code any} a string (as BFCL's checker reads it), and the Java names ({@code
 * String}, {@code HashMap}, {@code ArrayList}, {@code long}...) what they name. {@code enum},
 * {@code required}, {@code format}, {@code minimum} and {@code maximum} are kept; descriptions and
 * defaults are not (a default asserts nothing). A dict that declares properties admits no others,
 * as BFCL's checker treats the parameters of a function ("Unexpected parameter"); one without
 * properties admits any members. An unknown type name admits anything.
 */
public final class BfclSchema {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private BfclSchema() {}

  /** The schema of {@code function}'s {@code parameters}. */
  public static ObjectNode of(JsonNode function) {
    ObjectNode schema = property(function.get("parameters"));
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    return schema;
  }

  private static ObjectNode property(JsonNode declaration) {
    ObjectNode schema = NODES.objectNode();
    BfclType type = BfclType.of(declaration.path("type").asString(null));
    switch (type) {
      case STRING, CHAR -> schema.put("type", "string");
      case INTEGER -> schema.put("type", "integer");
      case NUMBER -> schema.put("type", "number");
      case BOOLEAN -> schema.put("type", "boolean");
      case ARRAY -> {
        schema.put("type", "array");
        if (declaration.has("items")) {
          schema.set("items", property(declaration.get("items")));
        }
      }
      case OBJECT -> {
        schema.put("type", "object");
        JsonNode properties = declaration.get("properties");
        if (properties != null && properties.isObject()) {
          ObjectNode out = schema.putObject("properties");
          for (var entry : properties.properties()) {
            out.set(entry.getKey(), property(entry.getValue()));
          }
          if (declaration.has("required")) {
            schema.set("required", declaration.get("required").deepCopy());
          }
          schema.put("additionalProperties", false);
        }
      }
      case UNKNOWN -> {}
    }
    for (String keyword : new String[] {"enum", "format", "minimum", "maximum"}) {
      if (declaration.has(keyword) && type != BfclType.UNKNOWN) {
        schema.set(keyword, declaration.get(keyword).deepCopy());
      }
    }
    return schema;
  }
}
