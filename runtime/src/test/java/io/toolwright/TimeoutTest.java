package io.toolwright;

import static io.toolwright.Results.error;
import static io.toolwright.ScriptedTools.call;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Time-outs with a {@link ManualClock}: the test decides when time is up, latches say where the tool
 * is. A timed-out read is {@code TIMED_OUT}, a timed-out write {@code OUTCOME_UNKNOWN}; the worker
 * is interrupted; a late result is dropped.
 */
class TimeoutTest {

  private static final long PATIENCE_SECONDS = 20;

  private final ExecutorService pool = Executors.newFixedThreadPool(4);
  private final ScriptedTools tools = new ScriptedTools();
  private final ManualClock clock = new ManualClock();
  private final CountDownLatch started = new CountDownLatch(1);
  private final CountDownLatch interrupted = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  private ToolRegistry registry() {
    return ToolRegistry.builder()
        .addAll(tools.bind())
        .execution(
            ExecutionPolicy.builder()
                .executor(pool)
                .clock(clock)
                .timeout(Duration.ofSeconds(5))
                .timeout("update", Duration.ofMillis(1500))
                // Even a time-out counted transient does not run a write again.
                .transientFailures(Exception.class)
                .build())
        .build();
  }

  /** Waits for release; an interrupt is noted and, when {@code obey}, ends the wait. */
  private void hang(boolean obey) throws InterruptedException {
    started.countDown();
    while (true) {
      try {
        if (release.await(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
          return;
        }
        throw new IllegalStateException("never released");
      } catch (InterruptedException e) {
        interrupted.countDown();
        if (obey) {
          throw e;
        }
      }
    }
  }

  @Test
  void aReadThatTimesOutIsTimedOutAndItsWorkerInterrupted() throws Exception {
    tools.body =
        (tool, key) -> {
          hang(true);
          return "too late";
        };

    CompletableFuture<List<ToolResult>> stage =
        registry().executeAsync(List.of(call("1", "lookup", "a")), ToolContext.empty())
            .toCompletableFuture();
    assertThat(started.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
    assertThat(clock.scheduled).containsExactly(Duration.ofSeconds(5));
    clock.fireAll();

    ToolResult result = stage.get(PATIENCE_SECONDS, TimeUnit.SECONDS).get(0);
    assertThat(error(result).code()).isEqualTo(ErrorCode.TIMED_OUT);
    assertThat(error(result).message()).contains("within 5 s").contains("call it again");
    assertThat(interrupted.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
    assertThat(tools.runs("lookup")).as("not retried").isEqualTo(1);
  }

  @Test
  void aWriteThatTimesOutHasAnUnknownOutcomeAndRunsOnce() throws Exception {
    tools.body =
        (tool, key) -> {
          if (tool.equals("update")) {
            hang(true);
          }
          return key;
        };

    CompletableFuture<List<ToolResult>> stage =
        registry()
            .executeAsync(
                List.of(call("1", "update", "a"), call("2", "lookup", "b")), ToolContext.empty())
            .toCompletableFuture();
    assertThat(started.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
    clock.fireAll();

    List<ToolResult> results = stage.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    ToolError error = error(results.get(0));
    assertThat(error.code()).isEqualTo(ErrorCode.OUTCOME_UNKNOWN);
    assertThat(error.message()).contains("1500 ms").contains("may or may not have done");
    assertThat(((ToolResult.Failure) results.get(0)).cause())
        .isInstanceOf(java.util.concurrent.TimeoutException.class);
    assertThat(results.get(1).contentJson()).as("the sibling's result is kept").isEqualTo("\"b\"");
    assertThat(tools.runs("update")).isEqualTo(1);
  }

  @Test
  void aLateResultIsNeverReportedAsSuccess() throws Exception {
    tools.body =
        (tool, key) -> {
          hang(false); // ignores the interrupt and answers after the time-out
          return "late";
        };

    CompletableFuture<List<ToolResult>> stage =
        registry().executeAsync(List.of(call("1", "lookup", "a")), ToolContext.empty())
            .toCompletableFuture();
    assertThat(started.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
    clock.fireAll();
    // A read's answer does not wait for a worker that ignores its interrupt.
    List<ToolResult> results = stage.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    assertThat(interrupted.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
    release.countDown();

    assertThat(error(results.get(0)).code()).isEqualTo(ErrorCode.TIMED_OUT);
    assertThat(stage.get().get(0)).isSameAs(results.get(0));
  }

  @Test
  void theNextWriteWaitsForATimedOutWriteThatIgnoresItsInterrupt() throws Exception {
    tools.body =
        (tool, key) -> {
          if (key.equals("stuck")) {
            hang(false);
          }
          return key;
        };

    CompletableFuture<List<ToolResult>> stage =
        registry()
            .executeAsync(
                List.of(call("1", "update", "stuck"), call("2", "update", "next")),
                ToolContext.empty())
            .toCompletableFuture();
    assertThat(started.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
    clock.fireAll();
    assertThat(interrupted.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
    assertThat(tools.ran).as("two writes never overlap").containsExactly("update:stuck");
    release.countDown();

    List<ToolResult> results = stage.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    assertThat(error(results.get(0)).code()).isEqualTo(ErrorCode.OUTCOME_UNKNOWN);
    assertThat(results.get(1).contentJson()).isEqualTo("\"next\"");
    assertThat(tools.events)
        .containsExactly("start update:stuck", "end update:stuck", "start update:next", "end update:next");
  }

  @Test
  void aToolThatAnswersInTimeCancelsItsTimeOut() {
    List<ToolResult> results = registry().execute(List.of(call("1", "lookup", "a")), ToolContext.empty());

    assertThat(results.get(0).contentJson()).isEqualTo("\"lookup:a\"");
    assertThat(clock.scheduled).hasSize(1);
    assertThat(clock.pending()).isZero();
  }

  @Test
  void onTheCallingThreadATimeOutInterruptsTheToolAndNotTheCaller() {
    java.util.concurrent.atomic.AtomicBoolean toolInterrupted =
        new java.util.concurrent.atomic.AtomicBoolean();
    tools.body =
        (tool, key) -> {
          clock.fireAll(); // time runs out while the tool runs
          toolInterrupted.set(Thread.currentThread().isInterrupted());
          return "late";
        };
    ToolRegistry registry =
        ToolRegistry.builder()
            .addAll(tools.bind())
            .execution(ExecutionPolicy.builder().clock(clock).timeout(Duration.ofSeconds(1)).build())
            .build();

    List<ToolResult> results = registry.execute(List.of(call("1", "lookup", "a")), ToolContext.empty());

    assertThat(error(results.get(0)).code()).isEqualTo(ErrorCode.TIMED_OUT);
    assertThat(toolInterrupted).isTrue();
    assertThat(Thread.interrupted()).as("the caller's flag is clear").isFalse();
  }
}
