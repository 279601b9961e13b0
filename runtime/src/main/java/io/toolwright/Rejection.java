package io.toolwright;

import java.util.List;

/**
 * Thrown inside the executor when a check refuses a call, carrying the error to answer with. Checks
 * throw it rather than return codes so that each step reads as a straight line; the executor turns
 * it into a {@link ToolResult.Failure}. Never escapes the package.
 */
final class Rejection extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ToolError error;

  Rejection(ToolError error) {
    this(error, null);
  }

  /**
   * @param cause what the application's code threw, when that is why: the model is told its class
   *     at most, the application gets it whole ({@link ToolResult.Failure#cause()})
   */
  Rejection(ToolError error, Throwable cause) {
    // No stack trace: a rejection is an answer to the model, not a fault to debug.
    super(error.message(), cause, false, false);
    this.error = error;
  }

  static Rejection of(ErrorCode code, String message, List<ArgumentProblem> problems) {
    return new Rejection(new ToolError(code, message, problems, List.of()));
  }

  ToolError error() {
    return error;
  }
}
