package io.toolwright.testkit;

import com.github.curiousoddman.rgxgen.RgxGen;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Strings to propose for a string schema: readable ones first, then strings made from its {@code
 * pattern}s (RgxGen), and per {@code format} the forms its specification allows and forms it does
 * not. Proposals only: the {@link SchemaOracle} decides what they are worth.
 */
final class Strings {

  /** A character outside the Basic Multilingual Plane: one code point, two UTF-16 units. */
  static final String ASTRAL = "\uD83D\uDE00";

  /**
   * Whitespace on which ECMA-262's {@code \s} (JSON Schema's pattern dialect) and Java's {@link
   * Character#isWhitespace} (behind {@link String#isBlank()}) agree or disagree: a space, a tab, an
   * em space (both); no-break spaces and the byte-order mark (ECMA only); information separators
   * U+001C to U+001F (Java only).
   */
  static final List<String> WHITESPACE =
      List.of(" ", "\t", "\u2003", "\u00A0", "\u2007", "\u202F", "\uFEFF", "\u001C", "\u001F");

  /** Readable strings, tried first for a valid value, so that instances look like a model's. */
  private static final List<String> READABLE =
      List.of(
          "abc", "text", "Ada", "a", "ABC", "EUR", "123", "2024", "2024-02", "2024-02-29",
          "13:45", "13:45:30", "2024-02-29T13:45", "2024-02-29T13:45:30", "abc-123", "x");

  /** Per format: values its specification accepts, the most ordinary first. */
  private static final Map<String, List<String>> FORMAT_VALID =
      Map.of(
          "date-time",
          List.of(
              "2024-02-29T13:45:30Z",
              "2024-02-29T13:45:30.123456789+05:30",
              "2024-02-29T13:45:30-00:00",
              "2024-02-29t13:45:30z",
              "2016-12-31T23:59:60Z"),
          "date", List.of("2024-02-29", "1999-12-31"),
          "time", List.of("13:45:30Z", "13:45:30.5+01:00", "23:59:60Z", "13:45:30z"),
          "duration",
          List.of("P1D", "PT15M", "P1DT2H", "P1Y2M", "P1W", "PT1H", "P1Y", "PT36H", "P0D"),
          "email", List.of("ana.silva@example.com", "ana+billing@mail.example.org"),
          "uuid",
          List.of(
              "123e4567-e89b-12d3-a456-426614174000", "123E4567-E89B-12D3-A456-426614174000"),
          "uri",
          List.of(
              "https://example.com/a?b=c#d", "urn:isbn:0451450523", "mailto:ana@example.com"));

  /** Per format: values its specification rejects, near misses first. */
  private static final Map<String, List<String>> FORMAT_INVALID =
      Map.of(
          "date-time",
          List.of(
              "2024-02-30T13:45:30Z",
              "2024-02-29T13:45:30",
              "2024-02-29 13:45:30Z",
              "2024-02-29T25:00:00Z",
              "yesterday"),
          "date", List.of("2024-02-30", "2024-2-3", "29.02.2024", "2024-02-29T00:00:00Z"),
          "time", List.of("13:45:30", "25:00:00Z", "13:60:00Z", "1:45:30Z"),
          "duration", List.of("P", "PT", "1D", "P1H", "PT0.5S", "-PT5M", "P1.5D"),
          "email", List.of("not-an-email", "ana@", "@example.com", "ana silva@example.com"),
          "uuid",
          List.of(
              "123e4567e89b12d3a456426614174000",
              "123e4567-e89b-12d3-a456-42661417400",
              "1-2-3-4-5",
              "123e4567-e89b-12d3-a456-4266141740000"),
          "uri", List.of("/relative/path", "not a uri", "http://exa mple.com", "example.com"));

  private static final Map<String, RgxGen> GENERATORS = new ConcurrentHashMap<>();

  private Strings() {}

  /** Proposals for a valid value, most readable first. */
  static List<String> proposals(Facets facets, Random random) {
    Set<String> proposals = new LinkedHashSet<>();
    if (facets.format != null) {
      proposals.addAll(formatValid(facets));
    }
    for (String readable : READABLE) {
      proposals.add(inTime(readable, facets));
    }
    for (String pattern : facets.patterns) {
      for (String made : fromPattern(pattern, random, 8)) {
        proposals.add(inTime(made, facets));
      }
    }
    List<String> fitted = new ArrayList<>();
    for (String proposal : proposals) {
      fitted.add(fit(proposal, facets));
    }
    return fitted;
  }

  /** Up to {@code count} strings RgxGen makes from {@code pattern}; none if it cannot read it. */
  static List<String> fromPattern(String pattern, Random random, int count) {
    List<String> made = new ArrayList<>();
    try {
      RgxGen generator = GENERATORS.computeIfAbsent(pattern, RgxGen::parse);
      for (int i = 0; i < count; i++) {
        made.add(generator.generate(random));
      }
    } catch (RuntimeException e) {
      // RgxGen reads Java's syntax, not all of ECMA-262's; the readable proposals remain.
    }
    return made;
  }

  /** A string RgxGen says does not match {@code pattern}, or {@code null}. */
  static String notMatching(String pattern, Random random) {
    try {
      return GENERATORS.computeIfAbsent(pattern, RgxGen::parse).generateNotMatching(random);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The forms the facets' format allows, moved to a future year where the value must be. */
  static List<String> formatValid(Facets facets) {
    List<String> valid = new ArrayList<>();
    for (String value : FORMAT_VALID.getOrDefault(facets.format, List.of())) {
      valid.add(inTime(value, facets));
    }
    return valid;
  }

  /**
   * A value starting with a year moved to 2996 when the facets say it must be in the future, to
   * 1996 when in the past (both leap years, so February 29 stays a date).
   */
  static String inTime(String value, Facets facets) {
    if (!value.matches("\\d{4}(-.*)?")) {
      return value;
    }
    if (facets.future) {
      return "2996" + value.substring(4);
    }
    return facets.past ? "1996" + value.substring(4) : value;
  }

  static List<String> formatInvalid(String format) {
    return FORMAT_INVALID.getOrDefault(format, List.of());
  }

  /** {@code text} lengthened (its last character repeated) or cut to the facets' lengths. */
  static String fit(String text, Facets facets) {
    int length = codePoints(text);
    if (facets.minLength != null && length < facets.minLength) {
      return ofLength(text.isEmpty() ? "a" : text, facets.minLength);
    }
    if (facets.maxLength != null && length > facets.maxLength) {
      return ofLength(text, facets.maxLength);
    }
    return text;
  }

  /** {@code text} cut or lengthened to {@code length} code points, repeating its last one. */
  static String ofLength(String text, int length) {
    int[] points = text.codePoints().toArray();
    if (points.length == 0) {
      points = new int[] {'a'};
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.appendCodePoint(points[Math.min(i, points.length - 1)]);
    }
    return out.toString();
  }

  static int codePoints(String text) {
    return text.codePointCount(0, text.length());
  }
}
