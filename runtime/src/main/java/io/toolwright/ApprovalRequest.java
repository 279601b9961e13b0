package io.toolwright;

import java.time.Instant;
import java.util.Objects;

/**
 * A destructive call awaiting a person's decision, as handed to the {@link
 * io.toolwright.spi.ApprovalHandler}: what to show the person (tool, arguments), and what the
 * approval will be bound to (tool, canonical arguments, principal). Made by the registry only.
 */
public final class ApprovalRequest {

  private final String callId;
  private final ToolDefinition tool;
  private final String argumentsJson;
  private final String argumentsFingerprint;
  private final String principal;

  ApprovalRequest(
      String callId,
      ToolDefinition tool,
      String argumentsJson,
      String argumentsFingerprint,
      String principal) {
    this.callId = callId;
    this.tool = tool;
    this.argumentsJson = argumentsJson;
    this.argumentsFingerprint = argumentsFingerprint;
    this.principal = principal;
  }

  /** The id of the call, as the model gave it. */
  public String callId() {
    return callId;
  }

  /** The tool the model wants to call. */
  public ToolDefinition tool() {
    return tool;
  }

  /**
   * The arguments as checked, compact JSON, to show the person deciding. They came from the model
   * and may hold personal data: show them, do not log them.
   */
  public String argumentsJson() {
    return argumentsJson;
  }

  /** The SHA-256 of tool and canonical arguments that an approval is bound to. */
  public String argumentsFingerprint() {
    return argumentsFingerprint;
  }

  /** Who the call acts for, as {@link ExecutionPolicy.Builder#principal} names them. */
  public String principal() {
    return principal;
  }

  /** Approves exactly this tool, these arguments and this principal, until {@code expiresAt}. */
  public Approval approve(Instant expiresAt) {
    return Approval.granted(tool.name(), argumentsFingerprint, principal, expiresAt);
  }

  /** Refuses the call; {@code reason} is told to the model. */
  public Approval deny(String reason) {
    return Approval.denied(Objects.requireNonNull(reason, "reason"));
  }

  @Override
  public String toString() {
    return "ApprovalRequest[callId="
        + Excerpts.text(callId, Excerpts.LIMIT)
        + ", tool="
        + tool.name()
        + ", principal="
        + Excerpts.text(principal, Excerpts.LIMIT)
        + "]";
  }
}
