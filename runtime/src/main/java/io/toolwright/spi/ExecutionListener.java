package io.toolwright.spi;

import io.toolwright.CallEvent;
import io.toolwright.ErrorCode;
import io.toolwright.ToolCall;
import io.toolwright.ToolDefinition;
import io.toolwright.ToolError;

/**
 * Told why a call failed, including what the model is never told: the exception, with its message
 * and stack trace. Set one with {@link io.toolwright.ToolRegistry.Builder#listener}; unless set, a
 * registry uses {@link #logging()}, which writes to {@link System.Logger} {@value #LOGGER_NAME}.
 *
 * <p>Every method has a default that does nothing, so a listener overrides what it needs, and
 * methods added later (for successes, approvals, retries) break no implementation. {@link #onRejected} and {@link
 * #onToolFailure} are called once per failed call, after the result is decided and before {@code
 * execute} returns, on the thread that ran the call's last step (the calling thread unless the
 * registry's {@link io.toolwright.ExecutionPolicy} has an executor); {@link #onCall} once per
 * attempt; a method that throws changes no result (what it threw is logged
 * to {@value #LOGGER_NAME}, except a {@link VirtualMachineError} such as {@link OutOfMemoryError},
 * which propagates as from a tool). A listener shared between registries or threads must be
 * thread-safe.
 */
public interface ExecutionListener {

  /** The name of the {@link System.Logger} that {@link #logging()} writes to. */
  String LOGGER_NAME = "io.toolwright";

  /**
   * The model's call was refused before its tool ran: {@link ErrorCode#UNKNOWN_TOOL}, {@link
   * ErrorCode#INVALID_JSON}, {@link ErrorCode#INVALID_ARGUMENTS}, or a policy's refusal ({@link
   * ErrorCode#TOO_MANY_CALLS}, {@link ErrorCode#CALL_BUDGET_EXHAUSTED}, {@link
   * ErrorCode#PERMISSION_DENIED}, {@link ErrorCode#CALL_ID_CONFLICT}, {@link
   * ErrorCode#APPROVAL_REQUIRED}, {@link ErrorCode#NOT_APPROVED}, {@link
   * ErrorCode#ATTEMPTS_EXHAUSTED} when earlier responses spent them). The model is told {@code error}
   * and can correct the call.
   *
   * @param cause what the application's code threw when that is why the arguments were refused (an
   *     arguments record's constructor throwing an {@link IllegalArgumentException}, whose message
   *     the model is not told, or a {@link io.toolwright.ToolException}); {@code null} when a check
   *     refused the call
   */
  default void onRejected(ToolCall call, ToolError error, Throwable cause) {}

  /**
   * {@link ErrorCode#TOOL_FAILED}, {@link ErrorCode#TIMED_OUT}, {@link ErrorCode#OUTCOME_UNKNOWN}
   * (cause: a {@code TimeoutException}), {@link ErrorCode#TOOL_UNAVAILABLE} or {@link
   * ErrorCode#ATTEMPTS_EXHAUSTED} after attempts in this response (cause: the last failure): the
   * tool threw; or it ran and its result could not be turned
   * into JSON; or the application's code or configuration failed before it could run (a missing
   * context value, a constraint that cannot be checked, an arguments record's constructor or a
   * custom constraint validator that threw). The model is told {@code error}: the exception's class
   * name, and the message of a {@link io.toolwright.ToolException} only.
   *
   * @param tool the tool called; {@code null} only when Toolwright itself failed before finding it,
   *     a defect to report
   * @param cause what was thrown, never {@code null}
   */
  default void onToolFailure(
      ToolCall call, ToolDefinition tool, ToolError error, Throwable cause) {}

  /**
   * Every attempt at every call, and every call answered without running (a check, cap or budget
   * refused it), with the tool, the attempt, the outcome, the duration and the error code: for
   * audit logs and metrics. Called after {@link #onRejected} or {@link #onToolFailure} for the same
   * call, possibly on a worker thread when the registry runs calls on an executor.
   */
  default void onCall(CallEvent event) {}

  /**
   * The default listener: a tool failure at {@link System.Logger.Level#WARNING} with its exception
   * and stack trace, a rejected call at {@link System.Logger.Level#DEBUG} (a model's mistakes are
   * routine, and its arguments may be personal data: neither is logged). Both go to the {@link
   * System.Logger} named {@value #LOGGER_NAME}, so the JDK routes them to {@code java.util.logging}
   * or to whatever the application installed as its {@link System.LoggerFinder} (SLF4J and Log4j
   * have bridges); Toolwright adds no logging dependency. The call's id and the tool's name are
   * logged bounded and on one line.
   */
  static ExecutionListener logging() {
    return LoggingListener.INSTANCE;
  }
}
