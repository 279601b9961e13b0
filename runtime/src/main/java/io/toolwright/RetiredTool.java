package io.toolwright;

import java.util.Objects;

/**
 * A tool removed on purpose, declared with {@code @RetiredTool} on the class that had it: never in
 * the definitions, and a call to it is answered with {@link ErrorCode#RETIRED_TOOL} naming the
 * replacement.
 *
 * @param name the retired tool's name
 * @param replacement the tool to call instead
 * @param since the date it was retired, {@code YYYY-MM-DD}, or empty
 * @param until the date until which the declaration is meant to stay, {@code YYYY-MM-DD}, or empty
 */
public record RetiredTool(String name, String replacement, String since, String until) {

  public RetiredTool {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(replacement, "replacement");
    since = since == null ? "" : since;
    until = until == null ? "" : until;
  }

  /** What the model is told: {@code get_order was retired; use find_order instead}. */
  public String message() {
    return name + " was retired; use " + replacement + " instead";
  }
}
