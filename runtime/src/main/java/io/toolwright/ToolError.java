package io.toolwright;

import java.util.List;
import java.util.Objects;

/**
 * Why a tool call failed, in a form the model can act on. A value: equal when every property is.
 *
 * <p>A final class rather than a record, so that it can gain properties (whether a retry may help,
 * for example) without breaking callers; make one with {@link #of(ErrorCode, String)} or {@link
 * #of(ErrorCode, String, List, List)}.
 */
public final class ToolError {

  private final ErrorCode code;
  private final String message;
  private final List<ArgumentProblem> problems;
  private final List<String> closestTools;

  ToolError(
      ErrorCode code, String message, List<ArgumentProblem> problems, List<String> closestTools) {
    this.code = Objects.requireNonNull(code, "code");
    this.message = Objects.requireNonNull(message, "message");
    this.problems = List.copyOf(problems);
    this.closestTools = List.copyOf(closestTools);
  }

  /** An error with no problems and no closest tools. */
  public static ToolError of(ErrorCode code, String message) {
    return new ToolError(code, message, List.of(), List.of());
  }

  /**
   * @param code the stable reason
   * @param message one or two sentences for the model: what went wrong and what to do
   * @param problems for {@link ErrorCode#INVALID_ARGUMENTS} and {@link ErrorCode#INVALID_JSON}, each
   *     bad value with its JSON pointer; empty otherwise
   * @param closestTools for {@link ErrorCode#UNKNOWN_TOOL}, the registered names nearest to the one
   *     the model used, closest first; empty otherwise
   */
  public static ToolError of(
      ErrorCode code, String message, List<ArgumentProblem> problems, List<String> closestTools) {
    return new ToolError(code, message, problems, closestTools);
  }

  /** The stable reason. */
  public ErrorCode code() {
    return code;
  }

  /** One or two sentences for the model: what went wrong and what to do. */
  public String message() {
    return message;
  }

  /**
   * For {@link ErrorCode#INVALID_ARGUMENTS} and {@link ErrorCode#INVALID_JSON}, each bad value with
   * its JSON pointer; empty otherwise.
   */
  public List<ArgumentProblem> problems() {
    return problems;
  }

  /**
   * For {@link ErrorCode#UNKNOWN_TOOL}, the registered names nearest to the one the model used,
   * closest first; empty otherwise.
   */
  public List<String> closestTools() {
    return closestTools;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ToolError that
        && code == that.code
        && message.equals(that.message)
        && problems.equals(that.problems)
        && closestTools.equals(that.closestTools);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, message, problems, closestTools);
  }

  @Override
  public String toString() {
    // Bounded and on one line, as errors end up in logs: the message quotes the model.
    return "ToolError[code="
        + code
        + ", message="
        + Excerpts.text(message, 4 * Excerpts.LIMIT)
        + ", problems="
        + problems.size()
        + ", closestTools="
        + closestTools
        + "]";
  }
}
