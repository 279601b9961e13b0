package io.toolwright.processor.schema;

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
      // No bounds: validators that read numbers as doubles cannot compare them exactly at 2^63.
      case LONG -> NumberSchema.integer("int64");
      case FLOAT -> NumberSchema.number("float");
      case DOUBLE -> NumberSchema.number("double");
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

  private static NumberSchema range(String format, long min, long max) {
    return new NumberSchema(
        null, false, true, format, BigDecimal.valueOf(min), null, BigDecimal.valueOf(max), null);
  }

  private static StringSchema formatted(String format, ScalarPattern pattern) {
    return new StringSchema(
        null, false, format, null, null, pattern == null ? null : pattern.regex(), List.of());
  }
}
