package io.toolwright;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The identity of a call across responses: the tool's name and the SHA-256 of its canonical
 * arguments (object properties sorted, numbers by value, so {@code {"a":1.0,"b":2}} and {@code
 * {"b":2,"a":1}} are the same call). A hash, so the conversation state holds no argument values.
 */
final class CallKey {

  private CallKey() {}

  static String of(String tool, JsonNode arguments) {
    StringBuilder text = new StringBuilder(tool).append('\n');
    write(arguments, text);
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return tool + ":" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static void write(JsonNode node, StringBuilder out) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> properties = new ArrayList<>(node.properties());
      properties.sort(Map.Entry.comparingByKey());
      out.append('{');
      for (Map.Entry<String, JsonNode> property : properties) {
        string(property.getKey(), out);
        out.append(':');
        write(property.getValue(), out);
        out.append(',');
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (JsonNode item : node) {
        write(item, out);
        out.append(',');
      }
      out.append(']');
    } else if (node.isNumber()) {
      // Scientific notation: a plain string of 1e999999 would be a million digits.
      out.append('n').append(node.decimalValue().stripTrailingZeros().toString());
    } else if (node.isString()) {
      string(node.stringValue(), out);
    } else if (node.isBoolean()) {
      out.append(node.booleanValue());
    } else if (node.isNull()) {
      out.append("null");
    } else {
      out.append(node.toString());
    }
  }

  private static void string(String value, StringBuilder out) {
    out.append('s').append(value.length()).append(':').append(value);
  }
}
