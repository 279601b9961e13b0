package io.toolwright;

import java.util.Objects;

/**
 * A tool removed on purpose, declared with {@code @RetiredTool} on the class that had it: never in
 * the definitions, and a call to it is answered with {@link ErrorCode#RETIRED_TOOL} naming the
 * replacement. A value; a final class rather than a record, so that it can gain properties
 * (docs/api.md, "Values that grow").
 */
public final class RetiredTool {
  private final String name;
  private final String replacement;
  private final String since;
  private final String until;

  private RetiredTool(String name, String replacement, String since, String until) {
    this.name = Objects.requireNonNull(name, "name");
    this.replacement = Objects.requireNonNull(replacement, "replacement");
    this.since = since == null ? "" : since;
    this.until = until == null ? "" : until;
  }

  /**
   * Called by generated code, and by tests.
   *
   * @param name the retired tool's name
   * @param replacement the tool to call instead
   * @param since the date it was retired, {@code YYYY-MM-DD}, or empty
   * @param until the date until which the declaration is meant to stay, {@code YYYY-MM-DD}, or empty
   */
  public static RetiredTool of(String name, String replacement, String since, String until) {
    return new RetiredTool(name, replacement, since, until);
  }

  /** The retired tool's name. */
  public String name() {
    return name;
  }

  /** The tool to call instead. */
  public String replacement() {
    return replacement;
  }

  /** The date it was retired, {@code YYYY-MM-DD}, or empty. */
  public String since() {
    return since;
  }

  /** The date until which the declaration is meant to stay, {@code YYYY-MM-DD}, or empty. */
  public String until() {
    return until;
  }

  /** What the model is told: {@code get_order was retired; use find_order instead}. */
  public String message() {
    return name + " was retired; use " + replacement + " instead";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RetiredTool that
        && name.equals(that.name)
        && replacement.equals(that.replacement)
        && since.equals(that.since)
        && until.equals(that.until);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, replacement, since, until);
  }

  @Override
  public String toString() {
    return "RetiredTool[" + name + " -> " + replacement + "]";
  }
}
