package io.toolwright.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The system clock's timer: a task runs once its delay has passed, a cancelled one never does, and
 * a task scheduled after a later one still runs at its own, earlier, deadline (the timer thread is
 * woken for it: the test would outwait its patience otherwise). Latches and order only.
 */
class SystemExecutionClockTest {

  private static final long PATIENCE_SECONDS = 20;
  private final ExecutionClock clock = ExecutionClock.system();

  @Test
  void aTaskRunsAfterItsDelay() throws Exception {
    CountDownLatch ran = new CountDownLatch(1);
    long start = clock.nanoTime();
    long[] at = new long[1];

    clock.schedule(
        Duration.ofMillis(20),
        () -> {
          at[0] = clock.nanoTime();
          ran.countDown();
        });

    assertThat(ran.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
    assertThat(at[0] - start).as("not before its delay").isGreaterThanOrEqualTo(20_000_000L);
  }

  @Test
  void aCancelledTaskNeverRuns() throws Exception {
    List<String> ran = new CopyOnWriteArrayList<>();
    CountDownLatch after = new CountDownLatch(1);
    // Hold the timer's one thread in a task while the other is scheduled and cancelled, so that a
    // slow machine cannot let its 10 ms pass before the cancel: the race is closed, not outwaited.
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    clock.schedule(Duration.ZERO, () -> {
      holding.countDown();
      awaitQuietly(release);
    });
    assertThat(holding.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();

    Runnable cancel = clock.schedule(Duration.ofMillis(10), () -> ran.add("cancelled"));
    cancel.run();
    clock.schedule(Duration.ofMillis(50), after::countDown);
    release.countDown();

    assertThat(after.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
    assertThat(ran).isEmpty();
  }

  @Test
  void anEarlierTaskScheduledLaterRunsFirst() throws Exception {
    List<String> ran = new CopyOnWriteArrayList<>();
    CountDownLatch both = new CountDownLatch(2);

    Runnable cancelLate = clock.schedule(Duration.ofMinutes(10), () -> {
      ran.add("late");
      both.countDown();
    });
    clock.schedule(Duration.ofMillis(10), () -> {
      ran.add("early");
      both.countDown();
    });
    CountDownLatch early = new CountDownLatch(1);
    clock.schedule(Duration.ofMillis(30), early::countDown);

    assertThat(early.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
    assertThat(ran).containsExactly("early");
    cancelLate.run();
  }

  @Test
  void aTaskThatThrowsDoesNotStopTheTimer() throws Exception {
    CountDownLatch next = new CountDownLatch(1);

    clock.schedule(Duration.ofMillis(5), () -> {
      throw new IllegalStateException("a task's own failure");
    });
    clock.schedule(Duration.ofMillis(20), next::countDown);

    assertThat(next.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
