package io.toolwright.schema.dialect;

import io.toolwright.Dialect;
import io.toolwright.ToolDefinition;
import io.toolwright.schema.JsonSchema.ObjectSchema;

/**
 * OpenAI function tools: Chat Completions {@code {"type":"function","function":{...}}} and
 * Responses {@code {"type":"function","name":...}}, always with an explicit {@code strict} (the
 * Responses API makes a tool strict when it is left out).
 */
final class OpenAiFunctions {

  static final int MAX_PROPERTIES = 5000;
  static final int MAX_ENUM_VALUES = 1000;
  static final int MAX_NAME_CHARS = 120_000;

  private OpenAiFunctions() {}

  static Rendering render(Dialect dialect, ToolDefinition tool) {
    ProblemList problems = new ProblemList(dialect);
    ToolNames.check(dialect, tool.name(), tool.description(), problems);
    Profile profile = Profile.input(dialect);
    boolean chat = dialect == Dialect.OPENAI_CHAT || dialect == Dialect.OPENAI_CHAT_STRICT;
    ObjectSchema parameters = tool.parameters();
    SchemaStats[] stats = new SchemaStats[1];
    String json =
        Json.write(
            out -> {
              out.writeStartObject();
              out.writeStringProperty("type", "function");
              if (chat) {
                out.writeName("function");
                out.writeStartObject();
              }
              out.writeStringProperty("name", tool.name());
              Json.optionalText(out, "description", tool.description());
              out.writeName("parameters");
              stats[0] = SchemaWriter.write(profile, out, parameters, parameters.defs(), problems);
              out.writeBooleanProperty("strict", dialect.strict());
              if (chat) {
                out.writeEndObject();
              }
              out.writeEndObject();
            });
    if (profile.openAiStrictLimits) {
      checkLimits(stats[0], problems);
    }
    return DialectRenderer.result(dialect, tool, json, problems);
  }

  /** OpenAI strict's size limits (structured outputs, "Supported schemas"). */
  private static void checkLimits(SchemaStats stats, ProblemList problems) {
    if (stats.properties > MAX_PROPERTIES) {
      problems.add(
          Rules.PROPERTY_COUNT,
          "",
          "OpenAI strict mode allows 5000 object properties in a schema; this one has "
              + stats.properties
              + ".",
          "Split the tool, or group parameters into fewer, list-valued ones.");
    }
    if (stats.tooDeep != null) {
      problems.add(
          Rules.NESTING_DEPTH,
          stats.tooDeep,
          "OpenAI strict mode allows 10 levels of nested objects; this object is deeper.",
          "Flatten the parameter types.");
    }
    if (stats.enumValues > MAX_ENUM_VALUES) {
      problems.add(
          Rules.ENUM_COUNT,
          "",
          "OpenAI strict mode allows 1000 enum values in a schema; this one has "
              + stats.enumValues
              + ".",
          "Take a string checked by the method instead of the largest enums.");
    }
    if (stats.longEnum != null) {
      problems.add(
          Rules.ENUM_LENGTH,
          stats.longEnum,
          "OpenAI strict mode allows an enum of more than 250 strings only up to 15,000 characters"
              + " in all.",
          "Take a string checked by the method, or shorten the values.");
    }
    if (stats.nameChars > MAX_NAME_CHARS) {
      problems.add(
          Rules.NAME_LENGTH,
          "",
          "OpenAI strict mode allows 120,000 characters of property names, definition names and"
              + " enum values in a schema; this one has "
              + stats.nameChars
              + ".",
          "Split the tool or shorten names and enum values.");
    }
  }
}
