package io.toolwright;

import static io.toolwright.Results.error;
import static io.toolwright.ScriptedTools.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.spi.IdempotencyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Writes kept by call id with Stripe's semantics: the same id and arguments replay the stored
 * result without running the tool; the same id with other arguments is refused; of concurrent
 * duplicates one runs. A write is never run twice.
 */
class IdempotencyTest {

  private static final long PATIENCE_SECONDS = 20;

  private final ScriptedTools tools = new ScriptedTools();
  private final IdempotencyStore store = newStore();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  /**
   * An empty store: in memory here; {@code toolwright-jdbc} runs these same tests over PostgreSQL by
   * overriding it. Called once per test, before the test's fields are set.
   */
  IdempotencyStore newStore() {
    return IdempotencyStore.inMemory();
  }

  /**
   * A new conversation's state: in memory here; {@code toolwright-jdbc} runs these same tests over
   * PostgreSQL by overriding it.
   */
  io.toolwright.spi.ConversationState newState() {
    return io.toolwright.spi.ConversationState.inMemory();
  }

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  private ToolRegistry registry(ExecutionPolicy.Builder policy) {
    return ToolRegistry.builder()
        .addAll(tools.bind())
        .execution(
            policy
                .idempotency(store)
                .approvals(io.toolwright.spi.ApprovalHandler.approveAll())
                .build())
        .build();
  }

  @Test
  void theSameIdAndArgumentsReplayTheStoredResult() {
    AtomicInteger counter = new AtomicInteger();
    tools.body = (tool, key) -> "run " + counter.incrementAndGet();
    ToolRegistry registry = registry(ExecutionPolicy.builder());

    ToolResult first = registry.execute(List.of(call("c1", "update", "a")), ToolContext.empty()).get(0);
    ToolResult again =
        registry.execute(List.of(ToolCall.of("c1", "update", "{ \"key\": \"a\" }")), ToolContext.empty())
            .get(0);

    assertThat(again.contentJson()).isEqualTo("\"run 1\"").isEqualTo(first.contentJson());
    assertThat(again.callId()).isEqualTo("c1");
    assertThat(tools.runs("update")).isEqualTo(1);
  }

  @Test
  void aStoredFailureIsReplayedToo() {
    tools.body =
        (tool, key) -> {
          throw new ToolException("the ledger is closed");
        };
    ToolRegistry registry = registry(ExecutionPolicy.builder());

    registry.execute(List.of(call("c1", "delete", "a")), ToolContext.empty());
    ToolResult again = registry.execute(List.of(call("c1", "delete", "a")), ToolContext.empty()).get(0);

    assertThat(error(again).code()).isEqualTo(ErrorCode.TOOL_FAILED);
    assertThat(error(again).message()).contains("the ledger is closed");
    assertThat(tools.runs("delete")).isEqualTo(1);
  }

  @Test
  void theSameIdWithOtherArgumentsIsRefused() {
    ToolRegistry registry = registry(ExecutionPolicy.builder());

    registry.execute(List.of(call("c1", "update", "a")), ToolContext.empty());
    ToolResult other = registry.execute(List.of(call("c1", "update", "b")), ToolContext.empty()).get(0);

    assertThat(error(other).code()).isEqualTo(ErrorCode.CALL_ID_CONFLICT);
    assertThat(error(other).message()).contains("used before with other arguments");
    assertThat(tools.ran).containsExactly("update:a");
  }

  @Test
  void readsAreNotKept() {
    ToolRegistry registry = registry(ExecutionPolicy.builder());

    registry.execute(List.of(call("c1", "lookup", "a")), ToolContext.empty());
    registry.execute(List.of(call("c1", "lookup", "a")), ToolContext.empty());

    assertThat(tools.runs("lookup")).isEqualTo(2);
  }

  @Test
  void ofConcurrentDuplicatesOneRuns() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    tools.body =
        (tool, key) -> {
          started.countDown();
          release.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
          return "once";
        };
    ToolRegistry registry = registry(ExecutionPolicy.builder().executor(pool));

    CompletableFuture<List<ToolResult>> first =
        registry.executeAsync(List.of(call("c1", "update", "a")), ToolContext.empty())
            .toCompletableFuture();
    assertThat(started.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
    List<ToolResult> duplicate =
        registry.execute(List.of(call("c1", "update", "a")), ToolContext.empty());
    release.countDown();

    assertThat(error(duplicate.get(0)).code()).isEqualTo(ErrorCode.CALL_ID_CONFLICT);
    assertThat(error(duplicate.get(0)).message()).contains("already running");
    assertThat(first.get(PATIENCE_SECONDS, TimeUnit.SECONDS).get(0).contentJson())
        .isEqualTo("\"once\"");
    assertThat(tools.runs("update")).isEqualTo(1);
    // Once it has completed, the duplicate gets its result.
    assertThat(
            registry.execute(List.of(call("c1", "update", "a")), ToolContext.empty()).get(0)
                .contentJson())
        .isEqualTo("\"once\"");
  }

  @Test
  void aDuplicateIdInOneResponseRunsOnce() {
    ToolRegistry registry = registry(ExecutionPolicy.builder());

    List<ToolResult> results =
        registry.execute(
            List.of(call("c1", "update", "a"), call("c1", "update", "a")), ToolContext.empty());

    assertThat(results.get(0).isError()).isFalse();
    assertThat(error(results.get(1)).code()).isEqualTo(ErrorCode.CALL_ID_CONFLICT);
    assertThat(tools.runs("update")).isEqualTo(1);
  }

  @Test
  void aTimedOutWriteIsReplayedAsUnknownNeverRunAgain() {
    ManualClock clock = new ManualClock();
    tools.body =
        (tool, key) -> {
          clock.fireAll();
          return "late";
        };
    ToolRegistry registry =
        registry(ExecutionPolicy.builder().clock(clock).timeout(Duration.ofSeconds(1)));

    registry.execute(List.of(call("c1", "update", "a")), ToolContext.empty());
    ToolResult again = registry.execute(List.of(call("c1", "update", "a")), ToolContext.empty()).get(0);

    assertThat(error(again).code()).isEqualTo(ErrorCode.OUTCOME_UNKNOWN);
    assertThat(tools.runs("update")).isEqualTo(1);
  }

  @Test
  void aClaimGivenUpForABudgetLetsALaterCallRun() {
    ToolRegistry registry = registry(ExecutionPolicy.builder().maxCallsPerTool(1));
    Conversation conversation = Conversation.of(newState());

    registry.execute(List.of(call("c1", "update", "a")), ToolContext.empty(), conversation);
    ToolResult refused =
        registry.execute(List.of(call("c2", "update", "b")), ToolContext.empty(), conversation).get(0);
    ToolResult later =
        registry.execute(List.of(call("c2", "update", "b")), ToolContext.empty()).get(0);

    assertThat(error(refused).code()).isEqualTo(ErrorCode.CALL_BUDGET_EXHAUSTED);
    assertThat(later.isError()).isFalse();
    assertThat(tools.ran).containsExactly("update:a", "update:b");
  }

  @Test
  void aStoreThatFailsRunsNothingAndThrowsNothing() {
    IdempotencyStore down =
        new IdempotencyStore() {
          @Override
          public Claim claim(String key, String fingerprint) {
            throw new IllegalStateException("connection refused: db.internal:5432");
          }

          @Override
          public void complete(String key, Outcome outcome) {}

          @Override
          public void release(String key) {}
        };
    ToolRegistry registry =
        ToolRegistry.builder()
            .addAll(tools.bind())
            .execution(ExecutionPolicy.builder().idempotency(down).build())
            .build();

    List<ToolResult> results =
        registry.execute(
            List.of(call("c1", "update", "a"), call("c2", "lookup", "b")), ToolContext.empty());

    assertThat(error(results.get(0)).code()).isEqualTo(ErrorCode.TOOL_FAILED);
    assertThat(error(results.get(0)).message())
        .contains("could not check whether this call was made before")
        .doesNotContain("db.internal");
    assertThat(results.get(1).isError()).isFalse();
    assertThat(tools.ran).containsExactly("lookup:b");
  }
}
