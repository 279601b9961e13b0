package io.toolwright.testkit;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Copies of a JSON tree with one node replaced, removed or added, addressed by JSON pointer. */
final class Pointers {

  private Pointers() {}

  static String child(String pointer, String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

  /** A copy of {@code root} with the node at {@code pointer} replaced by {@code value}. */
  static JsonNode replace(JsonNode root, String pointer, JsonNode value) {
    if (pointer.isEmpty()) {
      return value.deepCopy();
    }
    JsonNode copy = root.deepCopy();
    JsonNode parent = parent(copy, pointer);
    String last = last(pointer);
    if (parent instanceof ObjectNode object) {
      object.set(last, value.deepCopy());
    } else {
      ((ArrayNode) parent).set(Integer.parseInt(last), value.deepCopy());
    }
    return copy;
  }

  /** A copy of {@code root} without the property at {@code pointer}. */
  static JsonNode remove(JsonNode root, String pointer) {
    JsonNode copy = root.deepCopy();
    JsonNode parent = parent(copy, pointer);
    if (parent instanceof ObjectNode object) {
      object.remove(last(pointer));
    } else {
      ((ArrayNode) parent).remove(Integer.parseInt(last(pointer)));
    }
    return copy;
  }

  /** A copy of {@code root} whose object at {@code pointer} has {@code name} set to {@code value}. */
  static JsonNode put(JsonNode root, String pointer, String name, JsonNode value) {
    JsonNode copy = root.deepCopy();
    ((ObjectNode) at(copy, pointer)).set(name, value.deepCopy());
    return copy;
  }

  static JsonNode at(JsonNode root, String pointer) {
    JsonNode node = root;
    for (String token : tokens(pointer)) {
      node = node.isArray() ? node.get(Integer.parseInt(token)) : node.get(token);
    }
    return node;
  }

  private static JsonNode parent(JsonNode root, String pointer) {
    return at(root, pointer.substring(0, pointer.lastIndexOf('/')));
  }

  private static String last(String pointer) {
    List<String> tokens = tokens(pointer);
    return tokens.get(tokens.size() - 1);
  }

  private static List<String> tokens(String pointer) {
    List<String> tokens = new ArrayList<>();
    if (pointer.isEmpty()) {
      return tokens;
    }
    for (String token : pointer.substring(1).split("/", -1)) {
      tokens.add(token.replace("~1", "/").replace("~0", "~"));
    }
    return tokens;
  }
}
