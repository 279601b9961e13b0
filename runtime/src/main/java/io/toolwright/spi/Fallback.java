package io.toolwright.spi;

import io.toolwright.ToolDefinition;
import io.toolwright.ToolError;

/**
 * What the model is told when a call has used up its attempts ({@link
 * io.toolwright.ErrorCode#ATTEMPTS_EXHAUSTED}) or its tool said it is unavailable ({@link
 * io.toolwright.ErrorCode#TOOL_UNAVAILABLE}): a next step it can take, such as another tool, or
 * telling the user that a person was asked. An implementation may also escalate, for example open a
 * ticket for a human, and say so in its answer. Configured per tool, or for every tool, on {@link
 * io.toolwright.ExecutionPolicy.Builder#fallback}.
 */
@FunctionalInterface
public interface Fallback {

  /**
   * The next step for the model, one or two sentences; appended to the error's message.
   *
   * @param tool the tool whose attempts are spent
   * @param lastError why the last attempt failed, as the model would have been told
   * @throws Exception if escalation fails; the model is then told the error without a next step,
   *     and the listener gets the exception
   */
  String nextStep(ToolDefinition tool, ToolError lastError) throws Exception;

  /** A fixed next step, for example {@code "Tell the user the billing system is down."}. */
  static Fallback message(String nextStep) {
    java.util.Objects.requireNonNull(nextStep, "nextStep");
    return (tool, error) -> nextStep;
  }
}
