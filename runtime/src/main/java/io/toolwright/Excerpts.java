package io.toolwright;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Bounded, single-line, visible excerpts of text from a model or a tool, for error messages and
 * {@code toString()}. An error goes back to the model and usually into logs, so it quotes at most
 * {@value #LIMIT} characters of the input, never the whole of it, and nothing in it can break a
 * line, reorder what is shown or hide: controls, line and paragraph separators (Unicode categories
 * Cc, Zl, Zp), invisible format characters (Cf: bidi controls such as U+202E, zero-width
 * characters, U+FEFF, tag characters) and unpaired surrogates.
 *
 * <ul>
 *   <li>JSON values ({@link #of}) keep JSON's form: such characters become <code>&#92;uXXXX</code>
 *       escapes, so an excerpt of a string still reads as that string.
 *   <li>Plain text ({@link #text}: tool names, exception messages, Jackson's messages) shows a
 *       control or line break as a space, so a multi-line message reads as one line, and an
 *       invisible character as a <code>&#92;uXXXX</code> escape, so that it shows.
 * </ul>
 *
 * <p>Also what the model is told of a throwable: a {@link ToolException}'s {@linkplain #message
 * message}, any other's {@linkplain #className class name}.
 *
 * <p>Not part of the API: public only so that {@code io.toolwright.dispatch.Problems} and {@code
 * ConstraintChecks}, which generated code calls, and the logging listener render text with this one implementation.
 */
public final class Excerpts {

  /** The most characters of input any excerpt quotes. */
  public static final int LIMIT = 80;

  /** The most characters of a {@link ToolException}'s message passed on to the model. */
  public static final int MESSAGE_LIMIT = 200;

  private static final int BEFORE = 30;
  private static final char ELLIPSIS = '…';
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Excerpts() {}

  /**
   * A {@link ToolException}'s message as the model gets it: on one visible line, at most {@value
   * #MESSAGE_LIMIT} characters, stripped; empty when there is none.
   */
  public static String message(Throwable thrown) {
    String message = thrown.getMessage();
    // Cut before stripping: a message may be megabytes long.
    return message == null ? "" : text(message, MESSAGE_LIMIT).strip();
  }

  /**
   * All the model is told of a throwable other than a {@link ToolException}: its simple class name
   * (the binary name for an anonymous class), never its message, which may hold secrets.
   */
  public static String className(Throwable thrown) {
    String name = thrown.getClass().getSimpleName();
    return name.isEmpty() ? thrown.getClass().getName() : name;
  }

  /**
   * A JSON value as compact JSON, cut after {@value #LIMIT} characters with a trailing {@code …};
   * {@code null} when absent. Renders only as much of the value as the excerpt shows: the value may
   * be a megabyte-wide array or nested far deeper than a serialiser accepts.
   */
  public static String of(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    if (render(node, text) && text.length() <= LIMIT) {
      return text.toString();
    }
    return cut(text, LIMIT);
  }

  /**
   * Text from a model or a tool, shown on one line: at most {@code max} characters (escapes
   * included) and a {@code …} if cut; controls and line breaks as spaces, invisible characters and
   * unpaired surrogates as <code>&#92;uXXXX</code>. Reads only as much of {@code text} as it shows.
   */
  public static String text(String text, int max) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 1);
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int before = out.length();
      switch (kind(c)) {
        case BREAK -> out.append(' ');
        case HIDDEN -> escape(c, out);
        default -> out.appendCodePoint(c);
      }
      if (out.length() > max) {
        out.setLength(before);
        return out.append(ELLIPSIS).toString();
      }
      i += Character.charCount(c);
    }
    return out.toString();
  }

  /**
   * The input around a byte offset (where a parser stopped): up to {@value #BEFORE} bytes before
   * and the rest of {@value #LIMIT} after, cut on UTF-8 character boundaries, as {@link #text}.
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
    StringBuilder excerpt = new StringBuilder();
    if (start > 0) {
      excerpt.append(ELLIPSIS);
    }
    // new String replaces malformed UTF-8 with U+FFFD rather than throwing.
    String shown = text(new String(input, start, end - start, StandardCharsets.UTF_8), LIMIT);
    excerpt.append(shown);
    if (end < input.length && !shown.endsWith(String.valueOf(ELLIPSIS))) {
      excerpt.append(ELLIPSIS);
    }
    return excerpt.toString();
  }

  /**
   * A Java value Bean Validation rejected: strings quoted as JSON, collections by size (their
   * elements have their own pointers), anything else by {@code toString()}, all bounded.
   */
  public static String ofJava(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof CharSequence chars) {
      StringBuilder quoted = new StringBuilder();
      quote(chars.toString(), quoted);
      return quoted.length() <= LIMIT ? quoted.toString() : cut(quoted, LIMIT);
    }
    String text;
    if (value instanceof Collection<?> collection) {
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
    return text(text, LIMIT);
  }

  /** Appends compact JSON until the excerpt is full; {@code false} once it is. */
  private static boolean render(JsonNode node, StringBuilder out) {
    // Every container adds at least one character, so this recursion is at most the limit deep.
    if (out.length() > LIMIT) {
      return false;
    }
    if (node.isObject()) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        quote(property.getKey(), out);
        out.append(':');
        if (!render(property.getValue(), out)) {
          return false;
        }
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        if (!render(node.get(i), out)) {
          return false;
        }
      }
      out.append(']');
    } else if (node.isString()) {
      quote(node.stringValue(), out);
    } else {
      // Numbers, booleans, null; anything else (a POJO node) is made visible text too.
      out.append(text(node.toString(), LIMIT + 1));
    }
    return out.length() <= LIMIT;
  }

  /**
   * A string as a JSON string literal, of which at most the first {@value #LIMIT} + 1 characters
   * are shown (the excerpt is cut after that anyway): JSON's escapes, and <code>&#92;uXXXX</code>
   * for every character {@link #text} would not show as it is.
   */
  private static void quote(String text, StringBuilder out) {
    out.append('"');
    int end = Math.min(text.length(), LIMIT + 1);
    for (int i = 0; i < end; ) {
      int c = text.codePointAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (kind(c) == Kind.SHOWN) {
            out.appendCodePoint(c);
          } else {
            escape(c, out);
          }
        }
      }
      i += Character.charCount(c);
    }
    if (end == text.length()) {
      out.append('"');
    }
  }

  private enum Kind {
    SHOWN,
    /** Ends or breaks a line: shown as a space in text. */
    BREAK,
    /** Invisible, or changes how what follows is shown: escaped. */
    HIDDEN
  }

  private static Kind kind(int c) {
    if (c < 0x7F) {
      return c < 0x20 ? Kind.BREAK : Kind.SHOWN;
    }
    switch (Character.getType(c)) {
      case Character.CONTROL, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR:
        return Kind.BREAK;
      case Character.FORMAT, Character.SURROGATE:
        return Kind.HIDDEN;
      default:
        return Kind.SHOWN;
    }
  }

  /**
   * <code>&#92;uXXXX</code>, as a surrogate pair of escapes beyond the Basic Multilingual Plane.
   */
  private static void escape(int c, StringBuilder out) {
    if (Character.isSupplementaryCodePoint(c)) {
      escape(Character.highSurrogate(c), out);
      escape(Character.lowSurrogate(c), out);
      return;
    }
    out.append("\\u")
        .append(HEX[(c >> 12) & 0xF])
        .append(HEX[(c >> 8) & 0xF])
        .append(HEX[(c >> 4) & 0xF])
        .append(HEX[c & 0xF]);
  }

  /** The first {@code max} characters and {@code …}, not splitting a surrogate pair. */
  private static String cut(CharSequence text, int max) {
    int end = max;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.subSequence(0, end) + String.valueOf(ELLIPSIS);
  }

  private static boolean isContinuation(byte b) {
    return (b & 0xC0) == 0x80;
  }
}
