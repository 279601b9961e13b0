package io.toolwright.dispatch;

import java.util.regex.Pattern;

/**
 * The grammar of each scalar that is a JSON string with a fixed form ({@code char} and the {@code
 * java.time} types): the {@code pattern} its schema shows, which its {@link JsonReaders} method
 * checks before parsing, so that the schema and the run time accept the same strings. Where the
 * schema also names a {@code format} ({@code date-time}, {@code date}, {@code time}), the format
 * checks what a pattern cannot (the days of each month) and the {@code java.time} parser checks
 * the same; where it has none, the pattern says everything.
 *
 * <p>Each pattern is written in the part of the syntax where ECMA-262 (JSON Schema's dialect) and
 * {@code java.util.regex} agree: ASCII classes and {@code \d}, four-digit Unicode escapes, groups,
 * alternatives and bounded repetition, anchored with {@code ^...$}, no look-around (strict-mode
 * providers refuse it). Public for the processor and generated code; not a stable API.
 */
@ForGeneratedCode
public enum ScalarPattern {
  /**
   * One UTF-16 unit that is a character by itself: a Java {@code char} cannot hold a character
   * outside the Basic Multilingual Plane (an emoji), nor is a lone surrogate text. The range ends
   * are the characters themselves rather than regex escapes: networknt's ECMA-262 engine (Joni)
   * refuses a Unicode escape whose first hex digit is a letter, and the schema must load in
   * every validator.
   */
  CHAR("^[\\u0000-\uD7FF\uE000-\uFFFF]$"),

  /**
   * RFC 3339 {@code date-time} ({@code Instant}, {@code OffsetDateTime}, {@code ZonedDateTime})
   * without what {@code java.time} cannot hold: a leap second ({@code :60}), more than nine
   * fraction digits, an offset beyond ±18:00.
   */
  DATE_TIME("^" + Parts.DATE + "[Tt]" + Parts.TIME + Parts.OFFSET + "$"),

  /** RFC 3339 {@code full-date} ({@code LocalDate}); its schema shows {@code format: date}. */
  DATE("^" + Parts.DATE + "$"),

  /** RFC 3339 {@code full-time} ({@code OffsetTime}), narrowed as {@link #DATE_TIME} is. */
  TIME("^" + Parts.TIME + Parts.OFFSET + "$"),

  /** {@code LocalTime}: hours and minutes, seconds and a fraction optional. */
  LOCAL_TIME("^" + Parts.LOCAL_TIME + "$"),

  /**
   * {@code LocalDateTime}: no format names it, so the pattern checks the calendar too (February
   * 29 only in leap years), as {@code LocalDateTime.parse} does.
   */
  LOCAL_DATE_TIME("^" + Parts.CALENDAR_DATE + "[Tt]" + Parts.LOCAL_TIME + "$"),

  /**
   * {@code Duration}: ISO 8601 days, hours, minutes and seconds, as {@code Duration.parse} reads
   * them, with an optional leading minus and a fraction of a second. Not {@code format: duration},
   * which admits years, months and weeks that a {@code Duration} cannot hold exactly. At most 12
   * digits a number, so that no value overflows.
   */
  DURATION(
      "^-?P(?:\\d{1,12}D|(?:\\d{1,12}D)?T(?:(?:\\d{1,12}H)?(?:\\d{1,12}M)?\\d{1,12}(?:\\.\\d{1,9})?S"
          + "|(?:\\d{1,12}H)?\\d{1,12}M|\\d{1,12}H))$"),

  /**
   * {@code Period}: ISO 8601 years, months, weeks and days in that order, as {@code Period.parse}
   * reads them, with an optional leading minus. Not {@code format: duration}, which admits hours
   * and minutes. At most 9 digits a number (8 for weeks), so that no value overflows an {@code
   * int}.
   */
  PERIOD(
      "^-?P(?:(?:\\d{1,9}Y)?(?:\\d{1,9}M)?(?:\\d{1,8}W)?\\d{1,9}D|(?:\\d{1,9}Y)?(?:\\d{1,9}M)?\\d{1,8}W"
          + "|(?:\\d{1,9}Y)?\\d{1,9}M|\\d{1,9}Y)$"),

  /** {@code Year}: four digits. */
  YEAR("^\\d{4}$"),

  /** {@code YearMonth}: four digits, a hyphen and a month. */
  YEAR_MONTH("^\\d{4}-" + Parts.MONTH + "$");

  private final String regex;
  private final Pattern compiled;

  ScalarPattern(String regex) {
    this.regex = regex;
    this.compiled = Pattern.compile(regex);
  }

  /** The pattern as a schema's {@code pattern} keyword holds it. */
  public String regex() {
    return regex;
  }

  /** Whether the whole text matches; {@code $} does not match before a final line break here. */
  public boolean matches(String text) {
    return compiled.matcher(text).matches();
  }

  /** The pieces the patterns are built from. */
  private static final class Parts {
    static final String MONTH = "(?:0[1-9]|1[0-2])";
    static final String DATE = "\\d{4}-" + MONTH + "-(?:0[1-9]|[12]\\d|3[01])";
    static final String FRACTION = "(?:\\.\\d{1,9})?";
    static final String HOUR_MINUTE = "(?:[01]\\d|2[0-3]):[0-5]\\d";
    static final String TIME = HOUR_MINUTE + ":[0-5]\\d" + FRACTION;
    static final String LOCAL_TIME = HOUR_MINUTE + "(?::[0-5]\\d" + FRACTION + ")?";
    static final String OFFSET = "(?:[Zz]|[+-](?:(?:0\\d|1[0-7]):[0-5]\\d|18:00))";

    /** A leap year's last two digits, when they are not 00; or its century, when they are. */
    private static final String LEAP_YEAR =
        "(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[048]|[2468][048]|[13579][26])00)";

    /** A day that exists: 31, 30 or 28 days a month, and February 29 in leap years. */
    static final String CALENDAR_DATE =
        "(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])"
            + "|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)"
            + "|02-(?:0[1-9]|1\\d|2[0-8]))"
            + "|"
            + LEAP_YEAR
            + "-02-29)";

    private Parts() {}
  }
}
