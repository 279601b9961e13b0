package io.toolwright;

import io.toolwright.CallExecutor.ReadyCall;
import io.toolwright.annotation.Effect;
import java.util.concurrent.CompletableFuture;

/** A call that passed phase 1: where its answer goes, and what it may still use. */
final class BatchSlot {
  final int index;
  final ReadyCall ready;
  /** See {@link #key()}: hashed only when something needs it. */
  private String key;
  final int allowedAttempts;
  /** Whether the call holds a claim in the idempotency store, to complete with its outcome. */
  final boolean claimed;
  /** For a destructive call: what was asked, and the decision to come. */
  ApprovalRequest request;
  CompletableFuture<Approval> approval;
  Throwable approvalFailure;

  /** @param key the call's key when already known, or {@code null} to compute it when needed */
  BatchSlot(int index, ReadyCall ready, String key, int allowedAttempts, boolean claimed) {
    this.index = index;
    this.ready = ready;
    this.key = key;
    this.allowedAttempts = allowedAttempts;
    this.claimed = claimed;
  }

  /**
   * The call's {@link CallKey}, computed on first use: a call that runs once and succeeds in a
   * conversation without failures never needs it, and hashing the canonical arguments costs more
   * than the rest of such a call's bookkeeping. Two threads computing it at once get equal keys.
   */
  String key() {
    String known = key;
    if (known == null) {
      known = CallKey.of(ready.call().name(), ready.arguments());
      key = known;
    }
    return known;
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
