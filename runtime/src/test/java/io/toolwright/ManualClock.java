package io.toolwright;

import io.toolwright.spi.ExecutionClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A clock that moves only when told: {@link #sleep} records the wait and moves time on at once;
 * scheduled tasks run when the test calls {@link #fireAll()}. So back-off and time-outs are tested
 * without waiting for real time.
 */
final class ManualClock implements ExecutionClock {

  private long now;
  /** How far each {@link #nanoTime()} reading moves time on; zero unless a test asks. */
  private long perReading;
  private final List<Runnable> due = new ArrayList<>();
  final List<Duration> slept = new ArrayList<>();
  final List<Duration> scheduled = new ArrayList<>();

  /** Makes each {@link #nanoTime()} reading move time on by {@code step} after it is read. */
  synchronized ManualClock tickingOnEachReading(Duration step) {
    perReading = step.toNanos();
    return this;
  }

  @Override
  public synchronized long nanoTime() {
    long reading = now;
    now += perReading;
    return reading;
  }

  @Override
  public synchronized Runnable schedule(Duration delay, Runnable task) {
    scheduled.add(delay);
    due.add(task);
    return () -> {
      synchronized (this) {
        due.remove(task);
      }
    };
  }

  @Override
  public synchronized void sleep(Duration delay) {
    slept.add(delay);
    now += delay.toNanos();
  }

  /** Runs every task scheduled and not cancelled, as if their time had come. */
  void fireAll() {
    List<Runnable> tasks;
    synchronized (this) {
      tasks = new ArrayList<>(due);
      due.clear();
    }
    tasks.forEach(Runnable::run);
  }

  synchronized int pending() {
    return due.size();
  }
}
