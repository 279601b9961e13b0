package io.toolwright;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.constraints.Length;

/**
 * Toolwright's reading of Bean Validation's text constraints (see {@link ToolwrightValidation}), so that it enforces the
 * JSON Schema keywords the processor turns them into rather than Hibernate Validator's own
 * definitions where the two differ.
 *
 * <ul>
 *   <li>{@code @Size} and {@code @Length} on a {@code String} count code points, as {@code
 *       minLength}/{@code maxLength} do (JSON Schema counts characters as RFC 8259 defines them);
 *       Hibernate Validator counts UTF-16 units, so an emoji is one to the schema and two to it.
 *   <li>{@code @NotBlank} on a {@code String} asks for a character that is not ECMA-262 white space
 *       or a line terminator, which is what the schema's {@code pattern: "\S"} asks; Hibernate
 *       Validator's {@code String.isBlank()} treats no-break spaces (U+00A0, U+2007, U+202F) and
 *       U+FEFF as text and the separators U+001C to U+001F as blank.
 * </ul>
 *
 * <p>Each is added next to Hibernate Validator's own validators for the constraint, for the type
 * {@code String}: Hibernate Validator picks the validator of the most specific type, so strings
 * get these while collections, maps and arrays keep its validators, and none of its internal
 * classes is named here. The processor reads only {@code String} properties as JSON strings, so
 * no other {@code CharSequence} reaches these constraints from a tool.
 */
final class SchemaTextConstraints {

  private SchemaTextConstraints() {}

  /** Each validator here, and how to make it (see {@link ToolwrightValidation}). */
  static final Map<Class<?>, Supplier<ConstraintValidator<?, ?>>> VALIDATORS =
      Map.of(CodePointSize.class, CodePointSize::new, CodePointLength.class, CodePointLength::new);

  static void addTo(ConstraintMapping mapping) {
    mapping
        .constraintDefinition(Size.class)
        .includeExistingValidators(true)
        .validatedBy(CodePointSize.class);
    mapping
        .constraintDefinition(Length.class)
        .includeExistingValidators(true)
        .validatedBy(CodePointLength.class);
    mapping
        .constraintDefinition(NotBlank.class)
        .includeExistingValidators(true)
        .validateType(String.class)
        .with(EcmaWhitespace::hasNonWhitespace);
  }

  /** {@code @Size} on a string, in code points. */
  static final class CodePointSize implements ConstraintValidator<Size, String> {
    private CodePointRange range;

    @Override
    public void initialize(Size size) {
      range = new CodePointRange(size.min(), size.max());
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return range.contains(value);
    }
  }

  /** Hibernate Validator's {@code @Length} on a string, in code points. */
  static final class CodePointLength implements ConstraintValidator<Length, String> {
    private CodePointRange range;

    @Override
    public void initialize(Length length) {
      range = new CodePointRange(length.min(), length.max());
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return range.contains(value);
    }
  }

  /** A length range; {@code null} is valid, as Bean Validation's size constraints have it. */
  private record CodePointRange(int min, int max) {
    CodePointRange {
      // The same refusal Hibernate Validator's own validators make, at the same moment.
      if (min < 0 || max < min) {
        throw new IllegalArgumentException(
            "a length range needs 0 <= min <= max, not min " + min + ", max " + max);
      }
    }

    boolean contains(String value) {
      if (value == null) {
        return true;
      }
      int codePoints = value.codePointCount(0, value.length());
      return codePoints >= min && codePoints <= max;
    }
  }
}
