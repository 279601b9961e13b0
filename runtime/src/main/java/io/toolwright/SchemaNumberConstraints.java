package io.toolwright;

import io.toolwright.dispatch.ConstraintChecks;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.validator.cfg.ConstraintMapping;

/**
 * {@code @Digits} on a number as the schema states it: {@code @Digits(integer = i, fraction = f)}
 * is {@code exclusiveMinimum: -10^i}, {@code exclusiveMaximum: 10^i} and {@code multipleOf: 10^-f}
 * (see docs/types-and-constraints.md), which compare values. Hibernate Validator counts digits
 * instead, and differs in two places:
 *
 * <ul>
 *   <li>a {@code BigDecimal}'s fraction digits as written, trailing zeros included: {@code 12.500}
 *       has three to it, and the schema's {@code 12.5} is a multiple of {@code 0.01}. Its integer
 *       digits likewise: {@code 0E+5} has six to it.
 *   <li>zero has one integer digit to it, so {@code integer = 0} rejects {@code 0} and {@code
 *       0.00}, which lie strictly between -1 and 1.
 * </ul>
 *
 * <p>Here a value is read without trailing zeros; zero fits any {@code @Digits}; any other value
 * has {@code precision - scale} integer digits, the {@code n} with {@code 10^(n-1) <= |x| < 10^n},
 * so "at most {@code i}" is {@code |x| < 10^i}; and at most {@code f} fraction digits is being a
 * multiple of {@code 10^-f}. For {@code integer} above 1000 the schema shows no bounds, and the
 * count still applies: with the default {@link ParseLimits#maxExponent()} of 1000 no number that
 * is read has more than 1001 integer digits, so the two only differ when that limit is raised.
 *
 * <p>A {@code double} or {@code float} holds the binary value nearest to the number the model
 * wrote, and is counted as the decimal {@link Double#toString} prints for it, as Hibernate
 * Validator does. That is the number written whenever it has at most 15 significant digits (6 for
 * a {@code float}): Java 17 sometimes prints more digits than needed, but a sample of three million
 * such numbers found that only for large whole numbers, whose count it does not change. A longer
 * number may be rounded across a limit: {@code
 * 0.10000000000000001} reads as {@code 0.1}, which {@code fraction = 2} allows and {@code
 * multipleOf: 0.01} does not. Use {@code BigDecimal} where that matters.
 *
 * <p>One validator per type the processor reads as a number, each more specific than Hibernate
 * Validator's own for {@code Number}, which keeps {@code @Digits} on any other {@code Number} and
 * on a {@code CharSequence}.
 */
final class SchemaNumberConstraints {

  /** Each validator here, and how to make it (see {@link ToolwrightValidation}). */
  static final Map<Class<?>, Supplier<ConstraintValidator<?, ?>>> VALIDATORS =
      Map.of(
          OfBigDecimal.class, OfBigDecimal::new,
          OfBigInteger.class, OfBigInteger::new,
          OfLong.class, OfLong::new,
          OfInteger.class, OfInteger::new,
          OfShort.class, OfShort::new,
          OfByte.class, OfByte::new,
          OfDouble.class, OfDouble::new,
          OfFloat.class, OfFloat::new);

  private SchemaNumberConstraints() {}

  static void addTo(ConstraintMapping mapping) {
    mapping
        .constraintDefinition(Digits.class)
        .includeExistingValidators(true)
        .validatedBy(OfBigDecimal.class)
        .validatedBy(OfBigInteger.class)
        .validatedBy(OfLong.class)
        .validatedBy(OfInteger.class)
        .validatedBy(OfShort.class)
        .validatedBy(OfByte.class)
        .validatedBy(OfDouble.class)
        .validatedBy(OfFloat.class);
  }

  /** Whether {@code value} satisfies {@code @Digits(integer, fraction)} as the schema says. */
  static boolean fits(BigDecimal value, int integer, int fraction) {
    // One definition for Bean Validation and the checks the processor compiles.
    return ConstraintChecks.fitsDigits(value, integer, fraction);
  }

  /** {@code @Digits} on one type; {@code null} is valid, as Bean Validation has it. */
  abstract static class DigitsOf<T extends Number> implements ConstraintValidator<Digits, T> {
    private int integer;
    private int fraction;

    @Override
    public void initialize(Digits digits) {
      // The same refusal Hibernate Validator's own validator makes, at the same moment.
      if (digits.integer() < 0 || digits.fraction() < 0) {
        throw new IllegalArgumentException(
            "@Digits needs integer and fraction of at least 0, not integer "
                + digits.integer()
                + ", fraction "
                + digits.fraction());
      }
      integer = digits.integer();
      fraction = digits.fraction();
    }

    @Override
    public boolean isValid(T value, ConstraintValidatorContext context) {
      return value == null || fits(decimal(value), integer, fraction);
    }

    abstract BigDecimal decimal(T value);
  }

  static final class OfBigDecimal extends DigitsOf<BigDecimal> {
    @Override
    BigDecimal decimal(BigDecimal value) {
      return value;
    }
  }

  static final class OfBigInteger extends DigitsOf<BigInteger> {
    @Override
    BigDecimal decimal(BigInteger value) {
      return new BigDecimal(value);
    }
  }

  static final class OfLong extends DigitsOf<Long> {
    @Override
    BigDecimal decimal(Long value) {
      return BigDecimal.valueOf(value);
    }
  }

  static final class OfInteger extends DigitsOf<Integer> {
    @Override
    BigDecimal decimal(Integer value) {
      return BigDecimal.valueOf(value);
    }
  }

  static final class OfShort extends DigitsOf<Short> {
    @Override
    BigDecimal decimal(Short value) {
      return BigDecimal.valueOf(value);
    }
  }

  static final class OfByte extends DigitsOf<Byte> {
    @Override
    BigDecimal decimal(Byte value) {
      return BigDecimal.valueOf(value);
    }
  }

  /**
   * Infinity and NaN never come from a model's JSON (the reader refuses magnitudes beyond {@code
   * Double.MAX_VALUE}); they have no digits to count, and fail rather than throw.
   */
  static final class OfDouble extends DigitsOf<Double> {
    @Override
    public boolean isValid(Double value, ConstraintValidatorContext context) {
      return value == null || Double.isFinite(value) && super.isValid(value, context);
    }

    @Override
    BigDecimal decimal(Double value) {
      return new BigDecimal(Double.toString(value));
    }
  }

  static final class OfFloat extends DigitsOf<Float> {
    @Override
    public boolean isValid(Float value, ConstraintValidatorContext context) {
      return value == null || Float.isFinite(value) && super.isValid(value, context);
    }

    @Override
    BigDecimal decimal(Float value) {
      return new BigDecimal(Float.toString(value));
    }
  }
}
