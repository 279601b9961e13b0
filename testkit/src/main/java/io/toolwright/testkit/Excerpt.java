package io.toolwright.testkit;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** An instance as one readable line for a report: long strings and long texts shortened. */
final class Excerpt {

  private static final int STRING = 40;
  private static final int LINE = 600;

  private Excerpt() {}

  static String of(JsonNode instance) {
    String text = SchemaOracle.JSON.writeValueAsString(shortened(instance));
    return text.length() <= LINE ? text : text.substring(0, LINE) + "…";
  }

  private static JsonNode shortened(JsonNode node) {
    if (node.isString() && node.stringValue().length() > STRING) {
      String text = node.stringValue();
      return JsonNodeFactory.instance.stringNode(
          text.substring(0, STRING / 2) + "…(" + text.codePointCount(0, text.length())
              + " code points)");
    }
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        copy.set(property.getKey(), shortened(property.getValue()));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> copy.add(shortened(element)));
      return copy;
    }
    return node;
  }
}
