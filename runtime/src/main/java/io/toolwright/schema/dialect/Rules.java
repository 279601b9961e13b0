package io.toolwright.schema.dialect;

import io.toolwright.Dialect;
import java.util.regex.Pattern;

/**
 * The rules a {@link DialectProblem} names, each a stable key the processor shows in its compile
 * error, and the problems the schema writer finds (the envelope's own checks are in {@link
 * ToolNames}, {@link OpenAiFunctions} and {@link AnthropicTools}).
 */
final class Rules {

  static final String TOOL_NAME = "tool-name";
  static final String DESCRIPTION_LENGTH = "description-length";
  static final String PROPERTY_NAME = "property-name";
  static final String CLOSED_OBJECTS = "closed-objects";
  static final String ADDITIONAL_PROPERTIES = "additional-properties";
  static final String RECURSION = "recursion";
  static final String PROPERTY_COUNT = "property-count";
  static final String NESTING_DEPTH = "nesting-depth";
  static final String ENUM_COUNT = "enum-count";
  static final String ENUM_LENGTH = "enum-length";
  static final String NAME_LENGTH = "name-length";
  static final String STRICT_BUDGET = "strict-budget";

  private Rules() {}

  /** A {@code Map<String, T>} where the dialect has no open objects. */
  static void map(Dialect dialect, String rule, String pointer, ProblemList problems) {
    if (rule.equals(CLOSED_OBJECTS)) {
      problems.add(
          rule,
          pointer,
          dialect.displayName()
              + " requires every object to be closed (additionalProperties: false), and a map"
              + " accepts any key.",
          "Use a record with the keys the tool needs, or a list of key-value records.");
    } else {
      problems.add(
          rule,
          pointer,
          dialect.displayName()
              + " cannot describe a map's values: its OpenAPI subset has no additionalProperties.",
          "Use a record or a list of key-value records, or select gemini-json-schema.");
    }
  }

  static void recursion(Dialect dialect, String typeName, String pointer, ProblemList problems) {
    problems.add(
        RECURSION,
        pointer,
        dialect.displayName()
            + " does not accept recursive schemas, and the type "
            + typeName
            + " used here contains itself.",
        "Replace the recursion with a type of bounded depth, or do not select this dialect.");
  }

  static void propertyName(
      Dialect dialect, Pattern rule, String name, String pointer, ProblemList problems) {
    problems.add(
        PROPERTY_NAME,
        pointer,
        dialect.displayName()
            + " requires property names matching ^"
            + rule.pattern()
            + "$, and '"
            + name
            + "' does not.",
        "Rename the parameter or component so that its name matches.");
  }
}
