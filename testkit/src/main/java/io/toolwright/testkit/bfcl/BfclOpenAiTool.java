package io.toolwright.testkit.bfcl;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A BFCL function's own definition as an OpenAI Chat Completions function tool, to count it the way
 * ours is counted: BFCL's name mapped exactly as the tool's ({@link ToolNameMap}, so names do not
 * weigh on either side), BFCL's description, and BFCL's parameters with only the type names changed
 * to JSON Schema's: {@code dict}/{@code HashMap} → {@code object}, {@code float}/{@code double} →
 * {@code number}, {@code tuple}/{@code ArrayList} → {@code array}, {@code long} → {@code integer},
 * {@code any} and {@code char} → {@code string} (as BFCL's own OpenAI handler and its checker read
 * {@code any}), an unknown type name → no {@code type}. Every other keyword BFCL declares is kept
 * as written ({@code enum}, {@code default}, {@code format}, bounds, {@code required}), except
 * BFCL's {@code optional} flag, which is no JSON Schema keyword; nothing is added.
 */
public final class BfclOpenAiTool {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private BfclOpenAiTool() {}

  /** {@code {"type":"function","function":{"name","description","parameters"}}}. */
  public static ObjectNode of(JsonNode bfclFunction, String toolName) {
    return of(bfclFunction, toolName, true);
  }

  /**
   * The same, with BFCL's {@code default} values left out when {@code defaults} is false: the Java
   * mapping carries none, so this says what they cost BFCL's side.
   */
  public static ObjectNode of(JsonNode bfclFunction, String toolName, boolean defaults) {
    ObjectNode tool = NODES.objectNode();
    tool.put("type", "function");
    ObjectNode function = tool.putObject("function");
    function.put("name", toolName);
    if (bfclFunction.has("description")) {
      function.set("description", bfclFunction.get("description").deepCopy());
    }
    if (bfclFunction.has("parameters")) {
      function.set("parameters", schema(bfclFunction.get("parameters"), defaults));
    }
    return tool;
  }

  private static JsonNode schema(JsonNode declaration, boolean defaults) {
    if (!declaration.isObject()) {
      return declaration.deepCopy();
    }
    ObjectNode out = NODES.objectNode();
    for (var entry : declaration.properties()) {
      String keyword = entry.getKey();
      JsonNode value = entry.getValue();
      switch (keyword) {
        case "type" -> {
          String type = jsonSchemaType(value.asString(null));
          if (type != null) {
            out.put("type", type);
          }
        }
        case "optional" -> {}
        case "default" -> {
          if (defaults) {
            out.set(keyword, value.deepCopy());
          }
        }
        case "items" -> out.set("items", schema(value, defaults));
        case "properties" -> {
          ObjectNode properties = out.putObject("properties");
          for (var property : value.properties()) {
            properties.set(property.getKey(), schema(property.getValue(), defaults));
          }
        }
        default -> out.set(keyword, value.deepCopy());
      }
    }
    return out;
  }

  private static String jsonSchemaType(String bfclType) {
    return switch (BfclType.of(bfclType)) {
      case STRING, CHAR -> "string";
      case INTEGER -> "integer";
      case NUMBER -> "number";
      case BOOLEAN -> "boolean";
      case ARRAY -> "array";
      case OBJECT -> "object";
      case UNKNOWN -> null;
    };
  }
}
