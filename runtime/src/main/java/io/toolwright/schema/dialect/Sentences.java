package io.toolwright.schema.dialect;

import io.toolwright.dispatch.ScalarPattern;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The sentences that stand in for keywords a dialect cannot say, appended to the description in the
 * style of the processor's {@code Descriptions} ({@code "At most 200 characters."}), so that every
 * constraint the run time enforces stays visible to the model.
 */
final class Sentences {

  private static final Map<String, String> FORMATS =
      Map.of(
          "date-time", "An RFC 3339 date-time.",
          "date", "An RFC 3339 date.",
          "time", "An RFC 3339 time.",
          "duration", "An ISO 8601 duration.",
          "email", "An email address.",
          "uri", "A URI.",
          "uuid", "A UUID.",
          "hostname", "A host name.",
          "ipv4", "An IPv4 address.",
          "ipv6", "An IPv6 address.");

  /**
   * The type patterns of {@code char} and the {@code java.time} types in words: the expression
   * costs a model tens of tokens and says the form less plainly. An empty phrase where the format's
   * sentence already says it (the pattern only leaves out what {@code java.time} cannot hold: a
   * leap second, an offset beyond ±18:00, more than nine fraction digits).
   */
  private static final Map<String, String> TYPE_PATTERNS =
      Map.of(
          ScalarPattern.CHAR.regex(), "Not beyond U+FFFF.",
          ScalarPattern.DATE_TIME.regex(), "An RFC 3339 date-time.",
          ScalarPattern.DATE.regex(), "An RFC 3339 date.",
          ScalarPattern.TIME.regex(), "An RFC 3339 time.",
          ScalarPattern.LOCAL_TIME.regex(), "A local time such as 14:30 or 14:30:15.5.",
          ScalarPattern.LOCAL_DATE_TIME.regex(), "A local date-time such as 2026-12-02T14:30.",
          ScalarPattern.DURATION.regex(), "An ISO 8601 duration in days to seconds, like PT15M.",
          ScalarPattern.PERIOD.regex(), "An ISO 8601 period in years to days, like P1Y2M.",
          ScalarPattern.YEAR.regex(), "A four-digit year.",
          ScalarPattern.YEAR_MONTH.regex(), "A year and month such as 2026-12.");

  private final List<String> sentences = new ArrayList<>();

  /**
   * The description with the sentences appended; {@code null} when both are empty. A sentence the
   * description already says ({@code "how many a page holds, from 1 to 100"}) is not repeated.
   */
  String appendedTo(String description) {
    String said = description == null ? "" : description;
    StringBuilder text = new StringBuilder();
    for (String sentence : sentences) {
      if (!says(said, sentence.substring(0, sentence.length() - 1))) {
        text.append(text.length() > 0 ? " " : "").append(sentence);
      }
    }
    if (text.length() == 0) {
      return description;
    }
    if (description == null || description.isEmpty()) {
      return text.toString();
    }
    char last = description.charAt(description.length() - 1);
    String joint = last == '.' || last == '!' || last == '?' ? " " : ". ";
    return description + joint + text;
  }

  /** Whether {@code text} has {@code words} as whole words, ignoring case ("at least 1 item"). */
  private static boolean says(String text, String words) {
    return Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
        .matcher(text)
        .find();
  }

  private Sentences add(String sentence) {
    sentences.add(sentence);
    return this;
  }

  Sentences lengths(Integer min, Integer max) {
    return range(min, max, "character", "characters");
  }

  Sentences items(Integer min, Integer max) {
    return range(min, max, "item", "items");
  }

  Sentences entries(Integer min, Integer max) {
    return range(min, max, "entry", "entries");
  }

  private Sentences range(Integer min, Integer max, String one, String many) {
    if (min != null && max != null) {
      return add(
          min.equals(max)
              ? "Exactly " + count(min, one, many) + "."
              : "From " + min + " to " + count(max, one, many) + ".");
    }
    if (min != null) {
      return add("At least " + count(min, one, many) + ".");
    }
    if (max != null) {
      return add("At most " + count(max, one, many) + ".");
    }
    return this;
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** Number bounds; either of each pair may be {@code null}. */
  Sentences bounds(
      BigDecimal min, BigDecimal exclusiveMin, BigDecimal max, BigDecimal exclusiveMax) {
    if (min != null && max != null) {
      add("From " + plain(min) + " to " + plain(max) + ".");
    } else if (min != null) {
      add("At least " + plain(min) + ".");
    } else if (max != null) {
      add("At most " + plain(max) + ".");
    }
    if (exclusiveMin != null) {
      add("Greater than " + plain(exclusiveMin) + ".");
    }
    if (exclusiveMax != null) {
      add("Less than " + plain(exclusiveMax) + ".");
    }
    return this;
  }

  Sentences multipleOf(BigDecimal step) {
    return add("A multiple of " + plain(step) + ".");
  }

  Sentences uniqueItems() {
    return add("Items must be unique.");
  }

  /**
   * A pattern, beside the string's {@code format} ({@code null} for none): in words where they say
   * it shorter than the expression ({@code @NotBlank}'s {@code \\S}, a type's pattern), and not at
   * all where the format's sentence says the same.
   */
  Sentences pattern(String pattern, String format) {
    if (pattern.equals("\\S")) {
      return add("Must not be blank.");
    }
    String phrase = TYPE_PATTERNS.get(pattern);
    if (phrase == null) {
      return add("Must match /" + unwrapped(pattern) + "/.");
    }
    return format != null && phrase.equals(FORMATS.get(format)) ? this : add(phrase);
  }

  /**
   * {@code @Pattern}'s whole-string form {@code ^(?:r)$} as {@code ^r$}, the same expression in
   * fewer tokens, where {@code r} has no alternative at its top level.
   */
  static String unwrapped(String pattern) {
    if (!pattern.startsWith("^(?:") || !pattern.endsWith(")$")) {
      return pattern;
    }
    String inner = pattern.substring(4, pattern.length() - 2);
    int depth = 0;
    boolean inClass = false;
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth < 0) {
        return pattern; // the last ")" closes another group: ^(?:a)|(?:b)$
      } else if (c == '|' && depth == 0) {
        return pattern;
      }
    }
    return depth == 0 && !inClass ? "^" + inner + "$" : pattern;
  }

  Sentences format(String format) {
    return add(FORMATS.getOrDefault(format, "Format: " + format + "."));
  }

  /**
   * What a model is not shown where it is written, an array's items' or a map's values' own
   * description, said on the container: {@code "Each item: At most 20 characters."}.
   */
  Sentences each(String what, String description) {
    return description == null || description.isEmpty() ? this : add(what + ": " + description);
  }

  Sentences constant(boolean value) {
    return add("Must be " + value + ".");
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
