package io.toolwright;

import io.toolwright.CallExecutor.Attempt;
import io.toolwright.spi.ExecutionClock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Starts one attempt of a call for {@link BatchRunner}: on the executor (or the calling thread),
 * with its time-out, which interrupts the worker while, and only while, it runs the tool.
 */
final class AttemptStarter {

  /** What a timed-out attempt reports instead of an {@link Attempt}. */
  static final Attempt TIMED_OUT = new Attempt(null, null);

  private final CallExecutor calls;
  private final ExecutionPolicy policy;
  private final ExecutionClock clock;
  /** {@code null}: the calling thread. */
  private final Executor executor;

  AttemptStarter(CallExecutor calls, ExecutionPolicy policy) {
    this.calls = calls;
    this.policy = policy;
    this.clock = policy.clock();
    this.executor = policy.executor();
  }

  /**
   * Starts one attempt on the executor, or on the calling thread when {@code onCaller} (always so
   * without an executor), with its time-out; {@code originInterrupted} is told when a call run on
   * the {@code origin} thread left its interrupt flag set.
   */
  CompletableFuture<Attempt> start(
      BatchSlot slot,
      CompletableFuture<Void> ended,
      boolean onCaller,
      Thread origin,
      Runnable originInterrupted) {
    CompletableFuture<Attempt> reported = new CompletableFuture<>();
    AttemptWorker worker = new AttemptWorker();
    Duration timeout = policy.timeout(slot.name());
    Runnable cancelTimeout =
        timeout == null
            ? null
            : clock.schedule(
                timeout,
                () -> {
                  if (reported.complete(TIMED_OUT)) {
                    worker.interrupt();
                  }
                });
    Runnable task =
        new Task(calls, slot, worker, reported, ended, cancelTimeout, origin, originInterrupted);
    try {
      if (onCaller || executor == null) {
        task.run();
      } else {
        executor.execute(task);
      }
    } catch (RejectedExecutionException e) {
      if (cancelTimeout != null) {
        cancelTimeout.run();
      }
      reported.complete(
          new Attempt(
              new ToolResult.Failure(
                  slot.ready.call().id(),
                  slot.name(),
                  ToolError.of(
                      ErrorCode.TOOL_FAILED,
                      "The application could not start the tool (its executor refused the"
                          + " task), so the tool was not run. This is an application error."),
                  e),
              null));
      ended.complete(null);
    }
    return reported;
  }

  /**
   * One attempt as the worker runs it. A class rather than a lambda: a lambda capturing this many
   * values makes a cold JVM spin its class and a method handle for its constructor on the first
   * call, a few milliseconds that every application's first call would pay.
   */
  private static final class Task implements Runnable {
    private final CallExecutor calls;
    private final BatchSlot slot;
    private final AttemptWorker worker;
    private final CompletableFuture<Attempt> reported;
    private final CompletableFuture<Void> ended;
    /** {@code null}: no time-out. */
    private final Runnable cancelTimeout;
    private final Thread origin;
    private final Runnable originInterrupted;

    Task(
        CallExecutor calls,
        BatchSlot slot,
        AttemptWorker worker,
        CompletableFuture<Attempt> reported,
        CompletableFuture<Void> ended,
        Runnable cancelTimeout,
        Thread origin,
        Runnable originInterrupted) {
      this.calls = calls;
      this.slot = slot;
      this.worker = worker;
      this.reported = reported;
      this.ended = ended;
      this.cancelTimeout = cancelTimeout;
      this.origin = origin;
      this.originInterrupted = originInterrupted;
    }

    @Override
    public void run() {
      try {
        if (!worker.begin(reported)) {
          return; // timed out while queued: never started, never will
        }
        boolean onOrigin = Thread.currentThread() == origin;
        // Each call starts with the flag clear, so an earlier interrupt fails no call.
        if (Thread.interrupted() && onOrigin) {
          originInterrupted.run();
        }
        Attempt attempt;
        try {
          attempt = calls.attempt(slot.ready);
        } finally {
          if (worker.end() && onOrigin) {
            originInterrupted.run();
          }
        }
        if (cancelTimeout != null) {
          cancelTimeout.run();
        }
        reported.complete(attempt); // false when late: a late result is dropped
      } catch (Throwable fatal) {
        reported.completeExceptionally(fatal);
      } finally {
        ended.complete(null);
      }
    }
  }
}
