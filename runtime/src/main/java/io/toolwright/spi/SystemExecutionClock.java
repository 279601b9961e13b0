package io.toolwright.spi;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** {@link ExecutionClock#system()}. */
final class SystemExecutionClock implements ExecutionClock {

  static final SystemExecutionClock INSTANCE = new SystemExecutionClock();

  private SystemExecutionClock() {}

  /** Started on first use: an application without time-outs never has the thread. */
  private static final class Timer {
    static final ScheduledExecutorService SERVICE = create();

    private static ScheduledExecutorService create() {
      ScheduledThreadPoolExecutor timer =
          new ScheduledThreadPoolExecutor(
              1,
              task -> {
                Thread thread = new Thread(task, "toolwright-timer");
                thread.setDaemon(true);
                return thread;
              });
      // Cancelled time-outs (the common case: the tool answered in time) leave the queue at once.
      timer.setRemoveOnCancelPolicy(true);
      return timer;
    }
  }

  @Override
  public long nanoTime() {
    return System.nanoTime();
  }

  @Override
  public Runnable schedule(Duration delay, Runnable task) {
    ScheduledFuture<?> scheduled =
        Timer.SERVICE.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
    return () -> scheduled.cancel(false);
  }

  @Override
  public void sleep(Duration delay) throws InterruptedException {
    TimeUnit.NANOSECONDS.sleep(delay.toNanos());
  }
}
