package io.toolwright.spi;

import java.time.Duration;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/** {@link ExecutionClock#system()}. */
final class SystemExecutionClock implements ExecutionClock {

  static final SystemExecutionClock INSTANCE = new SystemExecutionClock();

  private SystemExecutionClock() {}

  /** Started on first use: an application without time-outs never has the thread. */
  private static final class Holder {
    static final Timer TIMER = new Timer();
  }

  @Override
  public long nanoTime() {
    return System.nanoTime();
  }

  @Override
  public Runnable schedule(Duration delay, Runnable task) {
    return Holder.TIMER.schedule(System.nanoTime() + delay.toNanos(), task);
  }

  @Override
  public void sleep(Duration delay) throws InterruptedException {
    TimeUnit.NANOSECONDS.sleep(delay.toNanos());
  }

  /**
   * One daemon thread running tasks at their deadlines, built for time-outs: nearly every one is
   * cancelled soon after it is scheduled, because the tool answered in time. A {@code
   * ScheduledThreadPoolExecutor} wakes its thread whenever a task becomes the earliest, which for
   * calls one after another is every call (the previous time-out was cancelled and removed), a
   * thread switch per call. This timer wakes its thread only when a new deadline is earlier than
   * the one it already sleeps until; a cancelled entry leaves the queue at once (no wake-up), and
   * the thread, waking at a deadline whose entry is gone, just sleeps until the next one.
   */
  static final class Timer implements Runnable {

    private final ConcurrentSkipListSet<Entry> queue = new ConcurrentSkipListSet<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Thread thread;
    /** The deadline the thread sleeps until, when {@link #sleepsUnbounded} is false. */
    private volatile long wakeAt = Long.MAX_VALUE;
    /** Whether {@link #wakeAt} is bounded; {@code wakeAt} alone cannot say it, nanoTime wraps. */
    private volatile boolean sleepsUnbounded = true;

    Timer() {
      thread = new Thread(this, "toolwright-timer");
      thread.setDaemon(true);
      thread.start();
    }

    Runnable schedule(long deadline, Runnable task) {
      Entry entry = new Entry(deadline, sequence.getAndIncrement(), task);
      queue.add(entry);
      // Read after the add: either the thread sees the entry when it looks again, or this sees the
      // deadline the thread published and wakes it if the entry is due earlier.
      if (sleepsUnbounded || deadline - wakeAt < 0) {
        LockSupport.unpark(thread);
      }
      return () -> queue.remove(entry);
    }

    @Override
    public void run() {
      while (true) {
        Entry first = first();
        long now = System.nanoTime();
        if (first != null && first.deadline - now <= 0) {
          if (queue.remove(first)) {
            runSafely(first.task);
          }
          continue;
        }
        // Publish what the thread sleeps until, then look again: a task added meanwhile is either
        // seen here or wakes the thread (see schedule).
        if (first == null) {
          sleepsUnbounded = true;
        } else {
          wakeAt = first.deadline;
          sleepsUnbounded = false;
        }
        Entry again = first();
        if (again != first) {
          continue;
        }
        if (first == null) {
          LockSupport.park(this);
        } else {
          LockSupport.parkNanos(this, first.deadline - now);
        }
      }
    }

    private Entry first() {
      try {
        return queue.first();
      } catch (java.util.NoSuchElementException empty) {
        return null;
      }
    }

    private static void runSafely(Runnable task) {
      try {
        task.run();
      } catch (Throwable thrown) {
        // As a ScheduledThreadPoolExecutor keeps it in the task's future, which nobody reads: a
        // time-out's task only completes a future and interrupts a worker. The timer lives on.
      }
    }
  }

  /** A task and its deadline, ordered by deadline, then by when it was scheduled. */
  private record Entry(long deadline, long sequence, Runnable task) implements Comparable<Entry> {
    @Override
    public int compareTo(Entry other) {
      int byDeadline = Long.compare(deadline - other.deadline, 0);
      return byDeadline != 0 ? byDeadline : Long.compare(sequence, other.sequence);
    }
  }
}
