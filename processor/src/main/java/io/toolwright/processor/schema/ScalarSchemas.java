package io.toolwright.processor.schema;

import io.toolwright.processor.model.Scalar;
import io.toolwright.schema.JsonSchema;
import io.toolwright.schema.JsonSchema.BooleanSchema;
import io.toolwright.schema.JsonSchema.NumberSchema;
import io.toolwright.schema.JsonSchema.StringSchema;
import java.math.BigDecimal;
import java.util.List;

/**
 * The schema of each scalar Java type. Formats are the ones strict providers accept where one fits;
 * local date-times and times, which have no JSON Schema format, get a pattern instead.
 */
final class ScalarSchemas {

  static final String LOCAL_TIME_PATTERN = "^\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$";
  static final String LOCAL_DATE_TIME_PATTERN =
      "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$";

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
      case CHAR -> new StringSchema(null, false, null, 1, 1, null, List.of());
      case STRING -> StringSchema.plain();
      case BIG_DECIMAL -> NumberSchema.number(null);
      case BIG_INTEGER -> NumberSchema.integer(null);
      case UUID -> formatted("uuid");
      case URI -> formatted("uri");
      case INSTANT, OFFSET_DATE_TIME, ZONED_DATE_TIME -> formatted("date-time");
      case LOCAL_DATE -> formatted("date");
      case OFFSET_TIME -> formatted("time");
      case LOCAL_TIME -> patterned(LOCAL_TIME_PATTERN);
      case LOCAL_DATE_TIME -> patterned(LOCAL_DATE_TIME_PATTERN);
      case DURATION, PERIOD -> formatted("duration");
      case YEAR -> patterned("^\\d{4}$");
      case YEAR_MONTH -> patterned("^\\d{4}-\\d{2}$");
    };
  }

  private static NumberSchema range(String format, long min, long max) {
    return new NumberSchema(
        null, false, true, format, BigDecimal.valueOf(min), null, BigDecimal.valueOf(max), null);
  }

  private static StringSchema formatted(String format) {
    return new StringSchema(null, false, format, null, null, null, List.of());
  }

  private static StringSchema patterned(String pattern) {
    return new StringSchema(null, false, null, null, null, pattern, List.of());
  }
}
