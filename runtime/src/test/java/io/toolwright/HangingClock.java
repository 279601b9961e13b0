package io.toolwright;

import io.toolwright.spi.ExecutionClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Virtual time for tests that run tools on real threads: time moves only when every attempt in
 * flight is blocked for good. A time-out of {@link #timeout} is kept pending from the moment the
 * runner schedules it until the runner cancels it; it fires (all pending ones at once, time moving
 * on by {@link #timeout}) only when each pending time-out belongs to a tool body waiting in {@link
 * #hang()}. So a tool that answers, however slowly the machine runs it, can never time out, and a
 * hanging tool is stopped at once, without waiting for real time.
 *
 * <p>Any other delay (back-off) passes at once: its task runs as it is scheduled, and {@link
 * #sleep} returns. Fired time-outs run on {@code timer}, as a real clock's would on its thread.
 */
final class HangingClock implements ExecutionClock {

  private final Duration timeout;
  private final Executor timer;
  private final Object lock = new Object();
  /** Time-outs scheduled, neither cancelled nor fired. */
  private final List<Runnable> pending = new ArrayList<>();
  /** Bodies in {@link #hang()} whose time-out has not fired yet. */
  private int hanging;
  private long now;

  HangingClock(Duration timeout, Executor timer) {
    this.timeout = timeout;
    this.timer = timer;
  }

  @Override
  public long nanoTime() {
    synchronized (lock) {
      return now;
    }
  }

  @Override
  public Runnable schedule(Duration delay, Runnable task) {
    if (!delay.equals(timeout)) {
      task.run();
      return () -> {};
    }
    Runnable entry = task::run; // its own identity, even when a task is scheduled twice
    synchronized (lock) {
      pending.add(entry);
    }
    return () -> {
      synchronized (lock) {
        pending.remove(entry);
      }
      fireIfAllHang();
    };
  }

  @Override
  public void sleep(Duration delay) {}

  /**
   * Blocks a tool's body until its time-out interrupts it, as a tool stuck on a dead connection
   * would; throws {@link IllegalStateException} if that has not happened within 10 s of real time
   * (a defect: the runner did not interrupt its worker).
   */
  void hang() throws InterruptedException {
    synchronized (lock) {
      hanging++;
    }
    fireIfAllHang();
    new CountDownLatch(1).await(10, TimeUnit.SECONDS);
    throw new IllegalStateException("a hanging tool was not interrupted within 10 s");
  }

  /**
   * Fires the pending time-outs when there are as many as hanging bodies: each hanging body has
   * one pending time-out (scheduled before it started, cancelled only after it returns), so equal
   * counts mean no pending time-out belongs to a call still working or still queued.
   */
  private void fireIfAllHang() {
    List<Runnable> due;
    synchronized (lock) {
      if (hanging == 0 || hanging != pending.size()) {
        return;
      }
      due = new ArrayList<>(pending);
      pending.clear();
      hanging = 0;
      now += timeout.toNanos();
    }
    due.forEach(timer::execute);
  }
}
