package io.toolwright;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One attempt at a call, or one call answered without running, as told to {@link
 * io.toolwright.spi.ExecutionListener#onCall}: for audit logs and metrics. It holds no argument
 * values and no exception (arguments may be personal data, messages secrets); the call's id and
 * tool name come from the model and are bounded when printed.
 */
public final class CallEvent {

  private final String callId;
  private final String toolName;
  private final int attempt;
  private final ErrorCode errorCode;
  private final Duration duration;
  private final boolean retrying;

  CallEvent(
      String callId, String toolName, int attempt, ErrorCode errorCode, Duration duration,
      boolean retrying) {
    this.callId = Objects.requireNonNull(callId, "callId");
    this.toolName = Objects.requireNonNull(toolName, "toolName");
    this.attempt = attempt;
    this.errorCode = errorCode;
    this.duration = Objects.requireNonNull(duration, "duration");
    this.retrying = retrying;
  }

  /** The id of the call, as the model gave it. */
  public String callId() {
    return callId;
  }

  /** The tool name the model used (which may name no tool). */
  public String toolName() {
    return toolName;
  }

  /**
   * Which attempt this was, from 1; {@code 0} when the call was answered without running (refused
   * by a check, a cap or a budget, or its attempts spent in earlier responses).
   */
  public int attempt() {
    return attempt;
  }

  /** Whether the tool ran and returned. */
  public boolean succeeded() {
    return errorCode == null;
  }

  /** Why the attempt failed; empty when it succeeded. */
  public Optional<ErrorCode> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /** How long the attempt took, from start to its outcome; zero when it did not run. */
  public Duration duration() {
    return duration;
  }

  /** Whether another attempt follows this failed one; when false, this is the call's outcome. */
  public boolean retrying() {
    return retrying;
  }

  @Override
  public String toString() {
    return "CallEvent[callId="
        + Excerpts.text(callId, Excerpts.LIMIT)
        + ", toolName="
        + Excerpts.text(toolName, Excerpts.LIMIT)
        + ", attempt="
        + attempt
        + ", outcome="
        + (errorCode == null ? "SUCCEEDED" : errorCode.name())
        + ", duration="
        + duration
        + (retrying ? ", retrying" : "")
        + "]";
  }
}
