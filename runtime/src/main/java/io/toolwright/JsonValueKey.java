package io.toolwright;

import java.util.Iterator;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A JSON value as a hash key with JSON Schema's notion of equality, for {@code uniqueItems}:
 * numbers are equal by value ({@code 1} equals {@code 1.0}), objects regardless of property order.
 * Hashing keeps the duplicate check linear; comparing every pair of a large array would not be.
 */
final class JsonValueKey {

  private final JsonNode node;
  private final int hash;

  JsonValueKey(JsonNode node) {
    this.node = node;
    this.hash = hash(node);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonValueKey key && hash == key.hash && same(node, key.node);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  private static boolean same(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Map.Entry<String, JsonNode> property : a.properties()) {
        JsonNode other = b.get(property.getKey());
        if (other == null || !same(property.getValue(), other)) {
          return false;
        }
      }
      return true;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      Iterator<JsonNode> left = a.values().iterator();
      Iterator<JsonNode> right = b.values().iterator();
      while (left.hasNext()) {
        if (!same(left.next(), right.next())) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  private static int hash(JsonNode node) {
    if (node.isNumber()) {
      // stripTrailingZeros makes 1, 1.0 and 1.00 one value; the parser bounds its cost.
      return node.decimalValue().stripTrailingZeros().hashCode();
    }
    if (node.isObject()) {
      int sum = 0;
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        sum += property.getKey().hashCode() ^ hash(property.getValue());
      }
      return sum;
    }
    if (node.isArray()) {
      int result = 1;
      for (JsonNode element : node.values()) {
        result = 31 * result + hash(element);
      }
      return result;
    }
    return node.hashCode();
  }
}
