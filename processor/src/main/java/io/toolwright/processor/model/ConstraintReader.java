package io.toolwright.processor.model;

import io.toolwright.processor.diagnostics.Diagnostics;
import io.toolwright.processor.diagnostics.Message;
import io.toolwright.processor.model.Shape.AllowedStringShape;
import io.toolwright.processor.model.Shape.ArrayShape;
import io.toolwright.processor.model.Shape.MapShape;
import io.toolwright.processor.model.Shape.OptionalShape;
import io.toolwright.processor.model.Shape.ScalarShape;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * Reads Jakarta Bean Validation constraints (by name, as mirrors) into {@link Constraint}s, after
 * checking each applies to the shape it is on. A constraint that does not apply is an error, not
 * ignored: Hibernate Validator would fail on it at run time, and the schema could not express it.
 */
final class ConstraintReader {

  private static final String PACKAGE = "jakarta.validation.constraints.";
  private static final String SIZED = "a String, an array, a collection or a map";
  private static final String TEMPORAL = "a java.time date or time";

  private final Elements elements;
  private final Diagnostics diagnostics;

  ConstraintReader(Elements elements, Diagnostics diagnostics) {
    this.elements = elements;
    this.diagnostics = diagnostics;
  }

  /**
   * The constraints among {@code annotations} that say something about the JSON value. On an {@code
   * Optional}, they apply to the value inside, as Hibernate Validator applies them.
   */
  List<Constraint> read(List<Annotations.Owned> annotations, Shape shape, String where) {
    Shape value = shape instanceof OptionalShape optional ? optional.value() : shape;
    List<Constraint> constraints = new ArrayList<>();
    for (Annotations.Owned annotation : annotations) {
      String name = annotation.qualifiedName();
      if (name.startsWith(PACKAGE)) {
        read(
            annotation.owner(),
            annotation.mirror(),
            name.substring(PACKAGE.length()),
            value,
            where,
            constraints);
      }
    }
    return constraints;
  }

  private void read(
      Element element,
      AnnotationMirror mirror,
      String simpleName,
      Shape shape,
      String where,
      List<Constraint> out) {
    switch (simpleName) {
      case "NotBlank" -> {
        if (applies(element, mirror, shape, where, ConstraintReader::isText, "a String")) {
          out.add(new Constraint.NotBlank());
        }
      }
      case "NotEmpty" -> {
        if (applies(element, mirror, shape, where, ConstraintReader::isSized, SIZED)) {
          out.add(new Constraint.Size(1, null));
        }
      }
      case "Size" -> {
        if (applies(element, mirror, shape, where, ConstraintReader::isSized, SIZED)) {
          int min = (Integer) Annotations.value(elements, mirror, "min").getValue();
          int max = (Integer) Annotations.value(elements, mirror, "max").getValue();
          out.add(new Constraint.Size(min > 0 ? min : null, max < Integer.MAX_VALUE ? max : null));
        }
      }
      case "Min", "Max" -> {
        if (isNumeric(element, mirror, shape, where)) {
          long value = (Long) Annotations.value(elements, mirror, "value").getValue();
          out.add(new Constraint.Bound(BigDecimal.valueOf(value), simpleName.equals("Max"), true));
        }
      }
      case "DecimalMin", "DecimalMax" -> {
        if (isNumeric(element, mirror, shape, where)) {
          decimalBound(element, mirror, simpleName, where).ifPresent(out::add);
        }
      }
      case "Positive", "PositiveOrZero", "Negative", "NegativeOrZero" -> {
        if (isNumeric(element, mirror, shape, where)) {
          out.add(
              new Constraint.Bound(
                  BigDecimal.ZERO,
                  simpleName.startsWith("Negative"),
                  simpleName.endsWith("OrZero")));
        }
      }
      case "Pattern" -> {
        if (applies(element, mirror, shape, where, ConstraintReader::isText, "a String")) {
          pattern(element, mirror, where).ifPresent(out::add);
        }
      }
      case "Email" -> {
        if (applies(element, mirror, shape, where, ConstraintReader::isText, "a String")) {
          out.add(new Constraint.Email());
        }
      }
      case "Past", "PastOrPresent", "Future", "FutureOrPresent" -> {
        if (applies(element, mirror, shape, where, ConstraintReader::isTemporal, TEMPORAL)) {
          out.add(new Constraint.Temporal(sentence(simpleName)));
        }
      }
      default -> {
        // @NotNull (required anyway), @AssertTrue, @Digits...: Bean Validation checks them; the
        // schema has no keyword for them.
      }
    }
  }

  private boolean isNumeric(Element element, AnnotationMirror mirror, Shape shape, String where) {
    return applies(
        element,
        mirror,
        shape,
        where,
        s -> s instanceof ScalarShape scalar && scalar.scalar().isNumber(),
        "a number");
  }

  private boolean applies(
      Element element,
      AnnotationMirror mirror,
      Shape shape,
      String where,
      Predicate<Shape> test,
      String expected) {
    if (test.test(shape)) {
      return true;
    }
    diagnostics.reportAt(
        Message.MISPLACED_CONSTRAINT,
        element,
        mirror,
        null,
        Annotations.simpleName(mirror),
        where,
        TypeNames.key(shape.type()),
        expected);
    return false;
  }

  private Optional<Constraint> decimalBound(
      Element element, AnnotationMirror mirror, String simpleName, String where) {
    AnnotationValue value = Annotations.value(elements, mirror, "value");
    boolean inclusive = (Boolean) Annotations.value(elements, mirror, "inclusive").getValue();
    try {
      BigDecimal bound = new BigDecimal(((String) value.getValue()).trim());
      return Optional.of(new Constraint.Bound(bound, simpleName.equals("DecimalMax"), inclusive));
    } catch (NumberFormatException e) {
      diagnostics.reportAt(
          Message.INVALID_CONSTRAINT,
          element,
          mirror,
          value,
          simpleName,
          where,
          "\"" + value.getValue() + "\" is not a decimal number");
      return Optional.empty();
    }
  }

  private Optional<Constraint> pattern(Element element, AnnotationMirror mirror, String where) {
    AnnotationValue regexp = Annotations.value(elements, mirror, "regexp");
    try {
      java.util.regex.Pattern.compile((String) regexp.getValue());
    } catch (PatternSyntaxException e) {
      diagnostics.reportAt(
          Message.INVALID_CONSTRAINT,
          element,
          mirror,
          regexp,
          "Pattern",
          where,
          "the regular expression does not compile (" + e.getDescription() + ")");
      return Optional.empty();
    }
    AnnotationValue flags = Annotations.explicitValue(mirror, "flags");
    if (flags != null && !((List<?>) flags.getValue()).isEmpty()) {
      diagnostics.reportAt(Message.PATTERN_FLAGS, element, mirror, flags, where);
    }
    return Optional.of(new Constraint.Pattern((String) regexp.getValue()));
  }

  private static String sentence(String simpleName) {
    return switch (simpleName) {
      case "Past" -> "Must be in the past.";
      case "PastOrPresent" -> "Must be in the past or the present.";
      case "Future" -> "Must be in the future.";
      default -> "Must be in the future or the present.";
    };
  }

  private static boolean isText(Shape shape) {
    return shape instanceof AllowedStringShape
        || shape instanceof ScalarShape scalar && scalar.scalar() == Scalar.STRING;
  }

  private static boolean isSized(Shape shape) {
    return isText(shape) || shape instanceof ArrayShape || shape instanceof MapShape;
  }

  private static boolean isTemporal(Shape shape) {
    return shape instanceof ScalarShape scalar && scalar.scalar().isTemporal();
  }
}
