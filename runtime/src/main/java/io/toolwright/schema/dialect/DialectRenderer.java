package io.toolwright.schema.dialect;

import io.toolwright.Dialect;
import io.toolwright.ToolDefinition;
import java.util.Objects;

/**
 * Renders one tool in one {@link Dialect}: a pure function of the tool's definition, deterministic
 * to the byte. The processor calls it at build time for every tool and selected dialect (a problem
 * becomes a compile error at the element its pointer leads to); {@code ToolRegistry} calls it once
 * per tool and dialect and keeps the result.
 *
 * <p>Every dialect renders lean (see {@code docs/dialects.md}): no {@code $schema}, no format or
 * bounds that only restate a Java type, {@code $defs} only where they save characters or a type is
 * recursive, each enum legend once; a constraint a dialect cannot say as a keyword is said in the
 * description.
 */
public final class DialectRenderer {

  private DialectRenderer() {}

  /** One tool in one dialect: its JSON, or why the provider would reject it. */
  public static Rendering render(Dialect dialect, ToolDefinition tool) {
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(tool, "tool");
    return switch (dialect) {
      case OPENAI_CHAT, OPENAI_CHAT_STRICT, OPENAI_RESPONSES, OPENAI_RESPONSES_STRICT ->
          OpenAiFunctions.render(dialect, tool);
      case ANTHROPIC, ANTHROPIC_STRICT -> AnthropicTools.render(dialect, tool);
      case GEMINI, GEMINI_JSON_SCHEMA -> GeminiDeclarations.render(dialect, tool);
      case MCP -> McpTools.render(tool);
    };
  }

  static Rendering result(Dialect dialect, ToolDefinition tool, String json, ProblemList problems) {
    return problems.isEmpty()
        ? new Rendering(dialect, tool.name(), json, java.util.List.of())
        : new Rendering(dialect, tool.name(), null, problems.list());
  }
}
