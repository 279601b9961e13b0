package io.toolwright;

import java.util.Objects;

/**
 * One tool as a provider receives it: an element of the request's tools array (for Gemini, one
 * {@code FunctionDeclaration}). Obtained from {@link RenderedTools#tools()}.
 */
public final class RenderedTool {

  private final String name;
  private final boolean strict;
  private final String json;

  RenderedTool(String name, boolean strict, String json) {
    this.name = Objects.requireNonNull(name, "name");
    this.strict = strict;
    this.json = Objects.requireNonNull(json, "json");
  }

  /** The tool's name. */
  public String name() {
    return name;
  }

  /**
   * Whether the tool is sent with {@code "strict":true}; in a strict dialect, {@code false} for a
   * tool {@link RenderedTools#relaxed()} names.
   */
  public boolean strict() {
    return strict;
  }

  /** The tool's compact JSON text, exactly as rendered at build time. */
  public String json() {
    return json;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RenderedTool that
        && name.equals(that.name)
        && strict == that.strict
        && json.equals(that.json);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, strict, json);
  }

  @Override
  public String toString() {
    return "RenderedTool[" + name + (strict ? ", strict" : "") + "]";
  }
}
