package io.toolwright.spi;

import io.toolwright.Approval;
import io.toolwright.ApprovalRequest;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * {@link ApprovalHandler#approveAll()}: a class, not a lambda, because it is set while an
 * application wires its registry, and a lambda is a class the JVM spins at run time, on a cold
 * JVM's way to its definitions.
 */
final class ApproveAll implements ApprovalHandler {

  static final ApproveAll INSTANCE = new ApproveAll();

  private ApproveAll() {}

  @Override
  public CompletionStage<Approval> request(ApprovalRequest request) {
    return CompletableFuture.completedFuture(request.approve(Instant.MAX));
  }
}
