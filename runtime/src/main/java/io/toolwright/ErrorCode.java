package io.toolwright;

/**
 * Why a tool call failed. Each name is stable: models, dashboards and alerts key on it, so a code is
 * never renamed or given another meaning.
 *
 * <p><b>The set grows.</b> Execution policies still to come will add codes, for example for a call
 * that timed out, a call that was not approved, a batch larger than its cap or a result larger than
 * its cap. Code that switches over {@code ErrorCode} must have a {@code default} branch (treat an
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
  TOOL_FAILED
}
