package io.toolwright.spi;

import java.time.Duration;

/**
 * The clock, the timer and the sleeper of execution: measures calls, fires time-outs and waits
 * between attempts. The default, {@link #system()}, is {@link System#nanoTime()}, one shared daemon
 * timer thread (started on the first time-out or back-off) and {@link Thread#sleep}. Tests inject
 * their own, so that time-outs and back-off run without waiting for real time.
 */
public interface ExecutionClock {

  /** A monotonic time in nanoseconds, as {@link System#nanoTime()}; only differences matter. */
  long nanoTime();

  /**
   * Runs {@code task} once after {@code delay}, on a thread of the clock's choosing; the task is
   * short (it completes a result and interrupts a worker) and never throws.
   *
   * @return cancels the task if it has not run yet
   */
  Runnable schedule(Duration delay, Runnable task);

  /**
   * Blocks the current thread for {@code delay}: the back-off between attempts when calls run on
   * the calling thread.
   *
   * @throws InterruptedException if the thread is interrupted meanwhile
   */
  void sleep(Duration delay) throws InterruptedException;

  /** The real clock. */
  static ExecutionClock system() {
    return SystemExecutionClock.INSTANCE;
  }
}
