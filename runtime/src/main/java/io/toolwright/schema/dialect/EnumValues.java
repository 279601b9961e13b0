package io.toolwright.schema.dialect;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Whether a string enum's values already show a length or pattern constraint: a model choosing
 * among the values cannot break it, so no sentence needs to say it.
 */
final class EnumValues {

  private EnumValues() {}

  /** Every value has a length (in code points, as JSON Schema counts) within the bounds. */
  static boolean haveLengths(List<String> values, Integer min, Integer max) {
    if (values.isEmpty()) {
      return false;
    }
    for (String value : values) {
      int length = value.codePointCount(0, value.length());
      if (min != null && length < min || max != null && length > max) {
        return false;
      }
    }
    return true;
  }

  /**
   * Every value matches {@code pattern} (searched, as JSON Schema does). The processor admits only
   * patterns that {@code java.util.regex} and ECMA-262 read alike.
   */
  static boolean match(List<String> values, String pattern) {
    if (values.isEmpty()) {
      return false;
    }
    try {
      Pattern compiled = Pattern.compile(pattern);
      return values.stream().allMatch(value -> compiled.matcher(value).find());
    } catch (PatternSyntaxException e) {
      return false;
    }
  }
}
