package io.toolwright.schema.dialect;

import io.toolwright.dispatch.JsonReaders;
import io.toolwright.schema.JsonSchema.NumberSchema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/**
 * A number's keywords as every dialect writes them: without the Java type's own range and format,
 * and with an integer's exclusive bound as the inclusive one it equals.
 *
 * <p>The range of an {@code int}, {@code long}, {@code float} or {@code double} is dropped: no
 * model writes 2147483648 for a count, and the run time answers such a value with a structured
 * error. A {@code byte}'s or {@code short}'s range stays: a model may well write 200 or 40000.
 */
final class LeanNumbers {

  private static final Set<String> TYPE_FORMATS = Set.of("int32", "int64", "float", "double");

  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  /** Inclusive lower bounds that are a Java type's whole range. */
  private static final List<BigDecimal> TYPE_MINIMA =
      List.of(
          BigDecimal.valueOf(Integer.MIN_VALUE),
          LONG_MIN,
          JsonReaders.FLOAT_LIMIT.negate(),
          JsonReaders.DOUBLE_LIMIT.negate());

  private static final List<BigDecimal> TYPE_MAXIMA =
      List.of(
          BigDecimal.valueOf(Integer.MAX_VALUE),
          LONG_MAX,
          JsonReaders.FLOAT_LIMIT,
          JsonReaders.DOUBLE_LIMIT);

  /** A long's range as the processor writes it: exclusive bounds just beyond it. */
  private static final BigDecimal LONG_EXCLUSIVE_MIN = LONG_MIN.subtract(BigDecimal.ONE);

  private static final BigDecimal LONG_EXCLUSIVE_MAX = LONG_MAX.add(BigDecimal.ONE);

  private LeanNumbers() {}

  /** Whether a format only names the Java type ({@code int32}, {@code double}, ...). */
  static boolean isTypeFormat(String format) {
    return TYPE_FORMATS.contains(format);
  }

  static NumberSchema of(NumberSchema number) {
    BigDecimal min = in(TYPE_MINIMA, number.minimum()) ? null : number.minimum();
    BigDecimal max = in(TYPE_MAXIMA, number.maximum()) ? null : number.maximum();
    BigDecimal exclusiveMin =
        same(LONG_EXCLUSIVE_MIN, number.exclusiveMinimum()) ? null : number.exclusiveMinimum();
    BigDecimal exclusiveMax =
        same(LONG_EXCLUSIVE_MAX, number.exclusiveMaximum()) ? null : number.exclusiveMaximum();
    if (number.integral()) {
      // exclusiveMinimum 0 is minimum 1 for an integer: exact, and shorter.
      if (exclusiveMin != null) {
        min = larger(min, exclusiveMin.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE));
        exclusiveMin = null;
      }
      if (exclusiveMax != null) {
        max = smaller(max, exclusiveMax.setScale(0, RoundingMode.CEILING).subtract(BigDecimal.ONE));
        exclusiveMax = null;
      }
    }
    String format =
        number.format() == null || isTypeFormat(number.format()) ? null : number.format();
    return new NumberSchema(
        number.description(),
        number.nullable(),
        number.integral(),
        format,
        min,
        exclusiveMin,
        max,
        exclusiveMax,
        number.multipleOf());
  }

  private static boolean in(List<BigDecimal> limits, BigDecimal value) {
    if (value == null) {
      return false;
    }
    for (BigDecimal limit : limits) {
      if (same(limit, value)) {
        return true;
      }
    }
    return false;
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return b != null && a.compareTo(b) == 0;
  }

  private static BigDecimal larger(BigDecimal a, BigDecimal b) {
    return a == null || b.compareTo(a) > 0 ? b : a;
  }

  private static BigDecimal smaller(BigDecimal a, BigDecimal b) {
    return a == null || b.compareTo(a) < 0 ? b : a;
  }
}
