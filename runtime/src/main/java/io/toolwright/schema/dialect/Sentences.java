package io.toolwright.schema.dialect;

import java.math.BigDecimal;
import java.util.Map;

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

  private final StringBuilder text = new StringBuilder();

  /** The description with the sentences appended; {@code null} when both are empty. */
  String appendedTo(String description) {
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

  private Sentences add(String sentence) {
    if (text.length() > 0) {
      text.append(' ');
    }
    text.append(sentence);
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

  Sentences pattern(String pattern) {
    // @NotBlank alone: the words say it shorter than the expression.
    return add(pattern.equals("\\S") ? "Must not be blank." : "Must match /" + pattern + "/.");
  }

  Sentences format(String format) {
    return add(FORMATS.getOrDefault(format, "Format: " + format + "."));
  }

  Sentences constant(boolean value) {
    return add("Must be " + value + ".");
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
