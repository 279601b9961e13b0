package io.toolwright;

import io.toolwright.CallExecutor.ReadyCall;
import io.toolwright.annotation.Effect;
import java.util.concurrent.CompletableFuture;

/** A call that passed phase 1: where its answer goes, and what it may still use. */
final class BatchSlot {
  final int index;
  final ReadyCall ready;
  final String key;
  final int allowedAttempts;
  /** Whether the call holds a claim in the idempotency store, to complete with its outcome. */
  final boolean claimed;
  /** For a destructive call: what was asked, and the decision to come. */
  ApprovalRequest request;
  CompletableFuture<Approval> approval;
  Throwable approvalFailure;

  BatchSlot(int index, ReadyCall ready, String key, int allowedAttempts, boolean claimed) {
    this.index = index;
    this.ready = ready;
    this.key = key;
    this.allowedAttempts = allowedAttempts;
    this.claimed = claimed;
  }

  static boolean isRead(ReadyCall ready) {
    return ready.binding().definition().effect() == Effect.READ_ONLY;
  }

  String name() {
    return ready.call().name();
  }

  boolean isRead() {
    return isRead(ready);
  }

  /** Whether running it again is harmless: read-only, or declared idempotent. */
  boolean isRepeatable() {
    return isRead() || ready.binding().definition().idempotent();
  }
}
