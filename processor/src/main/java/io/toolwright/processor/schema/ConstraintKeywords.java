package io.toolwright.processor.schema;

import io.toolwright.processor.model.Constraint;
import io.toolwright.processor.model.PatternDialect;
import io.toolwright.schema.JsonSchema;
import io.toolwright.schema.JsonSchema.ArraySchema;
import io.toolwright.schema.JsonSchema.BooleanSchema;
import io.toolwright.schema.JsonSchema.NumberSchema;
import io.toolwright.schema.JsonSchema.ObjectSchema;
import io.toolwright.schema.JsonSchema.StringSchema;
import java.math.BigDecimal;
import java.util.ArrayList;
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

  /**
   * The largest {@code @Digits(integer = n)} shown as bounds (10^n): the idiom {@code integer =
   * Integer.MAX_VALUE} means "any", and the parser's default exponent limit (1000) already rejects
   * longer numbers.
   */
  private static final int MAX_DIGITS_BOUND = 1000;

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
    if (schema instanceof BooleanSchema bool) {
      for (Constraint constraint : constraints) {
        if (constraint instanceof Constraint.AssertBoolean assertion) {
          return new BooleanSchema(bool.description(), bool.nullable(), assertion.value());
        }
      }
      return bool;
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
    String format = string.format();
    boolean notBlank = false;
    List<String> patterns = new ArrayList<>();
    for (Constraint constraint : constraints) {
      if (constraint instanceof Constraint.NotBlank) {
        minLength = minLength == null ? 1 : Math.max(minLength, 1);
        notBlank = true;
      } else if (constraint instanceof Constraint.Pattern regexp) {
        patterns.add(regexp.regexp());
      } else if (constraint instanceof Constraint.Email) {
        format = "email";
      }
    }
    return new StringSchema(
        string.description(),
        string.nullable(),
        format,
        minLength,
        length.max,
        pattern(string.pattern(), notBlank, patterns),
        string.allowed());
  }

  /**
   * One {@code pattern} keyword saying everything: a single {@code @Pattern} anchored, {@code
   * @NotBlank} alone as {@code \S} (a search: one non-whitespace character somewhere), and
   * several together as lookaheads in one anchored expression, since each must hold. A scalar's
   * own pattern (a {@code LocalTime}'s) has no constraints beside it.
   */
  private static String pattern(String own, boolean notBlank, List<String> patterns) {
    if (patterns.isEmpty()) {
      return notBlank && own == null ? "\\S" : own;
    }
    if (patterns.size() == 1 && !notBlank) {
      return anchored(patterns.get(0));
    }
    StringBuilder combined = new StringBuilder("^");
    if (notBlank) {
      combined.append("(?=[\\s\\S]*\\S)");
    }
    int groups = 0;
    for (int i = 0; i < patterns.size(); i++) {
      String regexp = PatternDialect.shiftBackreferences(patterns.get(i), groups);
      groups += PatternDialect.capturingGroups(patterns.get(i));
      boolean last = i == patterns.size() - 1;
      combined.append(last ? "(?:" : "(?=(?:").append(regexp).append(last ? ")$" : ")$)");
    }
    return combined.toString();
  }

  private static NumberSchema number(NumberSchema number, List<Constraint> constraints) {
    Bound lower =
        Bound.of(number.minimum(), true).tighterLower(Bound.of(number.exclusiveMinimum(), false));
    Bound upper =
        Bound.of(number.maximum(), true).tighterUpper(Bound.of(number.exclusiveMaximum(), false));
    BigDecimal multipleOf = number.multipleOf();
    for (Constraint constraint : constraints) {
      if (constraint instanceof Constraint.Bound bound) {
        Bound next = new Bound(bound.value(), bound.inclusive());
        if (bound.upper()) {
          upper = upper.tighterUpper(next);
        } else {
          lower = lower.tighterLower(next);
        }
      } else if (constraint instanceof Constraint.Digits digits) {
        if (digits.integer() <= MAX_DIGITS_BOUND) {
          // Fewer than `integer` digits before the point: strictly between -10^n and 10^n.
          BigDecimal limit = BigDecimal.ONE.scaleByPowerOfTen(digits.integer());
          upper = upper.tighterUpper(new Bound(limit, false));
          lower = lower.tighterLower(new Bound(limit.negate(), false));
        }
        if (!number.integral()) {
          BigDecimal step = BigDecimal.ONE.scaleByPowerOfTen(-digits.fraction());
          multipleOf = multipleOf == null || step.compareTo(multipleOf) > 0 ? step : multipleOf;
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
        upper.inclusive ? null : upper.value,
        multipleOf);
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
