package io.toolwright.processor.schema;

import io.toolwright.processor.model.Constraint;
import io.toolwright.schema.JsonSchema;
import io.toolwright.schema.JsonSchema.ArraySchema;
import io.toolwright.schema.JsonSchema.NumberSchema;
import io.toolwright.schema.JsonSchema.ObjectSchema;
import io.toolwright.schema.JsonSchema.StringSchema;
import java.math.BigDecimal;
import java.util.List;

/**
 * Turns Bean Validation constraints into the schema keywords that say the same, so a model sees the
 * limits that Hibernate Validator will enforce. When several constraints bound the same thing (a
 * {@code byte}'s range and {@code @Positive}), the tightest wins.
 */
final class ConstraintKeywords {

  /**
   * JSON Schema's {@code pattern} searches; Java's {@code @Pattern} must match the whole string.
   */
  static String anchored(String regexp) {
    return "^(?:" + regexp + ")$";
  }

  private ConstraintKeywords() {}

  static JsonSchema apply(JsonSchema schema, List<Constraint> constraints) {
    if (constraints.isEmpty()) {
      return schema;
    }
    if (schema instanceof StringSchema string) {
      return string(string, constraints);
    }
    if (schema instanceof NumberSchema number) {
      return number(number, constraints);
    }
    if (schema instanceof ArraySchema array) {
      Bounds items = sizes(constraints, array.minItems(), array.maxItems());
      return new ArraySchema(
          array.description(),
          array.nullable(),
          array.items(),
          items.min,
          items.max,
          array.uniqueItems());
    }
    if (schema instanceof ObjectSchema map) {
      Bounds size = sizes(constraints, map.minProperties(), map.maxProperties());
      return new ObjectSchema(
          map.description(),
          map.nullable(),
          map.properties(),
          map.required(),
          map.additionalProperties(),
          size.min,
          size.max,
          map.defs());
    }
    return schema;
  }

  private static StringSchema string(StringSchema string, List<Constraint> constraints) {
    Bounds length = sizes(constraints, string.minLength(), string.maxLength());
    Integer minLength = length.min;
    String pattern = string.pattern();
    String format = string.format();
    String explicitPattern = null;
    for (Constraint constraint : constraints) {
      if (constraint instanceof Constraint.NotBlank) {
        minLength = minLength == null ? 1 : Math.max(minLength, 1);
        if (pattern == null) {
          // At least one non-whitespace character somewhere: pattern searches, so no anchors.
          pattern = "\\S";
        }
      } else if (constraint instanceof Constraint.Pattern regexp) {
        explicitPattern = anchored(regexp.regexp());
      } else if (constraint instanceof Constraint.Email) {
        format = "email";
      }
    }
    // One pattern keyword only: an explicit @Pattern says more than @NotBlank's.
    return new StringSchema(
        string.description(),
        string.nullable(),
        format,
        minLength,
        length.max,
        explicitPattern != null ? explicitPattern : pattern,
        string.allowed());
  }

  private static NumberSchema number(NumberSchema number, List<Constraint> constraints) {
    Bound lower =
        Bound.of(number.minimum(), true).tighterLower(Bound.of(number.exclusiveMinimum(), false));
    Bound upper =
        Bound.of(number.maximum(), true).tighterUpper(Bound.of(number.exclusiveMaximum(), false));
    for (Constraint constraint : constraints) {
      if (constraint instanceof Constraint.Bound bound) {
        Bound next = new Bound(bound.value(), bound.inclusive());
        if (bound.upper()) {
          upper = upper.tighterUpper(next);
        } else {
          lower = lower.tighterLower(next);
        }
      }
    }
    return new NumberSchema(
        number.description(),
        number.nullable(),
        number.integral(),
        number.format(),
        lower.inclusive ? lower.value : null,
        lower.inclusive ? null : lower.value,
        upper.inclusive ? upper.value : null,
        upper.inclusive ? null : upper.value);
  }

  private static Bounds sizes(List<Constraint> constraints, Integer min, Integer max) {
    for (Constraint constraint : constraints) {
      if (constraint instanceof Constraint.Size size) {
        if (size.min() != null) {
          min = min == null ? size.min() : Math.max(min, size.min());
        }
        if (size.max() != null) {
          max = max == null ? size.max() : Math.min(max, size.max());
        }
      }
    }
    return new Bounds(min, max);
  }

  private record Bounds(Integer min, Integer max) {}

  /** A bound; a {@code null} value is no bound. */
  private record Bound(BigDecimal value, boolean inclusive) {
    static Bound of(BigDecimal value, boolean inclusive) {
      return new Bound(value, inclusive);
    }

    Bound tighterLower(Bound other) {
      return tighter(other, 1);
    }

    Bound tighterUpper(Bound other) {
      return tighter(other, -1);
    }

    /** At equal values the exclusive bound is the tighter one. */
    private Bound tighter(Bound other, int direction) {
      if (other.value == null) {
        return this;
      }
      if (value == null) {
        return other;
      }
      int compared = other.value.compareTo(value) * direction;
      if (compared > 0 || compared == 0 && !other.inclusive) {
        return other;
      }
      return this;
    }
  }
}
