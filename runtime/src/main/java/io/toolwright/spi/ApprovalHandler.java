package io.toolwright.spi;

import io.toolwright.Approval;
import io.toolwright.ApprovalRequest;
import java.util.concurrent.CompletionStage;

/**
 * Asks a person (or the application's rules) whether a {@link
 * io.toolwright.annotation.Effect#DESTRUCTIVE} call may run. Set one on {@link
 * io.toolwright.ExecutionPolicy.Builder#approvals}; until one is set, destructive calls are
 * refused with {@link io.toolwright.ErrorCode#APPROVAL_REQUIRED} and never run.
 *
 * <p>Called on the thread that calls {@code execute}, once per destructive call that passed every
 * check, before anything of the response runs; the call runs, in its place in the model's order,
 * when the stage completes with a granted {@link Approval} bound to its tool, arguments and
 * principal and not expired. A denial, a stage that fails, or an approval for anything else refuses
 * it ({@link io.toolwright.ErrorCode#NOT_APPROVED}). The stage may complete minutes later (a person
 * deciding): use {@code executeAsync} then, and complete it with a denial when nobody decides in
 * time, since the calls after a destructive one wait for it.
 */
@FunctionalInterface
public interface ApprovalHandler {

  CompletionStage<Approval> request(ApprovalRequest request);

  /**
   * Approves every destructive call at once, asking nobody: for an application that gates its
   * destructive tools itself before it hands calls to the registry (or does not need to, as in
   * tests and trusted batch jobs). Saying so explicitly is the point: without a handler, destructive
   * calls are refused.
   */
  static ApprovalHandler approveAll() {
    return ApproveAll.INSTANCE;
  }
}
