package io.toolwright;

import io.toolwright.CallExecutor.ReadyCall;
import io.toolwright.spi.Fallback;

/** The next step told to the model when a call's attempts are spent or its tool is unavailable. */
final class NextStep {

  private NextStep() {}

  /**
   * {@code error} with the next step the tool's {@link Fallback} gives after {@code lastError},
   * or the default next step when it has none or it throws.
   */
  static ToolError append(
      ExecutionPolicy policy, ReadyCall ready, ToolError error, ToolError lastError) {
    Fallback fallback = policy.fallback(ready.call().name());
    String step = null;
    if (fallback != null) {
      try {
        step = fallback.nextStep(ready.binding().definition(), lastError);
      } catch (Throwable thrown) {
        CallExecutor.logFailure(
            "A Fallback threw; the model is told the default next step", thrown);
      }
    }
    if (step == null || step.isBlank()) {
      step = "Do not call it again with the same arguments; tell the user it is unavailable.";
    }
    return ToolError.of(error.code(), error.message() + " " + CallExecutor.sentence(step.strip()));
  }
}
