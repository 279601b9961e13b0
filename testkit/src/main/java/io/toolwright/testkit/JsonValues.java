package io.toolwright.testkit;

import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/** JSON values compared as JSON Schema compares them: {@code 1} equals {@code 1.0}. */
final class JsonValues {

  private JsonValues() {}

  /** A text that two values share exactly when JSON Schema's {@code uniqueItems} calls them equal. */
  static String key(JsonNode value) {
    if (value.isNumber()) {
      return "n:" + value.decimalValue().stripTrailingZeros().toPlainString();
    }
    if (value.isObject()) {
      Map<String, String> sorted = new TreeMap<>();
      for (Map.Entry<String, JsonNode> property : value.properties()) {
        sorted.put(property.getKey(), key(property.getValue()));
      }
      return "o:" + sorted;
    }
    if (value.isArray()) {
      StringBuilder text = new StringBuilder("a:[");
      value.forEach(element -> text.append(key(element)).append(','));
      return text.append(']').toString();
    }
    return value.getNodeType() + ":" + value;
  }
}
