package io.toolwright.schema.dialect;

import io.toolwright.Dialect;
import io.toolwright.ToolDefinition;
import io.toolwright.schema.JsonSchema.ObjectSchema;

/**
 * Anthropic Messages tools: {@code {"name","description","input_schema",["strict":true],
 * ["input_examples":[...]]}}. Optional parameters stay out of {@code required} without a {@code
 * null} union, in strict mode too, where unions count against a budget of 16 per request.
 */
final class AnthropicTools {

  /** Anthropic strict's per-request caps (strict tool use). */
  static final int MAX_STRICT_TOOLS = 20;

  static final int MAX_OPTIONALS = 24;
  static final int MAX_UNIONS = 16;

  /** A rendering with the counts the strict budget is made of. */
  record Counted(Rendering rendering, int optionals, int unions) {}

  private AnthropicTools() {}

  static Rendering render(Dialect dialect, ToolDefinition tool) {
    return counted(dialect, tool).rendering();
  }

  static Counted counted(Dialect dialect, ToolDefinition tool) {
    ProblemList problems = new ProblemList(dialect);
    ToolNames.check(dialect, tool.name(), tool.description(), problems);
    Profile profile = Profile.input(dialect);
    ObjectSchema parameters = tool.parameters();
    SchemaStats[] stats = new SchemaStats[1];
    String json =
        Json.write(
            out -> {
              out.writeStartObject();
              out.writeStringProperty("name", tool.name());
              Json.optionalText(out, "description", tool.description());
              out.writeName("input_schema");
              stats[0] = SchemaWriter.write(profile, out, parameters, parameters.defs(), problems);
              if (dialect.strict()) {
                out.writeBooleanProperty("strict", true);
              }
              if (!tool.examples().isEmpty()) {
                out.writeName("input_examples");
                out.writeStartArray();
                for (String example : tool.examples()) {
                  Examples.write(out, example, parameters);
                }
                out.writeEndArray();
              }
              out.writeEndObject();
            });
    SchemaStats counts = stats[0];
    if (dialect.strict()) {
      if (counts.optionals > MAX_OPTIONALS) {
        problems.add(
            Rules.STRICT_BUDGET,
            "",
            "Anthropic strict mode allows 24 optional parameters per request, and this tool alone"
                + " has "
                + counts.optionals
                + ".",
            "Make some parameters required, or send the tool without strict (Dialect.ANTHROPIC).");
      }
      if (counts.unions > MAX_UNIONS) {
        problems.add(
            Rules.STRICT_BUDGET,
            "",
            "Anthropic strict mode allows 16 union-typed parameters per request, and this tool"
                + " alone has "
                + counts.unions
                + ".",
            "Make some parameters non-nullable, or send the tool without strict"
                + " (Dialect.ANTHROPIC).");
      }
    }
    return new Counted(
        DialectRenderer.result(dialect, tool, json, problems), counts.optionals, counts.unions);
  }
}
