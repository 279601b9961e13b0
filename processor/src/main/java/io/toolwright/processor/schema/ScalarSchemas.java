package io.toolwright.processor.schema;

import io.toolwright.dispatch.JsonReaders;
import io.toolwright.dispatch.ScalarPattern;
import io.toolwright.processor.model.Scalar;
import io.toolwright.schema.JsonSchema;
import io.toolwright.schema.JsonSchema.BooleanSchema;
import io.toolwright.schema.JsonSchema.NumberSchema;
import io.toolwright.schema.JsonSchema.StringSchema;
import java.math.BigDecimal;
import java.util.List;

/**
 * The schema of each scalar Java type. Formats are the ones strict providers accept where one fits.
 * A string scalar with a fixed form gets the {@link ScalarPattern} its reader checks: alone where
 * no format says the same ({@code char}, local times and date-times, durations, periods, years),
 * next to the format where the format admits what {@code java.time} cannot hold (a leap second, an
 * offset beyond ±18:00).
 */
final class ScalarSchemas {

  private ScalarSchemas() {}

  static JsonSchema of(Scalar scalar) {
    return switch (scalar) {
      case BOOLEAN -> BooleanSchema.plain();
      case BYTE -> range(null, Byte.MIN_VALUE, Byte.MAX_VALUE);
      case SHORT -> range(null, Short.MIN_VALUE, Short.MAX_VALUE);
      // 2020-12 validators do not assert "int32": without the bounds the schema would accept a
      // value an int cannot hold, which the run time rejects.
      case INT -> range("int32", Integer.MIN_VALUE, Integer.MAX_VALUE);
      // Every bound the run time enforces is shown, so a value beyond it is schema-invalid too. As
      // exclusive bounds beyond the range: a validator that compares in 64 bits when a bound fits
      // in a long (networknt does) would fail on 2^63 itself, and one that reads numbers as
      // doubles compares loosely either way.
      case LONG ->
          new NumberSchema(
              null,
              false,
              true,
              "int64",
              null,
              BigDecimal.valueOf(Long.MIN_VALUE).subtract(BigDecimal.ONE),
              null,
              BigDecimal.valueOf(Long.MAX_VALUE).add(BigDecimal.ONE));
      // The run time compares the exact decimal with the shortest decimal of the largest finite
      // value (JsonReaders), so 1e309 is refused by both rather than becoming infinity.
      case FLOAT -> range("float", JsonReaders.FLOAT_LIMIT);
      case DOUBLE -> range("double", JsonReaders.DOUBLE_LIMIT);
      // One character to JSON Schema is one code point; the pattern keeps to those a char holds.
      case CHAR -> new StringSchema(null, false, null, 1, 1, ScalarPattern.CHAR.regex(), List.of());
      case STRING -> StringSchema.plain();
      case BIG_DECIMAL -> NumberSchema.number(null);
      case BIG_INTEGER -> NumberSchema.integer(null);
      case UUID -> formatted("uuid", null);
      case URI -> formatted("uri", null);
      case INSTANT, OFFSET_DATE_TIME, ZONED_DATE_TIME ->
          formatted("date-time", ScalarPattern.DATE_TIME);
      // "date" is RFC 3339's full-date, all of which the reader reads: no pattern needed.
      case LOCAL_DATE -> formatted("date", null);
      case OFFSET_TIME -> formatted("time", ScalarPattern.TIME);
      case LOCAL_TIME -> formatted(null, ScalarPattern.LOCAL_TIME);
      case LOCAL_DATE_TIME -> formatted(null, ScalarPattern.LOCAL_DATE_TIME);
      case DURATION -> formatted(null, ScalarPattern.DURATION);
      case PERIOD -> formatted(null, ScalarPattern.PERIOD);
      case YEAR -> formatted(null, ScalarPattern.YEAR);
      case YEAR_MONTH -> formatted(null, ScalarPattern.YEAR_MONTH);
    };
  }

  /**
   * The schema of a scalar in a tool's result, as Jackson 3's default mapper writes it. It says
   * only what every value of the type satisfies, so no pattern: a reader's pattern keeps to what
   * the run time reads, while a returned value may be anything the type holds ({@code Duration}
   * writes {@code PT-5M}, which the reader refuses). Jackson writes an {@code OffsetTime} without
   * seconds when they are zero ({@code 09:30+01:00}), which is not RFC 3339's {@code time}, and a
   * {@code Year} as a number.
   */
  static JsonSchema ofResult(Scalar scalar) {
    return switch (scalar) {
      case CHAR -> new StringSchema(null, false, null, 1, 1, null, List.of());
      // java.net.URI holds relative references too.
      case URI -> formatted("uri-reference", null);
      case INSTANT, OFFSET_DATE_TIME, ZONED_DATE_TIME -> formatted("date-time", null);
      case OFFSET_TIME, LOCAL_TIME, LOCAL_DATE_TIME, DURATION, PERIOD, YEAR_MONTH ->
          StringSchema.plain();
      case YEAR -> NumberSchema.integer(null);
      default -> of(scalar);
    };
  }

  /** A number from {@code -limit} to {@code limit}. */
  private static NumberSchema range(String format, BigDecimal limit) {
    return new NumberSchema(null, false, false, format, limit.negate(), null, limit, null);
  }

  private static NumberSchema range(String format, long min, long max) {
    return new NumberSchema(
        null, false, true, format, BigDecimal.valueOf(min), null, BigDecimal.valueOf(max), null);
  }

  private static StringSchema formatted(String format, ScalarPattern pattern) {
    return new StringSchema(
        null, false, format, null, null, pattern == null ? null : pattern.regex(), List.of());
  }
}
