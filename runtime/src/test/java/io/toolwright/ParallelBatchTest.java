package io.toolwright;

import static io.toolwright.ScriptedTools.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Batches on an executor: consecutive reads overlap (proved with latches, never with timings) up to
 * the bound; writes run alone, in the model's order, as barriers; results come back in call order
 * with their ids, one per call.
 */
class ParallelBatchTest {

  /** Long enough never to be reached when the feature works; a failure ends instead of hanging. */
  private static final long PATIENCE_SECONDS = 20;

  private final ExecutorService pool = Executors.newFixedThreadPool(6);
  private final ScriptedTools tools = new ScriptedTools();

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  private ToolRegistry registry(int maxParallelReads) {
    return ToolRegistry.builder()
        .addAll(tools.bind())
        .execution(
            ExecutionPolicy.builder()
                .executor(pool)
                .maxParallelReads(maxParallelReads)
                .approvals(io.toolwright.spi.ApprovalHandler.approveAll())
                .build())
        .build();
  }

  @Test
  void consecutiveReadsRunAtTheSameTime() {
    CountDownLatch allStarted = new CountDownLatch(3);
    tools.body =
        (tool, key) -> {
          allStarted.countDown();
          // Returns only once all three run: impossible if they ran one after another.
          return allStarted.await(PATIENCE_SECONDS, TimeUnit.SECONDS) ? "met" : "alone";
        };

    List<ToolResult> results =
        registry(4)
            .execute(
                List.of(call("a", "lookup", "1"), call("b", "lookup", "2"), call("c", "lookup", "3")),
                ToolContext.empty());

    assertThat(results).extracting(ToolResult::contentJson).containsOnly("\"met\"");
    assertThat(results).extracting(ToolResult::callId).containsExactly("a", "b", "c");
  }

  @Test
  void readsRunNoMoreAtOnceThanTheBound() {
    CountDownLatch twoStarted = new CountDownLatch(2);
    tools.body =
        (tool, key) -> {
          twoStarted.countDown();
          twoStarted.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
          return key;
        };
    List<ToolCall> calls = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      calls.add(call("c" + i, "lookup", "k" + i));
    }

    List<ToolResult> results = registry(2).execute(calls, ToolContext.empty());

    assertThat(results).noneMatch(ToolResult::isError);
    // The latch made two overlap; the bound kept it at two.
    assertThat(tools.mostAtOnce).hasValue(2);
  }

  @Test
  void writesRunAloneInTheModelsOrderAsBarriers() {
    tools.body = (tool, key) -> key;
    List<ToolCall> calls =
        List.of(
            call("1", "lookup", "a"),
            call("2", "lookup", "b"),
            call("3", "update", "x"),
            call("4", "lookup", "c"),
            call("5", "lookup", "d"),
            call("6", "upsert", "y"),
            call("7", "delete", "z"),
            call("8", "lookup", "e"));

    List<ToolResult> results = registry(4).execute(calls, ToolContext.empty());

    assertThat(results).extracting(ToolResult::callId)
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
    assertThat(results).noneMatch(ToolResult::isError);
    List<String> events = List.copyOf(tools.events);
    assertThat(events).hasSize(16);
    for (String write : List.of("update:x", "upsert:y", "delete:z")) {
      int start = events.indexOf("start " + write);
      int end = events.indexOf("end " + write);
      // Nothing else happens while a write runs: it starts after everything before it ended, and
      // the next event is its own end.
      assertThat(end).as(write + " runs alone").isEqualTo(start + 1);
    }
    assertThat(events.indexOf("end lookup:a")).isLessThan(events.indexOf("start update:x"));
    assertThat(events.indexOf("end lookup:b")).isLessThan(events.indexOf("start update:x"));
    assertThat(events.indexOf("end update:x")).isLessThan(events.indexOf("start lookup:c"));
    assertThat(events.indexOf("end lookup:d")).isLessThan(events.indexOf("start upsert:y"));
    assertThat(events.indexOf("end upsert:y")).isLessThan(events.indexOf("start delete:z"));
    assertThat(events.indexOf("end delete:z")).isLessThan(events.indexOf("start lookup:e"));
    assertThat(tools.ran).filteredOn(run -> !run.startsWith("lookup"))
        .containsExactly("update:x", "upsert:y", "delete:z");
  }

  @Test
  void resultsKeepCallOrderWhenLaterCallsFinishFirst() {
    CountDownLatch secondDone = new CountDownLatch(1);
    tools.body =
        (tool, key) -> {
          if (key.equals("slow")) {
            secondDone.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
          } else {
            secondDone.countDown();
          }
          return key;
        };

    List<ToolResult> results =
        registry(2)
            .execute(
                List.of(call("first", "lookup", "slow"), call("second", "lookup", "fast")),
                ToolContext.empty());

    assertThat(results).extracting(ToolResult::callId).containsExactly("first", "second");
    assertThat(results).extracting(ToolResult::contentJson).containsExactly("\"slow\"", "\"fast\"");
    // The slow call ended only after the fast one had run.
    assertThat(tools.events.indexOf("start lookup:fast"))
        .isLessThan(tools.events.indexOf("end lookup:slow"));
  }

  @Test
  void everyCallIsAnsweredOnceWhateverHappensToIt() {
    tools.body =
        (tool, key) -> {
          if (key.equals("boom")) {
            throw new IllegalStateException("no");
          }
          return key;
        };
    List<ToolCall> calls =
        List.of(
            call("1", "lookup", "a"),
            ToolCall.of("2", "lookup", "{\"key\":7}"),
            call("3", "nope", "a"),
            call("4", "lookup", "boom"),
            call("5", "update", "boom"),
            ToolCall.of("6", "update", "{not json"),
            call("7", "lookup", "b"));

    List<ToolResult> results = registry(3).execute(calls, ToolContext.empty());

    assertThat(results).extracting(ToolResult::callId)
        .containsExactly("1", "2", "3", "4", "5", "6", "7");
    assertThat(results)
        .extracting(result -> result.isError() ? Results.error(result).code().name() : "OK")
        .containsExactly(
            "OK", "INVALID_ARGUMENTS", "UNKNOWN_TOOL", "TOOL_FAILED", "TOOL_FAILED", "INVALID_JSON",
            "OK");
    assertThat(tools.ran).containsExactlyInAnyOrder("lookup:a", "lookup:boom", "update:boom", "lookup:b");
  }

  @Test
  void executeAsyncReturnsBeforeTheCallsAreDone() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    tools.body =
        (tool, key) -> {
          release.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
          return key;
        };

    CompletableFuture<List<ToolResult>> stage =
        registry(2)
            .executeAsync(
                List.of(call("a", "lookup", "1"), call("b", "update", "2")), ToolContext.empty())
            .toCompletableFuture();

    assertThat(stage).isNotDone();
    release.countDown();
    List<ToolResult> results = stage.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    assertThat(results).extracting(ToolResult::contentJson).containsExactly("\"1\"", "\"2\"");
  }

  @Test
  void withoutAnExecutorCallsRunOnTheCallingThreadAndTheStageIsComplete() {
    Thread caller = Thread.currentThread();
    List<Thread> threads = new ArrayList<>();
    tools.body =
        (tool, key) -> {
          threads.add(Thread.currentThread());
          return key;
        };
    ToolRegistry registry = ToolRegistry.of(tools.bind());

    CompletableFuture<List<ToolResult>> stage =
        registry
            .executeAsync(
                List.of(call("a", "lookup", "1"), call("b", "lookup", "2")), ToolContext.empty())
            .toCompletableFuture();

    assertThat(stage).isDone();
    assertThat(threads).containsExactly(caller, caller);
    assertThat(tools.mostAtOnce).hasValue(1);
  }

  @Test
  void executeAsyncOnTheCallingThreadKeepsAnInterruptFromBefore() {
    List<Boolean> flagSeenByTool = new ArrayList<>();
    tools.body =
        (tool, key) -> {
          flagSeenByTool.add(Thread.currentThread().isInterrupted());
          return key;
        };
    ToolRegistry registry = ToolRegistry.of(tools.bind());

    Thread.currentThread().interrupt();
    List<ToolResult> results =
        registry.executeAsync(List.of(call("a", "lookup", "1")), ToolContext.empty())
            .toCompletableFuture()
            .join();

    assertThat(Thread.interrupted()).as("still set afterwards").isTrue();
    assertThat(flagSeenByTool).containsExactly(false);
    assertThat(results.get(0).isError()).isFalse();
  }

  @Test
  void anOutOfMemoryErrorOnAWorkerStillPropagates() {
    FaultyTools faults = new FaultyTools();
    ToolRegistry registry =
        ToolRegistry.builder()
            .addAll(faults.bind())
            .execution(ExecutionPolicy.builder().executor(pool).build())
            .build();

    assertThatThrownBy(
            () ->
                registry.execute(
                    List.of(ToolCall.of("1", "fail", "{\"kind\":\"out_of_memory\"}")),
                    ToolContext.empty()))
        .isInstanceOf(OutOfMemoryError.class)
        .hasMessage("simulated");
  }
}
