package io.toolwright;

import io.toolwright.dispatch.JsonReaders;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * Bounded, single-line excerpts of what a model sent, for error messages. An error goes back to the
 * model and usually into logs, so it quotes at most {@value #LIMIT} characters of the input, never
 * the whole of it.
 */
final class Excerpts {

  /** The most characters of input any excerpt quotes. */
  static final int LIMIT = 80;

  private static final int BEFORE = 30;
  private static final char ELLIPSIS = '…';

  private Excerpts() {}

  /** A JSON value, as {@link JsonReaders#excerpt} renders it; {@code null} when absent. */
  static String of(JsonNode node) {
    return JsonReaders.excerpt(node);
  }

  /**
   * The input around a byte offset (where a parser stopped): up to {@value #BEFORE} bytes before
   * and the rest of {@value #LIMIT} after, cut on UTF-8 character boundaries.
   */
  static String around(byte[] input, long offset) {
    if (input.length == 0) {
      return "";
    }
    int at = (int) Math.max(0, Math.min(offset, input.length));
    int start = Math.max(0, at - BEFORE);
    int end = Math.min(input.length, start + LIMIT);
    while (start < at && isContinuation(input[start])) {
      start++;
    }
    while (end < input.length && end > start && isContinuation(input[end])) {
      end--;
    }
    StringBuilder text = new StringBuilder();
    if (start > 0) {
      text.append(ELLIPSIS);
    }
    text.append(singleLine(decode(input, start, end)));
    if (end < input.length) {
      text.append(ELLIPSIS);
    }
    return text.toString();
  }

  /**
   * A Java value Bean Validation rejected: strings quoted as JSON, collections by size (their
   * elements have their own pointers), anything else by {@code toString()}, all bounded.
   */
  static String ofJava(Object value) {
    if (value == null) {
      return "null";
    }
    String text;
    if (value instanceof CharSequence chars) {
      text = StringNode.valueOf(bounded(chars.toString(), LIMIT + 1)).toString();
    } else if (value instanceof Collection<?> collection) {
      text = "[" + collection.size() + " items]";
    } else if (value instanceof Map<?, ?> map) {
      text = "{" + map.size() + " entries}";
    } else if (value.getClass().isArray()) {
      text = "[" + java.lang.reflect.Array.getLength(value) + " items]";
    } else if (value instanceof java.lang.Enum<?> constant) {
      text = "\"" + constant.name() + "\"";
    } else if (value instanceof Number || value instanceof Boolean) {
      text = value.toString();
    } else if (value instanceof java.time.temporal.TemporalAccessor
        || value instanceof java.time.temporal.TemporalAmount
        || value instanceof java.util.UUID
        || value instanceof java.net.URI) {
      text = "\"" + value + "\"";
    } else {
      text = value.toString();
    }
    return bounded(singleLine(text), LIMIT);
  }

  /** {@code text} cut to {@code max} characters, with a marker saying it was cut. */
  static String bounded(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + ELLIPSIS;
  }

  /** Control characters (newlines, tabs) as spaces, so an excerpt stays on one line. */
  static String singleLine(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, ' ');
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean isContinuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  private static String decode(byte[] input, int start, int end) {
    // new String replaces malformed UTF-8 with U+FFFD rather than throwing.
    return new String(input, start, end - start, StandardCharsets.UTF_8);
  }
}
