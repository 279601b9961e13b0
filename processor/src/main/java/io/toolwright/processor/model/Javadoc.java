package io.toolwright.processor.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * A doc comment reduced to what a model reads: plain text, one line, no HTML or inline tags. Only
 * the main text and {@code @param} tags matter here; other block tags are dropped.
 */
final class Javadoc {

  private static final Javadoc NONE = new Javadoc(null, Map.of());
  private static final Pattern BLOCK_TAG = Pattern.compile("^\\s*@([a-zA-Z]+)\\b(.*)$");
  private static final Pattern PARAM = Pattern.compile("^\\s*(\\S+)\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern HTML_TAG = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]*)[^<>]*>");
  private static final Pattern BLOCK_ELEMENT =
      Pattern.compile("(?i)p|br|li|ul|ol|dl|dt|dd|div|pre|blockquote|table|tr|td|th|h[1-6]");
  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});");
  private static final Map<String, String> NAMED_ENTITIES =
      Map.of("lt", "<", "gt", ">", "amp", "&", "quot", "\"", "apos", "'", "nbsp", " ");

  private final String mainText;
  private final Map<String, String> params;

  private Javadoc(String mainText, Map<String, String> params) {
    this.mainText = mainText;
    this.params = params;
  }

  static Javadoc of(Elements elements, Element element) {
    String comment = elements.getDocComment(element);
    return comment == null ? NONE : parse(comment);
  }

  static Javadoc parse(String comment) {
    StringBuilder main = new StringBuilder();
    Map<String, String> params = new LinkedHashMap<>();
    String tag = null;
    StringBuilder tagText = new StringBuilder();
    for (String rawLine : comment.split("\\R")) {
      String line = rawLine.replaceFirst("^\\s*\\*(?!/)", "");
      Matcher block = BLOCK_TAG.matcher(line);
      if (block.matches()) {
        addParam(params, tag, tagText);
        tag = block.group(1);
        tagText.setLength(0);
        tagText.append(block.group(2));
      } else if (tag != null) {
        tagText.append('\n').append(line);
      } else {
        main.append(line).append('\n');
      }
    }
    addParam(params, tag, tagText);
    return new Javadoc(plain(main.toString()), params);
  }

  /** The text before the first block tag, or {@code null} when there is none. */
  String mainText() {
    return mainText;
  }

  /** The text of {@code @param name}, or {@code null}. */
  String param(String name) {
    return params.get(name);
  }

  private static void addParam(Map<String, String> params, String tag, StringBuilder text) {
    if (!"param".equals(tag)) {
      return;
    }
    Matcher param = PARAM.matcher(text);
    if (param.matches() && !param.group(1).startsWith("<")) {
      String description = plain(param.group(2));
      if (description != null) {
        params.putIfAbsent(param.group(1), description);
      }
    }
  }

  /** Plain single-line text: inline tags resolved, HTML removed, whitespace collapsed. */
  static String plain(String text) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf("{@", i);
      if (open < 0) {
        out.append(stripHtml(text.substring(i)));
        break;
      }
      out.append(stripHtml(text.substring(i, open)));
      int close = matchingBrace(text, open);
      out.append(inlineTag(text.substring(open + 2, close)));
      i = Math.min(close + 1, text.length());
    }
    String result = out.toString().replaceAll("\\s+", " ").trim();
    return result.isEmpty() ? null : result;
  }

  private static int matchingBrace(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return text.length();
  }

  /** {@code code x} → {@code x}; {@code link Type#member label} → the label, else the member. */
  private static String inlineTag(String body) {
    String[] parts = body.trim().split("\\s+", 2);
    String name = parts[0];
    String rest = parts.length > 1 ? parts[1] : "";
    switch (name) {
      case "link":
      case "linkplain":
      case "value":
        String[] target = rest.split("\\s+", 2);
        if (target.length > 1) {
          return target[1];
        }
        return target[0].replaceFirst("^#", "").replace('#', '.').replaceAll("\\(.*\\)$", "");
      case "inheritDoc":
        return "";
      default:
        // {@code}, {@literal} and unknown tags: the text as written.
        return rest;
    }
  }

  private static String stripHtml(String text) {
    // Block elements separate words; inline ones (<b>, <em>) sit inside them.
    String stripped =
        HTML_TAG
            .matcher(text)
            .replaceAll(tag -> BLOCK_ELEMENT.matcher(tag.group(1)).matches() ? " " : "");
    return decodeEntities(stripped);
  }

  /**
   * HTML character references, in one pass so that {@code &amp;lt;} stays {@code &lt;}: numeric
   * ones ({@code &#64;}, {@code &#x40;}, which Javadoc writers use for {@code @} and braces) and
   * the common named ones. Anything else, such as an invalid code point or an unknown name, is left
   * as written.
   */
  static String decodeEntities(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    return ENTITY.matcher(text).replaceAll(entity -> Matcher.quoteReplacement(decode(entity)));
  }

  private static String decode(MatchResult entity) {
    String body = entity.group(1);
    if (body.charAt(0) != '#') {
      String named = NAMED_ENTITIES.get(body);
      return named != null ? named : entity.group();
    }
    boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
    String digits = body.substring(hex ? 2 : 1);
    try {
      int codePoint = Integer.parseInt(digits, hex ? 16 : 10);
      boolean surrogate =
          codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
      if (Character.isValidCodePoint(codePoint) && !surrogate && codePoint != 0) {
        // A description is one line of text: a control character is a space there.
        return Character.isISOControl(codePoint) ? " " : Character.toString(codePoint);
      }
    } catch (NumberFormatException tooLong) {
      // fall through: left as written
    }
    return entity.group();
  }
}
