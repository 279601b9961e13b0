package io.toolwright;

import io.toolwright.CallExecutor.ReadyCall;
import io.toolwright.spi.ToolPermissions;
import java.util.concurrent.CompletableFuture;

/**
 * The application's say over a call before it runs: its {@link ToolPermissions}, and for a
 * destructive call its {@link io.toolwright.spi.ApprovalHandler}. An exception from either refuses
 * the call; it never runs it.
 */
final class SecurityGate {

  private final ExecutionPolicy policy;

  SecurityGate(ExecutionPolicy policy) {
    this.policy = policy;
  }

  /**
   * Why the application does not let this call run: {@code null} when it does; otherwise what its
   * check threw, or a {@link SecurityException} standing for a plain "no".
   */
  Throwable denial(ToolContext context, ReadyCall ready) {
    ToolPermissions permissions = policy.permissions();
    ToolDefinition tool = ready.binding().definition();
    try {
      boolean allowed =
          permissions.mayUse(context, tool)
              && permissions.permits(context, tool, ready.arguments());
      return allowed ? null : NO;
    } catch (Throwable thrown) {
      CallExecutor.rethrowIfFatal(thrown);
      return thrown;
    }
  }

  /** Stands for a permission check that said no: it is never shown, only compared. */
  private static final SecurityException NO = new SecurityException("not permitted");

  static Throwable causeOf(Throwable denial) {
    return denial == NO ? null : denial;
  }

  /**
   * Asks the handler about a destructive call, now, so that a person can decide while the calls
   * before it run; the call waits for the answer in its place.
   */
  void ask(BatchSlot slot, ToolContext context) {
    CompletableFuture<Approval> decided = new CompletableFuture<>();
    try {
      ReadyCall ready = slot.ready;
      slot.request =
          new ApprovalRequest(
              ready.call().id(),
              ready.binding().definition(),
              ready.arguments().toString(),
              slot.key(),
              policy.principal(context));
      policy
          .approvals()
          .request(slot.request)
          .whenComplete(
              (approval, failure) -> {
                if (failure != null) {
                  decided.completeExceptionally(failure);
                } else {
                  decided.complete(approval);
                }
              });
    } catch (Throwable thrown) {
      CallExecutor.rethrowIfFatal(thrown);
      decided.completeExceptionally(thrown);
    }
    slot.approval = decided;
  }

  /** Why the decision does not let the call run; {@code null} when it does. */
  String refusal(BatchSlot slot, Approval approval, Throwable failure) {
    if (failure != null || approval == null) {
      slot.approvalFailure = failure;
      return "No approval was given; the call was not run.";
    }
    return approval.refusal(slot.request, policy.wallClock().instant());
  }
}
