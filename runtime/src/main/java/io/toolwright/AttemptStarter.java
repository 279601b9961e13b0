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
    Duration timeout = policy.timeout(slot.name());
    // Only a time-out interrupts a worker: without one, the locks that guard it buy nothing.
    AttemptWorker worker = timeout == null ? null : new AttemptWorker();
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
        new Task(slot, worker, reported, ended, cancelTimeout, origin, originInterrupted);
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
   * Runs one attempt on this thread and returns its outcome: what {@link #start} does for an
   * attempt without a time-out that runs on the caller, where nothing on another thread can answer
   * or interrupt it, so no future is needed to hand the outcome over. {@link
   * java.lang.VirtualMachineError}s propagate.
   */
  Attempt runHere(BatchSlot slot, Thread origin, Runnable originInterrupted) {
    return runAttempt(slot, null, origin, originInterrupted);
  }

  /** The attempt itself; {@code worker} is {@code null} without a time-out. */
  private Attempt runAttempt(
      BatchSlot slot, AttemptWorker worker, Thread origin, Runnable originInterrupted) {
    boolean onOrigin = Thread.currentThread() == origin;
    // Each call starts with the flag clear, so an earlier interrupt fails no call.
    if (Thread.interrupted() && onOrigin) {
      originInterrupted.run();
    }
    try {
      return calls.attempt(slot.ready);
    } finally {
      if (AttemptWorker.end(worker) && onOrigin) {
        originInterrupted.run();
      }
    }
  }

  /**
   * One attempt as {@link #start} hands it to the executor or runs it. A class rather than a
   * lambda: a lambda capturing this many values makes a cold JVM spin its class and a method handle
   * for its constructor on the first call, a few milliseconds that every application's first call
   * would pay.
   */
  private final class Task implements Runnable {
    private final BatchSlot slot;
    /** {@code null}: no time-out. */
    private final AttemptWorker worker;
    private final CompletableFuture<Attempt> reported;
    private final CompletableFuture<Void> ended;
    /** {@code null}: no time-out. */
    private final Runnable cancelTimeout;
    private final Thread origin;
    private final Runnable originInterrupted;

    Task(
        BatchSlot slot,
        AttemptWorker worker,
        CompletableFuture<Attempt> reported,
        CompletableFuture<Void> ended,
        Runnable cancelTimeout,
        Thread origin,
        Runnable originInterrupted) {
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
        if (worker != null && !worker.begin(reported)) {
          return; // timed out while queued: never started, never will
        }
        Attempt attempt = runAttempt(slot, worker, origin, originInterrupted);
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
