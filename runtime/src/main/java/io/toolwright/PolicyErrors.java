package io.toolwright;

import java.time.Duration;

/**
 * The errors the execution policy answers with, each written for the model: what happened and what
 * to do next. Kept apart from the scheduling so the texts can be read (and reviewed) together.
 */
final class PolicyErrors {

  private PolicyErrors() {}

  static ToolError tooMany(int asked) {
    return ToolError.of(
        ErrorCode.TOO_MANY_CALLS,
        "Too many calls in one response ("
            + asked
            + "); only the first ones were run. Make this call again in your next response, if it"
            + " is still needed.");
  }

  static ToolError toolBudgetSpent(int max) {
    return ToolError.of(
        ErrorCode.CALL_BUDGET_EXHAUSTED,
        "This conversation has used all "
            + max
            + " calls it may make to this tool; it was not run. Answer with what you have.");
  }

  static ToolError conversationBudgetSpent(int max) {
    return ToolError.of(
        ErrorCode.CALL_BUDGET_EXHAUSTED,
        "This conversation has used all "
            + max
            + " tool calls it may make; it was not run. Answer with what you have.");
  }

  private static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  static ToolError timedOut(boolean read, Duration timeout) {
    if (read) {
      return ToolError.of(
          ErrorCode.TIMED_OUT,
          "The tool did not answer within "
              + seconds(timeout)
              + " and was stopped. It changes nothing, so you may call it again, perhaps asking"
              + " for less.");
    }
    return ToolError.of(
        ErrorCode.OUTCOME_UNKNOWN,
        "The tool did not answer within "
            + seconds(timeout)
            + " and was stopped. It may or may not have done what was asked: do not call it"
            + " again before finding out (for example with a read-only tool, or by asking the"
            + " user).");
  }

  static ToolError approvalRequired() {
    return ToolError.of(
        ErrorCode.APPROVAL_REQUIRED,
        "This tool needs a person's approval, and this application cannot ask for one; it was not"
            + " run. Tell the user to do this another way.");
  }

  static ToolError permissionDenied() {
    return ToolError.of(
        ErrorCode.PERMISSION_DENIED,
        "This tool may not be used for this user, with these arguments; it was not run. Do not try"
            + " it again; tell the user it is not allowed.");
  }

  static ToolError storeUnavailable() {
    return ToolError.of(
        ErrorCode.TOOL_FAILED,
        "The application could not check whether this call was made before, so it was not run."
            + " This is an application error; try again later.");
  }
}
