package io.toolwright.schema.dialect;

import io.toolwright.Dialect;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One tool in one dialect: the JSON a provider accepts, or why it would not.
 *
 * @param dialect the dialect
 * @param toolName the tool's name
 * @param json compact JSON text of the tool as the dialect sends it (one element of the request's
 *     tools array; for Gemini one {@code FunctionDeclaration}); {@code null} when {@code problems}
 *     is not empty
 * @param problems why the provider would reject the tool; empty when {@code json} is present
 */
public record Rendering(Dialect dialect, String toolName, String json, List<DialectProblem> problems) {
  public Rendering {
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(toolName, "toolName");
    problems = List.copyOf(problems);
    if ((json == null) == problems.isEmpty()) {
      throw new IllegalArgumentException("a rendering has either JSON or problems, not both");
    }
  }

  /** The JSON text, when the dialect accepts the tool. */
  public Optional<String> jsonIfAccepted() {
    return Optional.ofNullable(json);
  }
}
