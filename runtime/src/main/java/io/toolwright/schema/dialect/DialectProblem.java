package io.toolwright.schema.dialect;

import io.toolwright.Dialect;
import java.util.Objects;

/**
 * Why a dialect would reject a tool: the processor reports it as a compile error at the element the
 * pointer leads to, when the dialect is selected.
 *
 * @param dialect the dialect that would reject the tool
 * @param rule a short stable name of the provider's rule, such as {@code strict-closed-objects}
 * @param pointer a JSON pointer into the tool's canonical parameter schema ({@code ""} for the
 *     tool itself, {@code /properties/tags}, {@code /$defs/Invoice/properties/lines})
 * @param message what the provider rejects, in one sentence
 * @param fix how to make the tool acceptable, in one sentence
 */
public record DialectProblem(
    Dialect dialect, String rule, String pointer, String message, String fix) {
  public DialectProblem {
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(fix, "fix");
  }
}
