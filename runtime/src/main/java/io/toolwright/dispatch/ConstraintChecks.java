package io.toolwright.dispatch;

import io.toolwright.ArgumentProblem;
import io.toolwright.EcmaWhitespace;
import io.toolwright.Excerpts;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The Bean Validation constraints on a tool's parameters that the processor compiled into the
 * generated {@code prepare} method, checked without Bean Validation: the schema's own keywords
 * ({@code pattern}, {@code minLength}, {@code minimum}, ...), so a tool whose constraints are all
 * compiled never starts Hibernate Validator.
 *
 * <p>Each check accepts and rejects exactly what the registry's default validator does (Hibernate
 * Validator with {@code ToolwrightValidation}'s definitions): the comparisons below are Hibernate
 * Validator's for each Java type, {@code -0.0} and rounding included, so a {@code double} under
 * {@code @Min(0)} rejects {@code -0.0} while under {@code @DecimalMin("0")} it does not. The
 * processor writes the message the default validator would have interpolated; the excerpt of the
 * value is the one Bean Validation's problems carry. {@code null} (an empty {@code Optional}, a
 * {@code @Nullable} value left out) passes every check, as it passes the stand-ins the processor
 * writes for Bean Validation.
 *
 * <p>Generated code makes one per call after the arguments converted, checks, and ends with {@link
 * #throwIfAny(Object)}: the executor then adds what Bean Validation finds in the tool's remaining
 * constraints, so the model gets every broken constraint in one answer, ordered as Bean
 * Validation's are.
 */
@ForGeneratedCode
public final class ConstraintChecks {

  private List<ArgumentProblem> problems;

  /** {@code @Pattern}: the whole value matches. */
  public void matches(String pointer, String value, Pattern pattern, String message) {
    if (value != null && !pattern.matcher(value).matches()) {
      add(pointer, message, value);
    }
  }

  /** {@code @Size}, {@code @Length}, {@code @NotEmpty} on a string: a length in code points. */
  public void length(String pointer, String value, int min, int max, String message) {
    if (value != null) {
      int codePoints = value.codePointCount(0, value.length());
      if (codePoints < min || codePoints > max) {
        add(pointer, message, value);
      }
    }
  }

  /** {@code @NotBlank}: a character that is not ECMA-262 white space, as the schema's {@code \S}. */
  public void notBlank(String pointer, String value, String message) {
    if (value != null && !EcmaWhitespace.hasNonWhitespace(value)) {
      add(pointer, message, value);
    }
  }

  /** {@code @AssertTrue} ({@code expected} true), {@code @AssertFalse}. */
  public void is(String pointer, boolean value, boolean expected, String message) {
    if (value != expected) {
      add(pointer, message, value);
    }
  }

  /** A lower bound on an integer type ({@code @Min}, {@code @Positive}, ...). */
  public void min(String pointer, long value, long bound, boolean inclusive, String message) {
    check(pointer, Long.compare(value, bound), 1, inclusive, message, value);
  }

  /** An upper bound on an integer type. */
  public void max(String pointer, long value, long bound, boolean inclusive, String message) {
    check(pointer, Long.compare(value, bound), -1, inclusive, message, value);
  }

  /**
   * A bound from {@code @Min}, {@code @Max}, {@code @Range} or a sign constraint on a {@code
   * double}, compared as Hibernate Validator does: {@code Double.compare} with the bound as a
   * {@code double}, so {@code -0.0} is below {@code 0}, and NaN fails.
   */
  public void min(String pointer, double value, double bound, boolean inclusive, String message) {
    check(pointer, Double.isNaN(value) ? -1 : Double.compare(value, bound), 1, inclusive, message,
        value);
  }

  /** Like {@link #min(String, double, double, boolean, String)}, from above. */
  public void max(String pointer, double value, double bound, boolean inclusive, String message) {
    check(pointer, Double.isNaN(value) ? 1 : Double.compare(value, bound), -1, inclusive, message,
        value);
  }

  /** Like {@link #min(String, double, double, boolean, String)} for a {@code float}. */
  public void min(String pointer, float value, float bound, boolean inclusive, String message) {
    check(pointer, Float.isNaN(value) ? -1 : Float.compare(value, bound), 1, inclusive, message,
        value);
  }

  /** Like {@link #max(String, double, double, boolean, String)} for a {@code float}. */
  public void max(String pointer, float value, float bound, boolean inclusive, String message) {
    check(pointer, Float.isNaN(value) ? 1 : Float.compare(value, bound), -1, inclusive, message,
        value);
  }

  /** A lower bound on a {@code BigDecimal}, from any numeric constraint. */
  public void min(
      String pointer, BigDecimal value, BigDecimal bound, boolean inclusive, String message) {
    check(pointer, value.compareTo(bound), 1, inclusive, message, value);
  }

  /** An upper bound on a {@code BigDecimal}. */
  public void max(
      String pointer, BigDecimal value, BigDecimal bound, boolean inclusive, String message) {
    check(pointer, value.compareTo(bound), -1, inclusive, message, value);
  }

  /** A lower bound on a {@code BigInteger}, compared as a decimal. */
  public void min(
      String pointer, BigInteger value, BigDecimal bound, boolean inclusive, String message) {
    check(pointer, new BigDecimal(value).compareTo(bound), 1, inclusive, message, value);
  }

  /** An upper bound on a {@code BigInteger}. */
  public void max(
      String pointer, BigInteger value, BigDecimal bound, boolean inclusive, String message) {
    check(pointer, new BigDecimal(value).compareTo(bound), -1, inclusive, message, value);
  }

  /** A {@code @DecimalMin} on an integer type. */
  public void decimalMin(
      String pointer, long value, BigDecimal bound, boolean inclusive, String message) {
    check(pointer, BigDecimal.valueOf(value).compareTo(bound), 1, inclusive, message, value);
  }

  /** A {@code @DecimalMax} on an integer type. */
  public void decimalMax(
      String pointer, long value, BigDecimal bound, boolean inclusive, String message) {
    check(pointer, BigDecimal.valueOf(value).compareTo(bound), -1, inclusive, message, value);
  }

  /**
   * A {@code @DecimalMin} on a {@code double}: compared as {@code BigDecimal.valueOf(value)}, the
   * decimal {@code Double.toString} prints, as Hibernate Validator does; infinities beyond every
   * bound, NaN failing.
   */
  public void decimalMin(
      String pointer, double value, BigDecimal bound, boolean inclusive, String message) {
    check(pointer, decimalCompare(value, bound, -1), 1, inclusive, message, value);
  }

  /** Like {@link #decimalMin(String, double, BigDecimal, boolean, String)}, from above. */
  public void decimalMax(
      String pointer, double value, BigDecimal bound, boolean inclusive, String message) {
    check(pointer, decimalCompare(value, bound, 1), -1, inclusive, message, value);
  }

  /** A {@code @DecimalMin} on a {@code float}, widened to {@code double} first. */
  public void decimalMin(
      String pointer, float value, BigDecimal bound, boolean inclusive, String message) {
    check(pointer, decimalCompare(value, bound, -1), 1, inclusive, message, value);
  }

  /** A {@code @DecimalMax} on a {@code float}. */
  public void decimalMax(
      String pointer, float value, BigDecimal bound, boolean inclusive, String message) {
    check(pointer, decimalCompare(value, bound, 1), -1, inclusive, message, value);
  }

  /** {@code @Digits} on an integer type, as the schema states it (see {@link #fitsDigits}). */
  public void digits(String pointer, long value, int integer, int fraction, String message) {
    if (!fitsDigits(BigDecimal.valueOf(value), integer, fraction)) {
      add(pointer, message, value);
    }
  }

  /** {@code @Digits} on a {@code double}, counted on the decimal {@code Double.toString} prints. */
  public void digits(String pointer, double value, int integer, int fraction, String message) {
    if (!Double.isFinite(value)
        || !fitsDigits(new BigDecimal(Double.toString(value)), integer, fraction)) {
      add(pointer, message, value);
    }
  }

  /** {@code @Digits} on a {@code float}, counted on the decimal {@code Float.toString} prints. */
  public void digits(String pointer, float value, int integer, int fraction, String message) {
    if (!Float.isFinite(value)
        || !fitsDigits(new BigDecimal(Float.toString(value)), integer, fraction)) {
      add(pointer, message, value);
    }
  }

  /** {@code @Digits} on a {@code BigDecimal}. */
  public void digits(String pointer, BigDecimal value, int integer, int fraction, String message) {
    if (!fitsDigits(value, integer, fraction)) {
      add(pointer, message, value);
    }
  }

  /** {@code @Digits} on a {@code BigInteger}. */
  public void digits(String pointer, BigInteger value, int integer, int fraction, String message) {
    if (!fitsDigits(new BigDecimal(value), integer, fraction)) {
      add(pointer, message, value);
    }
  }

  /**
   * Ends the conversion when a check failed, with {@code arguments} (the tool's generated
   * arguments object, or {@code null} when it has none) for Bean Validation to check the rest.
   */
  public void throwIfAny(Object arguments) {
    if (problems != null) {
      throw new ConstraintException(problems, arguments);
    }
  }

  /**
   * Whether {@code value} satisfies {@code @Digits(integer, fraction)} as the schema states it
   * ({@code exclusiveMinimum: -10^integer}, {@code exclusiveMaximum: 10^integer}, {@code
   * multipleOf: 10^-fraction}): trailing zeros do not count, and zero fits any.
   */
  public static boolean fitsDigits(BigDecimal value, int integer, int fraction) {
    if (value.signum() == 0) {
      return true;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    long integerDigits = (long) stripped.precision() - stripped.scale();
    return integerDigits <= integer && stripped.scale() <= fraction;
  }

  /**
   * Hibernate Validator's comparison of a floating-point value with a decimal bound: an infinity
   * lies beyond every bound, NaN compares as {@code nan} (so that it fails either bound).
   */
  private static int decimalCompare(double value, BigDecimal bound, int nan) {
    if (Double.isNaN(value)) {
      return nan;
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? 1 : -1;
    }
    return BigDecimal.valueOf(value).compareTo(bound);
  }

  /**
   * Records a problem unless {@code compared} (value against bound) is on the allowed side: {@code
   * side} 1 for a lower bound, -1 for an upper one.
   */
  private void check(
      String pointer, int compared, int side, boolean inclusive, String message, Object value) {
    int signed = Integer.signum(compared) * side;
    if (signed < 0 || signed == 0 && !inclusive) {
      add(pointer, message, value);
    }
  }

  private void add(String pointer, String message, Object value) {
    if (problems == null) {
      problems = new ArrayList<>(2);
    }
    problems.add(ArgumentProblem.of(pointer, message, Excerpts.ofJava(value)));
  }
}
