package io.toolwright.processor.model;

import java.math.BigDecimal;

/**
 * A Bean Validation constraint, reduced to what it says about JSON values. Which schema keyword it
 * becomes depends on the shape it is on ({@code Size} is a length on strings, an item count on
 * arrays); the model only records it after checking it applies.
 */
public sealed interface Constraint {

  /**
   * {@code @Size}, {@code @NotEmpty} and Hibernate Validator's {@code @Length}: bounds on a
   * length, item count or property count.
   */
  record Size(Integer min, Integer max) implements Constraint {}

  /** {@code @NotBlank}: at least one non-whitespace character. */
  record NotBlank() implements Constraint {}

  /**
   * A numeric bound: {@code @Min}, {@code @Max}, {@code @DecimalMin}, {@code @DecimalMax},
   * {@code @Positive}, {@code @PositiveOrZero}, {@code @Negative}, {@code @NegativeOrZero},
   * Hibernate Validator's {@code @Range}.
   *
   * @param upper whether it bounds from above
   * @param inclusive whether {@code value} itself is allowed
   */
  record Bound(BigDecimal value, boolean upper, boolean inclusive) implements Constraint {}

  /**
   * {@code @Digits} on a number: at most {@code integer} digits before the decimal point and
   * {@code fraction} after it.
   */
  record Digits(int integer, int fraction) implements Constraint {}

  /**
   * {@code @Pattern}, or {@code @Email(regexp = ...)}: the whole string matches {@code regexp}
   * (Java semantics, checked to read the same in ECMA-262). Several patterns all apply.
   */
  record Pattern(String regexp) implements Constraint {}

  /** {@code @Email}. */
  record Email() implements Constraint {}

  /** {@code @AssertTrue} ({@code value} true) and {@code @AssertFalse}. */
  record AssertBoolean(boolean value) implements Constraint {}

  /**
   * A constraint JSON Schema has no keyword for ({@code @Past}, a custom {@code @Constraint}),
   * told to the model in a sentence of the description instead.
   */
  record Described(String sentence) implements Constraint {}
}
