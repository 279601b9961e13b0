package io.toolwright.testkit;

import io.toolwright.ParseLimits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Numbers to propose for a numeric schema, and the values on either side of its bounds. */
final class Numbers {

  /** The most digits a number may have in the arguments (the run time's default parse limit). */
  static final int MAX_DIGITS = ParseLimits.defaults().maxNumberLength();

  private static final List<String> READABLE =
      List.of("1", "2", "3", "5", "7", "10", "42", "12.5", "1.25", "0.5", "0", "-1", "-2", "-7.5");

  private Numbers() {}

  /** Proposals for a valid value, ordinary numbers first, then values at and near the bounds. */
  static List<BigDecimal> proposals(Facets facets, boolean integer) {
    Set<BigDecimal> proposals = new LinkedHashSet<>();
    for (String text : READABLE) {
      BigDecimal value = new BigDecimal(text);
      if (!integer || isInteger(value)) {
        proposals.add(value);
      }
    }
    BigDecimal step = integer ? BigDecimal.ONE : step(facets);
    BigDecimal low = lowest(facets, integer, step);
    BigDecimal high = highest(facets, integer, step);
    if (low != null) {
      proposals.add(low);
      proposals.add(low.add(step));
      proposals.add(low.add(BigDecimal.TEN));
    }
    if (high != null) {
      proposals.add(high);
      proposals.add(high.subtract(step));
      proposals.add(high.subtract(BigDecimal.TEN));
    }
    if (low != null && high != null) {
      BigDecimal middle = low.add(high).divide(BigDecimal.valueOf(2), 10, RoundingMode.FLOOR);
      proposals.add(integer ? middle.setScale(0, RoundingMode.FLOOR) : middle.stripTrailingZeros());
    }
    List<BigDecimal> result = new ArrayList<>();
    for (BigDecimal proposal : proposals) {
      result.add(facets.multipleOf == null ? proposal : multiple(proposal, facets.multipleOf));
    }
    return result;
  }

  /** The smallest value the bounds allow, on a grid of {@code step}; {@code null} if unbounded. */
  static BigDecimal lowest(Facets facets, boolean integer, BigDecimal step) {
    BigDecimal low = null;
    if (facets.minimum != null) {
      low = integer ? facets.minimum.setScale(0, RoundingMode.CEILING) : facets.minimum;
    }
    if (facets.exclusiveMinimum != null) {
      BigDecimal above =
          integer
              ? facets.exclusiveMinimum.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE)
              : facets.exclusiveMinimum.add(step);
      low = low == null || above.compareTo(low) > 0 ? above : low;
    }
    return low;
  }

  static BigDecimal highest(Facets facets, boolean integer, BigDecimal step) {
    BigDecimal high = null;
    if (facets.maximum != null) {
      high = integer ? facets.maximum.setScale(0, RoundingMode.FLOOR) : facets.maximum;
    }
    if (facets.exclusiveMaximum != null) {
      BigDecimal below =
          integer
              ? facets.exclusiveMaximum.setScale(0, RoundingMode.CEILING).subtract(BigDecimal.ONE)
              : facets.exclusiveMaximum.subtract(step);
      high = high == null || below.compareTo(high) < 0 ? below : high;
    }
    return high;
  }

  /**
   * A step one decimal place finer than the finest bound: just inside or outside {@code 0.01} is
   * {@code 0.001} away; of {@code 100}, {@code 0.1}.
   */
  static BigDecimal step(Facets facets) {
    int scale = 0;
    for (BigDecimal bound :
        new BigDecimal[] {
          facets.minimum, facets.maximum, facets.exclusiveMinimum, facets.exclusiveMaximum
        }) {
      if (bound != null) {
        scale = Math.max(scale, bound.stripTrailingZeros().scale());
      }
    }
    return BigDecimal.ONE.movePointLeft(scale + 1);
  }

  /**
   * The value as the node a JSON parser makes of it as a model writes it: an integer written
   * without a fraction is an integer node (a validator compares those exactly), and a number whose
   * digits would run past the run time's parse limit (100 digits) is in exponent form, as in
   * 1.7976931348623157E+308; a double's bound worked out with a decimal step is otherwise written
   * out in 309 digits, which tests a parsing limit, not a verdict.
   */
  static JsonNode node(BigDecimal value) {
    if (value.toPlainString().length() > MAX_DIGITS) {
      return JsonNodeFactory.instance.numberNode(value.stripTrailingZeros());
    }
    if (value.scale() <= 0) {
      return JsonNodeFactory.instance.numberNode(value.toBigIntegerExact());
    }
    return JsonNodeFactory.instance.numberNode(value);
  }

  static boolean isInteger(BigDecimal value) {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }

  private static BigDecimal multiple(BigDecimal value, BigDecimal of) {
    return value.divide(of, 0, RoundingMode.CEILING).multiply(of);
  }
}
