package io.toolwright.processor.model;

import java.math.BigDecimal;

/**
 * A Bean Validation constraint, reduced to what it says about JSON values. Which schema keyword it
 * becomes depends on the shape it is on ({@code Size} is a length on strings, an item count on
 * arrays); the model only records it after checking it applies.
 */
public sealed interface Constraint {

  /** {@code @Size} and {@code @NotEmpty}: bounds on a length, item count or property count. */
  record Size(Integer min, Integer max) implements Constraint {}

  /** {@code @NotBlank}: at least one non-whitespace character. */
  record NotBlank() implements Constraint {}

  /**
   * A numeric bound: {@code @Min}, {@code @Max}, {@code @DecimalMin}, {@code @DecimalMax},
   * {@code @Positive}, {@code @PositiveOrZero}, {@code @Negative}, {@code @NegativeOrZero}.
   *
   * @param upper whether it bounds from above
   * @param inclusive whether {@code value} itself is allowed
   */
  record Bound(BigDecimal value, boolean upper, boolean inclusive) implements Constraint {}

  /** {@code @Pattern}: the whole string matches {@code regexp} (Java semantics). */
  record Pattern(String regexp) implements Constraint {}

  /** {@code @Email}. */
  record Email() implements Constraint {}

  /** {@code @Past} and the like: told to the model in words, since JSON Schema cannot say it. */
  record Temporal(String sentence) implements Constraint {}
}
