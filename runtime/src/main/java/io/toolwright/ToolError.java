package io.toolwright;

import java.util.List;
import java.util.Objects;

/**
 * Why a tool call failed, in a form the model can act on.
 *
 * @param code the stable reason
 * @param message one or two sentences for the model: what went wrong and what to do
 * @param problems for {@link ErrorCode#INVALID_ARGUMENTS} and {@link ErrorCode#INVALID_JSON}, each
 *     bad value with its JSON pointer; empty otherwise
 * @param closestTools for {@link ErrorCode#UNKNOWN_TOOL}, the registered names nearest to the one
 *     the model used, closest first; empty otherwise
 */
public record ToolError(
    ErrorCode code, String message, List<ArgumentProblem> problems, List<String> closestTools) {
  public ToolError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    problems = List.copyOf(problems);
    closestTools = List.copyOf(closestTools);
  }
}
