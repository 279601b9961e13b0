package io.toolwright.conformance;

import io.toolwright.Dialect;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One tool in one dialect, as Toolwright sends it.
 *
 * @param origin where the rendering was read: a resource or file name
 * @param toolName the tool's name in Toolwright (the rendered name may differ by dialect)
 * @param dialect the dialect
 * @param json the tool object, one element of the request's tools array (for Gemini one {@code
 *     FunctionDeclaration})
 */
record ToolRendering(String origin, String toolName, Dialect dialect, JsonNode json) {
  ToolRendering {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(toolName, "toolName");
    Objects.requireNonNull(dialect, "dialect");
    if (json == null || !json.isObject()) {
      throw new IllegalArgumentException(
          origin + ": " + toolName + " in " + dialect.key() + " is not a JSON object");
    }
  }

  /** Shown as the parameterized test's name. */
  @Override
  public String toString() {
    return toolName + " [" + dialect.key() + "] from " + origin;
  }
}
