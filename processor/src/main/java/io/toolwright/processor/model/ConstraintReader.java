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
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;

/**
 * Reads Bean Validation constraints (by name, as mirrors) into {@link Constraint}s, after checking
 * each applies to the shape it is on and would work at run time. A constraint Hibernate Validator
 * would fail on, or one the schema would show but nobody enforces, is an error; one it enforces
 * but JSON Schema cannot express is told to the model in the description, with a warning.
 */
final class ConstraintReader {

  private static final String PACKAGE = "jakarta.validation.constraints.";
  private static final String HIBERNATE = "org.hibernate.validator.constraints.";
  private static final String DEFAULT_GROUP = "jakarta.validation.groups.Default";
  private static final String SIZED = "a String, an array, a collection or a map";
  private static final String TEMPORAL = "a java.time date or time";

  private final Elements elements;
  private final Diagnostics diagnostics;

  ConstraintReader(Elements elements, Diagnostics diagnostics) {
    this.elements = elements;
    this.diagnostics = diagnostics;
  }

  /**
   * The constraints among {@code annotations} and what they say about the JSON value; on an {@code
   * Optional}, about the value inside (where the generated code puts them).
   */
  List<Constraint> read(List<Annotations.Owned> annotations, Shape shape, String where) {
    Shape value = shape instanceof OptionalShape optional ? optional.value() : shape;
    List<Constraint> constraints = new ArrayList<>();
    Reading reading = new Reading(value, where, constraints);
    for (Annotations.Owned annotation : annotations) {
      if (Annotations.isConstraint(annotation.mirror()) && defaultGroupOnly(annotation, where)) {
        reading.read(annotation);
      }
    }
    reading.checkSatisfiable();
    reading.checkCombinablePatterns();
    return constraints;
  }

  /** A named group's opening, not a lookbehind's ({@code (?<=}, {@code (?<!}). */
  private static final java.util.regex.Pattern NAMED_GROUP =
      java.util.regex.Pattern.compile("\\(\\?<[A-Za-z]");

  /** One property's (or type argument's) constraints being read. */
  private final class Reading {
    private final Shape shape;
    private final String where;
    private final List<Constraint> out;
    private Annotations.Owned lastBound;
    private final List<Annotations.Owned> patterns = new ArrayList<>();
    private Annotations.Owned lastSize;

    Reading(Shape shape, String where, List<Constraint> out) {
      this.shape = shape;
      this.where = where;
      this.out = out;
    }

    void read(Annotations.Owned annotation) {
      String name = annotation.qualifiedName();
      if (name.startsWith(PACKAGE)) {
        jakarta(annotation, name.substring(PACKAGE.length()));
      } else if (name.equals(HIBERNATE + "Length")) {
        size(annotation, "min", "max", ConstraintReader::isText, "a String");
      } else if (name.equals(HIBERNATE + "Range")) {
        if (applies(annotation, ConstraintReader::isNumber, "a number")) {
          BigDecimal min = BigDecimal.valueOf(longValue(annotation, "min"));
          BigDecimal max = BigDecimal.valueOf(longValue(annotation, "max"));
          out.add(new Constraint.Bound(min, false, true));
          out.add(new Constraint.Bound(max, true, true));
          lastBound = annotation;
          floatingPointBound(annotation);
        }
      } else {
        notInSchema(
            annotation, "Must also satisfy @" + Annotations.simpleName(annotation.mirror()));
      }
    }

    private void jakarta(Annotations.Owned annotation, String simpleName) {
      switch (simpleName) {
        case "NotNull" -> {
          // Required anyway; PropertyReader reports it on a property that may be left out.
        }
        case "Null" -> report(Message.NULL_CONSTRAINT, annotation, null, where);
        case "NotBlank" -> {
          if (applies(annotation, ConstraintReader::isText, "a String")) {
            out.add(new Constraint.NotBlank());
          }
        }
        case "NotEmpty" -> {
          if (applies(annotation, ConstraintReader::isSized, SIZED)) {
            out.add(new Constraint.Size(1, null));
            lastSize = annotation;
          }
        }
        case "Size" -> size(annotation, "min", "max", ConstraintReader::isSized, SIZED);
        case "Min", "Max" -> {
          if (applies(annotation, ConstraintReader::isNumber, "a number")) {
            long value = longValue(annotation, "value");
            out.add(
                new Constraint.Bound(BigDecimal.valueOf(value), simpleName.equals("Max"), true));
            lastBound = annotation;
            floatingPointBound(annotation);
          }
        }
        case "DecimalMin", "DecimalMax" -> {
          if (applies(annotation, ConstraintReader::isNumber, "a number")) {
            decimalBound(annotation, simpleName).ifPresent(out::add);
          }
        }
        case "Positive", "PositiveOrZero", "Negative", "NegativeOrZero" -> {
          if (applies(annotation, ConstraintReader::isNumber, "a number")) {
            out.add(
                new Constraint.Bound(
                    BigDecimal.ZERO,
                    simpleName.startsWith("Negative"),
                    simpleName.endsWith("OrZero")));
            lastBound = annotation;
            floatingPointBound(annotation);
          }
        }
        case "Digits" -> digits(annotation);
        case "Pattern" -> {
          if (applies(annotation, ConstraintReader::isText, "a String")) {
            pattern(annotation, "regexp").ifPresent(out::add);
          }
        }
        case "Email" -> {
          if (applies(annotation, ConstraintReader::isText, "a String")) {
            out.add(new Constraint.Email());
            if (Annotations.explicitValue(annotation.mirror(), "regexp") != null) {
              pattern(annotation, "regexp").ifPresent(out::add);
            } else {
              flags(annotation);
            }
          }
        }
        case "AssertTrue", "AssertFalse" -> {
          if (applies(annotation, ConstraintReader::isBoolean, "a boolean")) {
            out.add(new Constraint.AssertBoolean(simpleName.equals("AssertTrue")));
          }
        }
        case "Past", "PastOrPresent", "Future", "FutureOrPresent" -> {
          // "Now" has no JSON Schema keyword: the model is told in the description, and the build
          // says the schema alone does not show it.
          if (applies(annotation, ConstraintReader::isTemporal, TEMPORAL)) {
            notInSchema(annotation, sentence(simpleName));
          }
        }
        default -> notInSchema(annotation, "Must also satisfy @" + simpleName);
      }
    }

    private void size(
        Annotations.Owned annotation,
        String minName,
        String maxName,
        Predicate<Shape> test,
        String expected) {
      if (!applies(annotation, test, expected)) {
        return;
      }
      int min = (Integer) Annotations.value(elements, annotation.mirror(), minName).getValue();
      int max = (Integer) Annotations.value(elements, annotation.mirror(), maxName).getValue();
      if (min < 0) {
        invalid(annotation, minName, minName + " is negative");
      } else if (max < 0) {
        invalid(annotation, maxName, maxName + " is negative");
      } else if (min > max) {
        invalid(annotation, maxName, "max (" + max + ") is less than min (" + min + ")");
      } else {
        out.add(new Constraint.Size(min > 0 ? min : null, max < Integer.MAX_VALUE ? max : null));
        lastSize = annotation;
      }
    }

    private void digits(Annotations.Owned annotation) {
      if (!applies(annotation, s -> isNumber(s) || isText(s), "a number or a String")) {
        return;
      }
      int integer =
          (Integer) Annotations.value(elements, annotation.mirror(), "integer").getValue();
      int fraction =
          (Integer) Annotations.value(elements, annotation.mirror(), "fraction").getValue();
      if (integer < 0) {
        invalid(annotation, "integer", "integer is negative");
      } else if (fraction < 0) {
        invalid(annotation, "fraction", "fraction is negative");
      } else if (isNumber(shape)) {
        out.add(new Constraint.Digits(integer, fraction));
        floatingPointBound(annotation);
      } else {
        notInSchema(
            annotation,
            String.format(
                Locale.ROOT,
                "Must be a number with at most %d integer and %d fraction digits",
                integer,
                fraction));
      }
    }

    private Optional<Constraint> decimalBound(Annotations.Owned annotation, String simpleName) {
      AnnotationMirror mirror = annotation.mirror();
      AnnotationValue value = Annotations.value(elements, mirror, "value");
      boolean inclusive = (Boolean) Annotations.value(elements, mirror, "inclusive").getValue();
      try {
        // Not trimmed: Hibernate Validator reads the text as it is, and fails on " 0.01".
        BigDecimal bound = new BigDecimal((String) value.getValue());
        lastBound = annotation;
        floatingPointBound(annotation);
        return Optional.of(new Constraint.Bound(bound, simpleName.equals("DecimalMax"), inclusive));
      } catch (NumberFormatException e) {
        invalid(annotation, "value", "\"" + value.getValue() + "\" is not a decimal number");
        return Optional.empty();
      }
    }

    private Optional<Constraint> pattern(Annotations.Owned annotation, String attribute) {
      AnnotationMirror mirror = annotation.mirror();
      AnnotationValue regexp = Annotations.value(elements, mirror, attribute);
      String text = (String) regexp.getValue();
      try {
        java.util.regex.Pattern.compile(text);
      } catch (PatternSyntaxException e) {
        invalid(
            annotation,
            attribute,
            "the regular expression does not compile (" + e.getDescription() + ")");
        return Optional.empty();
      }
      Optional<PatternDialect.Difference> difference = PatternDialect.firstDifference(text);
      if (difference.isPresent()) {
        String fix = difference.get().fix();
        diagnostics.reportAt(
            Message.PATTERN_DIALECT,
            annotation.owner(),
            mirror,
            Annotations.explicitValue(mirror, attribute),
            Annotations.simpleName(mirror),
            where,
            difference.get().construct(),
            Character.toUpperCase(fix.charAt(0)) + fix.substring(1));
        return Optional.empty();
      }
      if (!flags(annotation)) {
        return Optional.empty();
      }
      patterns.add(annotation);
      return Optional.of(new Constraint.Pattern(text));
    }

    /**
     * Several patterns become one schema pattern of lookaheads, where a group name used twice is
     * a syntax error (ECMA-262 before 2025): a named group is fine only in a pattern that stands
     * alone.
     */
    void checkCombinablePatterns() {
      if (patterns.size() < 2) {
        return;
      }
      for (Annotations.Owned annotation : patterns) {
        AnnotationMirror mirror = annotation.mirror();
        String text = (String) Annotations.value(elements, mirror, "regexp").getValue();
        if (NAMED_GROUP.matcher(text).find()) {
          diagnostics.reportAt(
              Message.PATTERN_DIALECT,
              annotation.owner(),
              mirror,
              Annotations.explicitValue(mirror, "regexp"),
              Annotations.simpleName(mirror),
              where,
              "(?<name>...) beside another pattern",
              "Use a numbered group, since the patterns are combined into one; or write them as one"
                  + " @Pattern");
          return;
        }
      }
    }

    /** Reports {@code flags}, which no schema pattern expresses; whether there were none. */
    private boolean flags(Annotations.Owned annotation) {
      AnnotationValue flags = Annotations.explicitValue(annotation.mirror(), "flags");
      if (flags == null || ((List<?>) flags.getValue()).isEmpty()) {
        return true;
      }
      report(
          Message.PATTERN_FLAGS,
          annotation,
          flags,
          Annotations.simpleName(annotation.mirror()),
          where);
      return false;
    }

    /**
     * A bound on a {@code float} or {@code double} holds for the rounded value, the schema's for
     * the decimal the model wrote: 99.99999999999999999999 is below 100 to the schema and 100.0
     * to Java. The two disagree only within the type's precision of the bound, so this is a
     * warning at the constraint, not an error.
     */
    private void floatingPointBound(Annotations.Owned annotation) {
      if (shape instanceof ScalarShape scalar
          && (scalar.scalar() == Scalar.FLOAT || scalar.scalar() == Scalar.DOUBLE)) {
        diagnostics.reportAt(
            Message.FLOATING_POINT_BOUND,
            annotation.owner(),
            annotation.mirror(),
            null,
            Annotations.simpleName(annotation.mirror()),
            where,
            scalar.scalar() == Scalar.FLOAT ? "float" : "double");
      }
    }

    /** The constraint holds at run time; the description says it, since the schema cannot. */
    private void notInSchema(Annotations.Owned annotation, String sentence) {
      String text = sentence + ".";
      diagnostics.reportAt(
          Message.CONSTRAINT_NOT_IN_SCHEMA,
          annotation.owner(),
          annotation.mirror(),
          null,
          Annotations.simpleName(annotation.mirror()),
          where,
          text);
      out.add(new Constraint.Described(text));
    }

    /** Bounds no value satisfies make a property, and so its tool, impossible to use. */
    void checkSatisfiable() {
      Constraint.Bound lower = null;
      Constraint.Bound upper = null;
      int min = 0;
      int max = Integer.MAX_VALUE;
      for (Constraint constraint : out) {
        if (constraint instanceof Constraint.Bound bound) {
          if (bound.upper()) {
            upper = tighter(upper, bound, -1);
          } else {
            lower = tighter(lower, bound, 1);
          }
        } else if (constraint instanceof Constraint.Size size) {
          min = size.min() == null ? min : Math.max(min, size.min());
          max = size.max() == null ? max : Math.min(max, size.max());
        }
      }
      if (lower != null && upper != null) {
        int compared = lower.value().compareTo(upper.value());
        if (compared > 0 || compared == 0 && !(lower.inclusive() && upper.inclusive())) {
          invalid(
              lastBound,
              null,
              "no number satisfies all its bounds together ("
                  + lower.value().toPlainString()
                  + " to "
                  + upper.value().toPlainString()
                  + ")");
        }
      }
      if (min > max) {
        invalid(
            lastSize,
            null,
            "no size satisfies all its bounds together (at least " + min + ", at most " + max
                + ")");
      }
    }

    private boolean applies(Annotations.Owned annotation, Predicate<Shape> test, String expected) {
      if (test.test(shape)) {
        return true;
      }
      diagnostics.reportAt(
          Message.MISPLACED_CONSTRAINT,
          annotation.owner(),
          annotation.mirror(),
          null,
          Annotations.simpleName(annotation.mirror()),
          where,
          TypeNames.key(shape.type()),
          expected);
      return false;
    }

    /** Reports {@code invalid-constraint}, at {@code attribute}'s value where it is written. */
    private void invalid(Annotations.Owned annotation, String attribute, String problem) {
      AnnotationMirror mirror = annotation.mirror();
      diagnostics.reportAt(
          Message.INVALID_CONSTRAINT,
          annotation.owner(),
          mirror,
          attribute == null ? null : Annotations.explicitValue(mirror, attribute),
          Annotations.simpleName(mirror),
          where,
          problem);
    }

    private void report(
        Message message, Annotations.Owned annotation, AnnotationValue value, Object... args) {
      diagnostics.reportAt(message, annotation.owner(), annotation.mirror(), value, args);
    }

    private long longValue(Annotations.Owned annotation, String name) {
      return ((Number) Annotations.value(elements, annotation.mirror(), name).getValue())
          .longValue();
    }
  }

  /**
   * Toolwright validates the Default group only (as {@code Validator.validate(object)} does), so
   * a constraint in another group would be shown and never enforced.
   */
  private boolean defaultGroupOnly(Annotations.Owned annotation, String where) {
    AnnotationMirror mirror = annotation.mirror();
    AnnotationValue groups = Annotations.explicitValue(mirror, "groups");
    if (groups == null) {
      return true;
    }
    List<String> names = new ArrayList<>();
    boolean onlyDefault = true;
    for (Object item : (List<?>) groups.getValue()) {
      Object group = ((AnnotationValue) item).getValue();
      String name =
          group instanceof DeclaredType type ? type.asElement().toString() : String.valueOf(group);
      names.add(name.substring(name.lastIndexOf('.') + 1));
      onlyDefault &= name.equals(DEFAULT_GROUP);
    }
    if (onlyDefault) {
      return true;
    }
    diagnostics.reportAt(
        Message.CONSTRAINT_GROUPS,
        annotation.owner(),
        mirror,
        groups,
        Annotations.simpleName(mirror),
        where,
        String.join(", ", names));
    return false;
  }

  /** The tighter of two bounds in {@code direction} (1 lower, -1 upper); exclusive wins a tie. */
  private static Constraint.Bound tighter(
      Constraint.Bound current, Constraint.Bound next, int direction) {
    if (current == null) {
      return next;
    }
    int compared = next.value().compareTo(current.value()) * direction;
    return compared > 0 || compared == 0 && !next.inclusive() ? next : current;
  }

  private static String sentence(String simpleName) {
    return switch (simpleName) {
      case "Past" -> "Must be in the past";
      case "PastOrPresent" -> "Must be in the past or the present";
      case "Future" -> "Must be in the future";
      default -> "Must be in the future or the present";
    };
  }

  private static boolean isText(Shape shape) {
    return shape instanceof AllowedStringShape
        || shape instanceof ScalarShape scalar && scalar.scalar() == Scalar.STRING;
  }

  private static boolean isSized(Shape shape) {
    return isText(shape) || shape instanceof ArrayShape || shape instanceof MapShape;
  }

  private static boolean isNumber(Shape shape) {
    return shape instanceof ScalarShape scalar && scalar.scalar().isNumber();
  }

  private static boolean isBoolean(Shape shape) {
    return shape instanceof ScalarShape scalar && scalar.scalar() == Scalar.BOOLEAN;
  }

  private static boolean isTemporal(Shape shape) {
    return shape instanceof ScalarShape scalar && scalar.scalar().isTemporal();
  }
}
