package io.toolwright;

/**
 * Why a tool call failed. Each name is stable: models, dashboards and alerts key on it, so a code is
 * never renamed or given another meaning.
 *
 * <p><b>The set grows.</b> Policies still to come will add codes, for example for a call that was
 * not approved or not permitted. Code that switches over {@code ErrorCode} must have a {@code default} branch (treat an
 * unknown code like {@link #TOOL_FAILED}); a new code is not a breaking change.
 */
public enum ErrorCode {
  /** No tool has the name the model used; the error lists the closest names. */
  UNKNOWN_TOOL,
  /** The arguments are not one well-formed JSON object within the parsing limits. */
  INVALID_JSON,
  /** The arguments are JSON but break the tool's schema or constraints; nothing was called. */
  INVALID_ARGUMENTS,
  /** The tool was called and threw, or the application could not run it. */
  TOOL_FAILED,
  /**
   * The model asked for more calls in one response than {@link ExecutionPolicy#maxCallsPerResponse}
   * allows; this call, past the cap, was not run. The calls before it were.
   */
  TOO_MANY_CALLS,
  /**
   * The conversation has used up its calls to this tool ({@link ExecutionPolicy#maxCallsPerTool})
   * or its calls in total ({@link ExecutionPolicy#maxCallsPerConversation}); the call was not run.
   */
  CALL_BUDGET_EXHAUSTED,
  /**
   * A read-only tool did not answer within its time-out; its worker was interrupted. Nothing was
   * changed by it, so the model may call it again.
   */
  TIMED_OUT,
  /**
   * A tool that changes state did not answer within its time-out; its worker was interrupted. It
   * may or may not have done what it was asked: never reported as failed or as succeeded, and
   * never run again automatically.
   */
  OUTCOME_UNKNOWN,
  /**
   * The same call (same tool, same arguments) has failed as often as attempts allow, in this
   * response or in earlier ones of the conversation; it was not run again. The message carries the
   * configured fallback's next step.
   */
  ATTEMPTS_EXHAUSTED,
  /**
   * The tool said it is unavailable (an exception of a type in {@link
   * ExecutionPolicy.Builder#unavailableFailures}); it was not tried again, and the message carries
   * the configured fallback's next step.
   */
  TOOL_UNAVAILABLE,
  /**
   * The application does not let the principal of this request use this tool, or make this call
   * ({@link io.toolwright.spi.ToolPermissions}); the tool was not run.
   */
  PERMISSION_DENIED,
  /**
   * The call's id was used before for a call with other arguments, or a call with the same id is
   * still running ({@link io.toolwright.spi.IdempotencyStore}); the tool was not run again.
   */
  CALL_ID_CONFLICT,
  /**
   * The tool is destructive and the application has no {@link io.toolwright.spi.ApprovalHandler}
   * configured, so it cannot be run; the model should tell the user to do it another way.
   */
  APPROVAL_REQUIRED,
  /**
   * The destructive call was denied, its approval expired, or the approval was given for other
   * arguments or another principal; the tool was not run.
   */
  NOT_APPROVED,
  /**
   * The tool was removed on purpose ({@code @RetiredTool}); the message names the tool to call
   * instead, which is also the one entry of the error's closest tools.
   */
  RETIRED_TOOL
}
