package io.toolwright;

import java.time.Instant;
import java.util.Objects;

/**
 * A person's decision on a destructive call. A granted approval is bound to a tool, the canonical
 * arguments (by their fingerprint), a principal and an expiry: it lets exactly that call run, and
 * the registry refuses it for other arguments, another principal or after it expired. Plain
 * values, so an application can store approvals and hand them back later (from {@link
 * io.toolwright.spi.ApprovalHandler#request}).
 */
public final class Approval {

  private final boolean granted;
  private final String tool;
  private final String argumentsFingerprint;
  private final String principal;
  private final Instant expiresAt;
  private final String reason;

  private Approval(
      boolean granted,
      String tool,
      String argumentsFingerprint,
      String principal,
      Instant expiresAt,
      String reason) {
    this.granted = granted;
    this.tool = tool;
    this.argumentsFingerprint = argumentsFingerprint;
    this.principal = principal;
    this.expiresAt = expiresAt;
    this.reason = reason;
  }

  /** A granted approval; usually made by {@link ApprovalRequest#approve}. */
  public static Approval granted(
      String tool, String argumentsFingerprint, String principal, Instant expiresAt) {
    return new Approval(
        true,
        Objects.requireNonNull(tool, "tool"),
        Objects.requireNonNull(argumentsFingerprint, "argumentsFingerprint"),
        Objects.requireNonNull(principal, "principal"),
        Objects.requireNonNull(expiresAt, "expiresAt"),
        null);
  }

  /** A refusal; {@code reason} is told to the model. */
  public static Approval denied(String reason) {
    return new Approval(false, null, null, null, null, Objects.requireNonNull(reason, "reason"));
  }

  public boolean isGranted() {
    return granted;
  }

  public String tool() {
    return tool;
  }

  public String argumentsFingerprint() {
    return argumentsFingerprint;
  }

  public String principal() {
    return principal;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  /** Why it was denied; {@code null} when granted. */
  public String reason() {
    return reason;
  }

  /** Why this approval does not let {@code request} run at {@code now}; {@code null} when it does. */
  String refusal(ApprovalRequest request, Instant now) {
    if (!granted) {
      return CallExecutor.sentence("The call was not approved: " + reason);
    }
    if (!tool.equals(request.tool().name())
        || !argumentsFingerprint.equals(request.argumentsFingerprint())) {
      return "The approval was given for other arguments than these; the call was not run.";
    }
    if (!principal.equals(request.principal())) {
      return "The approval was given to someone else; the call was not run.";
    }
    if (!now.isBefore(expiresAt)) {
      return "The approval has expired; the call was not run.";
    }
    return null;
  }

  @Override
  public String toString() {
    return granted
        ? "Approval[granted, tool=" + tool + ", expiresAt=" + expiresAt + "]"
        : "Approval[denied]";
  }
}
