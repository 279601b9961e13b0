package io.toolwright.processor.model;

import java.math.BigDecimal;

/**
 * A constraint on a tool parameter that the generated {@code prepare} method checks itself, instead
 * of Bean Validation: one the processor understands whole ({@link CompiledChecks} says which),
 * with the message Bean Validation's default validator would have given, written at build time.
 * Each accepts what the schema keyword it also becomes accepts; {@code null} passes.
 */
public sealed interface CompiledCheck {

  /** What the model is told when the value breaks the constraint. */
  String message();

  /** {@code @Pattern}: the whole string matches {@code regexp} (Java semantics, no flags). */
  record Matches(String regexp, String message) implements CompiledCheck {}

  /** {@code @Size}, {@code @Length}, {@code @NotEmpty} on a string: a length in code points. */
  record Length(int min, int max, String message) implements CompiledCheck {}

  /** {@code @NotBlank}: a character that is not ECMA-262 white space. */
  record NotBlank(String message) implements CompiledCheck {}

  /** {@code @AssertTrue} ({@code expected} true) and {@code @AssertFalse}. */
  record Truth(boolean expected, String message) implements CompiledCheck {}

  /**
   * A numeric bound.
   *
   * @param value the bound; a whole number unless {@code decimal}
   * @param decimal whether it is a {@code @DecimalMin} or {@code @DecimalMax}, which Hibernate
   *     Validator compares on a {@code double} or {@code float} as a decimal, where {@code @Min},
   *     {@code @Max}, {@code @Range} and the sign constraints compare it as a floating-point number
   *     ({@code -0.0} is below {@code 0} to those only)
   */
  record Bound(
      BigDecimal value, boolean upper, boolean inclusive, boolean decimal, String message)
      implements CompiledCheck {}

  /** {@code @Digits} on a number, compared as values (see {@code SchemaNumberConstraints}). */
  record Digits(int integer, int fraction, String message) implements CompiledCheck {}
}
