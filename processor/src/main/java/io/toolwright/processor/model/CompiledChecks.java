package io.toolwright.processor.model;

import io.toolwright.processor.model.Shape.AllowedStringShape;
import io.toolwright.processor.model.Shape.ScalarShape;
import java.math.BigDecimal;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.util.Elements;

/**
 * Decides which constraints on a tool parameter the generated code checks itself ({@link
 * CompiledCheck}) rather than Bean Validation: the built-in ones whose meaning is the schema's
 * keyword, on a string, number or boolean parameter (inside an {@code Optional} or {@code
 * @Nullable} too), written without {@code message}, {@code payload} or {@code groups}. Their
 * messages are Hibernate Validator's English defaults, as the registry's default validator
 * interpolates them ({@code ModelMessageInterpolator}), written here once. Everything else (a
 * record's or a container element's constraints, {@code @Email}, custom constraints, {@code @Valid},
 * a constraint with its own message) stays with Bean Validation.
 */
final class CompiledChecks {

  private static final String JAKARTA = "jakarta.validation.constraints.";
  private static final String HIBERNATE = "org.hibernate.validator.constraints.";

  private final Elements elements;

  CompiledChecks(Elements elements) {
    this.elements = elements;
  }

  /**
   * The checks that replace {@code mirror} on a value of shape {@code value} (of an {@code
   * Optional}, the value inside), or {@code null} when Bean Validation keeps it. Empty for a
   * {@code @NotNull} on a value the model must send: reading already refuses null there.
   *
   * @param mayBeAbsent whether the parameter is an {@code Optional} or {@code @Nullable}
   */
  List<CompiledCheck> of(AnnotationMirror mirror, Shape value, boolean mayBeAbsent) {
    if (Annotations.explicitValue(mirror, "message") != null
        || Annotations.explicitValue(mirror, "payload") != null
        || Annotations.explicitValue(mirror, "groups") != null) {
      return null;
    }
    String name = Annotations.qualifiedName(mirror);
    if (name.equals(JAKARTA + "NotNull")) {
      // On a value that may be absent it is an error already; Bean Validation keeps it meanwhile.
      return mayBeAbsent ? null : List.of();
    }
    try {
      if (isText(value)) {
        return text(mirror, name);
      }
      if (value instanceof ScalarShape scalar && scalar.scalar().isNumber()) {
        return number(mirror, name);
      }
      if (value instanceof ScalarShape scalar && scalar.scalar() == Scalar.BOOLEAN) {
        return switch (name) {
          case JAKARTA + "AssertTrue" -> List.of(new CompiledCheck.Truth(true, "must be true"));
          case JAKARTA + "AssertFalse" -> List.of(new CompiledCheck.Truth(false, "must be false"));
          default -> null;
        };
      }
    } catch (NumberFormatException e) {
      return null; // ConstraintReader reports the bound that is no number
    }
    return null;
  }

  private List<CompiledCheck> text(AnnotationMirror mirror, String name) {
    return switch (name) {
      case JAKARTA + "Pattern" -> {
        AnnotationValue flags = Annotations.explicitValue(mirror, "flags");
        if (flags != null && !((List<?>) flags.getValue()).isEmpty()) {
          yield null; // an error already (no schema pattern has flags)
        }
        String regexp = string(mirror, "regexp");
        yield List.of(new CompiledCheck.Matches(regexp, "must match \"" + regexp + "\""));
      }
      case JAKARTA + "Size" -> length(mirror, "size");
      case HIBERNATE + "Length" -> length(mirror, "length");
      case JAKARTA + "NotEmpty" ->
          List.of(new CompiledCheck.Length(1, Integer.MAX_VALUE, "must not be empty"));
      case JAKARTA + "NotBlank" -> List.of(new CompiledCheck.NotBlank("must not be blank"));
      default -> null;
    };
  }

  private List<CompiledCheck> length(AnnotationMirror mirror, String word) {
    int min = integer(mirror, "min");
    int max = integer(mirror, "max");
    if (min < 0 || max < min) {
      return null; // an error already
    }
    return List.of(
        new CompiledCheck.Length(min, max, word + " must be between " + min + " and " + max));
  }

  private List<CompiledCheck> number(AnnotationMirror mirror, String name) {
    return switch (name) {
      case JAKARTA + "Min" -> {
        long min = longValue(mirror, "value");
        yield List.of(whole(min, false, true, "must be greater than or equal to " + min));
      }
      case JAKARTA + "Max" -> {
        long max = longValue(mirror, "value");
        yield List.of(whole(max, true, true, "must be less than or equal to " + max));
      }
      case HIBERNATE + "Range" -> {
        long min = longValue(mirror, "min");
        long max = longValue(mirror, "max");
        // One constraint reported as one violation, whichever side the value broke.
        String message = "must be between " + min + " and " + max;
        yield List.of(whole(min, false, true, message), whole(max, true, true, message));
      }
      case JAKARTA + "Positive" -> List.of(whole(0, false, false, "must be greater than 0"));
      case JAKARTA + "PositiveOrZero" ->
          List.of(whole(0, false, true, "must be greater than or equal to 0"));
      case JAKARTA + "Negative" -> List.of(whole(0, true, false, "must be less than 0"));
      case JAKARTA + "NegativeOrZero" ->
          List.of(whole(0, true, true, "must be less than or equal to 0"));
      case JAKARTA + "DecimalMin", JAKARTA + "DecimalMax" -> {
        boolean upper = name.endsWith("Max");
        String text = string(mirror, "value");
        boolean inclusive = (Boolean) Annotations.value(elements, mirror, "inclusive").getValue();
        // ModelMessageInterpolator's wording of Hibernate Validator's expression.
        String message =
            (upper ? "must be less than " : "must be greater than ")
                + (inclusive ? "or equal to " : "")
                + text;
        yield List.of(
            new CompiledCheck.Bound(new BigDecimal(text), upper, inclusive, true, message));
      }
      case JAKARTA + "Digits" -> {
        int integer = integer(mirror, "integer");
        int fraction = integer(mirror, "fraction");
        if (integer < 0 || fraction < 0) {
          yield null; // an error already
        }
        yield List.of(
            new CompiledCheck.Digits(
                integer,
                fraction,
                "numeric value out of bounds (<"
                    + integer
                    + " digits>.<"
                    + fraction
                    + " digits> expected)"));
      }
      default -> null;
    };
  }

  private static CompiledCheck whole(long value, boolean upper, boolean inclusive, String message) {
    return new CompiledCheck.Bound(BigDecimal.valueOf(value), upper, inclusive, false, message);
  }

  private static boolean isText(Shape shape) {
    return shape instanceof AllowedStringShape
        || shape instanceof ScalarShape scalar && scalar.scalar() == Scalar.STRING;
  }

  private String string(AnnotationMirror mirror, String attribute) {
    return (String) Annotations.value(elements, mirror, attribute).getValue();
  }

  private int integer(AnnotationMirror mirror, String attribute) {
    return (Integer) Annotations.value(elements, mirror, attribute).getValue();
  }

  private long longValue(AnnotationMirror mirror, String attribute) {
    return ((Number) Annotations.value(elements, mirror, attribute).getValue()).longValue();
  }
}
