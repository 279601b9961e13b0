package io.toolwright.wire;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The little JSON the wire formats share: reading a response, reading members leniently. */
final class WireJson {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private WireJson() {}

  /** The response text as a tree; text that is not JSON is no response. */
  static JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new WireFormatException("", "the response is not JSON: " + e.getOriginalMessage());
    }
  }

  static String write(JsonNode node) {
    return MAPPER.writeValueAsString(node);
  }

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  /** The member as a string, or {@code null} when it is absent or not a string. */
  static String string(JsonNode node, String member) {
    JsonNode value = node == null ? null : node.get(member);
    return value != null && value.isString() ? value.stringValue() : null;
  }

  /** The elements of an array member; empty when the member is absent or not an array. */
  static List<JsonNode> elements(JsonNode node, String member) {
    JsonNode value = node == null ? null : node.get(member);
    List<JsonNode> out = new ArrayList<>();
    if (value != null && value.isArray()) {
      value.forEach(out::add);
    }
    return out;
  }

  /** The member, or throws naming where it was expected. */
  static JsonNode require(JsonNode node, String member, String pointer, String what) {
    JsonNode value = node == null ? null : node.get(member);
    if (value == null || value.isNull()) {
      throw new WireFormatException(pointer, "the response has no " + what);
    }
    return value;
  }
}
