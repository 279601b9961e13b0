package io.toolwright.conformance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Our side of every comparison: JSON text read strictly (a duplicate key fails) with exact
 * decimals, and compared the way a provider reads it: numbers by value, object members in order.
 */
final class Json {

  static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private Json() {}

  static JsonNode read(String text) {
    return MAPPER.readTree(text);
  }

  static String write(JsonNode node) {
    return MAPPER.writeValueAsString(node);
  }

  /**
   * Where {@code actual} differs from {@code expected}, as JSON pointers with both values; empty
   * when they are the same JSON. Numbers compare by value ({@code 1}, {@code 1.0} and {@code 1e0}
   * are one number to every provider's parser). Member order counts in a schema's {@code
   * properties} only, the order OpenAI strict mode writes the arguments in and Gemini's default
   * {@code propertyOrdering}; elsewhere (the SDKs write a tool's own members in the order their
   * classes declare them) it means nothing to a provider.
   */
  static List<String> differences(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    diff("", expected, actual, out);
    return out;
  }

  private static void diff(String pointer, JsonNode expected, JsonNode actual, List<String> out) {
    if (expected == null || actual == null) {
      out.add(at(pointer) + ": expected " + expected + " but was " + actual);
    } else if (expected.isNumber() && actual.isNumber()) {
      if (decimal(expected).compareTo(decimal(actual)) != 0) {
        out.add(at(pointer) + ": expected " + expected + " but was " + actual);
      }
    } else if (expected.isObject() && actual.isObject()) {
      List<String> expectedNames = new ArrayList<>(expected.propertyNames());
      List<String> actualNames = new ArrayList<>(actual.propertyNames());
      for (String name : expectedNames) {
        diff(pointer + "/" + escape(name), expected.get(name), actual.get(name), out);
      }
      for (String name : actualNames) {
        if (!expected.has(name)) {
          out.add(at(pointer + "/" + escape(name)) + ": not ours, added as " + actual.get(name));
        }
      }
      if (pointer.endsWith("/properties") && !expectedNames.equals(actualNames)) {
        out.add(at(pointer) + ": members reordered from " + expectedNames + " to " + actualNames);
      }
    } else if (expected.isArray() && actual.isArray()) {
      if (expected.size() != actual.size()) {
        out.add(at(pointer) + ": expected " + expected + " but was " + actual);
        return;
      }
      Iterator<JsonNode> a = actual.iterator();
      int i = 0;
      for (JsonNode e : expected) {
        diff(pointer + "/" + i++, e, a.next(), out);
      }
    } else if (!expected.equals(actual)) {
      out.add(at(pointer) + ": expected " + expected + " but was " + actual);
    }
  }

  private static BigDecimal decimal(JsonNode number) {
    return number.decimalValue();
  }

  private static String at(String pointer) {
    return pointer.isEmpty() ? "(root)" : pointer;
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** The object as a map, for SDKs whose schema types are maps. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> toMap(JsonNode object) {
    return MAPPER.convertValue(object, Map.class);
  }
}
