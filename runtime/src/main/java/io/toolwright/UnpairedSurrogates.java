package io.toolwright;

import io.toolwright.dispatch.JsonReaders;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Finds a string or property name holding an unpaired UTF-16 surrogate, which is no Unicode text.
 * JSON lets an escape write one (<code>"&#92;ud800"</code>); Jackson refuses it in a property name
 * but not in a value, so the arguments are checked after parsing, and both are refused alike. (Raw
 * bytes cannot encode one: {@link StrictUtf8} and Jackson refuse them.)
 */
final class UnpairedSurrogates {

  /**
   * Where the first one is: the JSON pointer, and the string's node, or {@code null} for a name.
   */
  record Found(String pointer, JsonNode node) {}

  private UnpairedSurrogates() {}

  /**
   * Whether the text a tree was parsed from may hold one, so that the tree need not be walked when
   * it cannot: UTF-8 text (that {@link StrictUtf8} passed) holds an unpaired surrogate only as an
   * escape, <code>&#92;u</code> and then {@code D} or {@code d}; text in UTF-16 or UTF-32 may hold
   * one as it is.
   */
  static boolean possibleIn(byte[] json) {
    if (!StrictUtf8.meantAsUtf8(json)) {
      return true;
    }
    for (int i = 0; i < json.length - 2; i++) {
      if (json[i] == '\\' && json[i + 1] == 'u' && (json[i + 2] | 0x20) == 'd') {
        return true;
      }
    }
    return false;
  }

  /** The first string or name with an unpaired surrogate, in document order, or {@code null}. */
  static Found in(JsonNode node) {
    if (node.isString()) {
      return isWhole(node.stringValue()) ? null : new Found("", node);
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        String name = property.getKey();
        if (!isWhole(name)) {
          return new Found(JsonReaders.child("", name), null);
        }
        Found below = in(property.getValue());
        if (below != null) {
          return new Found(JsonReaders.child("", name) + below.pointer(), below.node());
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        Found below = in(node.get(i));
        if (below != null) {
          return new Found(JsonReaders.index("", i) + below.pointer(), below.node());
        }
      }
    }
    return null;
  }

  /** Whether every surrogate in {@code text} is half of a pair. */
  static boolean isWhole(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        if (!isPairAt(text, i)) {
          return false;
        }
        i++;
      }
    }
    return true;
  }

  /** {@code text} with each unpaired surrogate written as a JSON escape, <code>&#92;uD800</code>. */
  static String escaped(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c) && isPairAt(text, i)) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isPairAt(String text, int i) {
    return Character.isHighSurrogate(text.charAt(i))
        && i + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(i + 1));
  }
}
