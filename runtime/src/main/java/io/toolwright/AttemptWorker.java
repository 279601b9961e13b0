package io.toolwright;

import java.util.concurrent.CompletableFuture;

/**
 * The thread running an attempt, so a time-out interrupts it while, and only while, it runs the
 * tool: never a thread that has moved on to other work.
 */
final class AttemptWorker {
  private Thread thread;
  private boolean running;
  private boolean interruptedByTimeout;

  /** False when the attempt already timed out, so it must not start. */
  synchronized boolean begin(CompletableFuture<CallExecutor.Attempt> reported) {
    if (reported.isDone()) {
      return false;
    }
    thread = Thread.currentThread();
    running = true;
    return true;
  }

  synchronized void interrupt() {
    if (running) {
      interruptedByTimeout = true;
      thread.interrupt();
    }
  }

  /**
   * {@link #end()} of {@code worker}; for {@code null}, an attempt without a time-out, which nothing
   * interrupted but the tool or the caller: whether the flag is set.
   */
  static boolean end(AttemptWorker worker) {
    return worker != null ? worker.end() : Thread.currentThread().isInterrupted();
  }

  /**
   * Stops interrupts; clears the time-out's interrupt. Returns whether the tool left the flag set
   * by itself (an {@code InterruptedException} it re-asserted).
   */
  synchronized boolean end() {
    running = false;
    boolean set = Thread.interrupted();
    if (set && !interruptedByTimeout) {
      Thread.currentThread().interrupt();
      return true;
    }
    return false;
  }
}
