package io.toolwright;

import static io.toolwright.ScriptedTools.call;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With an executor, a blocking {@code execute} of a response that runs one call runs it on the
 * calling thread (no thread hop), except a read with a time-out, whose answer must come on time;
 * {@code executeAsync} and responses of several calls use the executor.
 */
class OneCallOnTheCallerTest {

  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private final ScriptedTools tools = new ScriptedTools();
  private final AtomicReference<Thread> ranOn = new AtomicReference<>();

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  private ToolRegistry registry(ExecutionPolicy.Builder policy) {
    tools.body =
        (tool, key) -> {
          ranOn.set(Thread.currentThread());
          return key;
        };
    return ToolRegistry.builder().addAll(tools.bind()).execution(policy.executor(pool).build()).build();
  }

  @Test
  void oneReadWithoutATimeOutRunsOnTheCallingThread() {
    List<ToolResult> results =
        registry(ExecutionPolicy.builder()).execute(List.of(call("1", "lookup", "a")), ToolContext.empty());

    assertThat(results.get(0).contentJson()).isEqualTo("\"a\"");
    assertThat(ranOn.get()).isSameAs(Thread.currentThread());
  }

  @Test
  void oneWriteWithATimeOutRunsOnTheCallingThread() {
    List<ToolResult> results =
        registry(ExecutionPolicy.builder().timeout(Duration.ofSeconds(30)))
            .execute(List.of(call("1", "update", "a")), ToolContext.empty());

    assertThat(results.get(0).contentJson()).isEqualTo("\"a\"");
    assertThat(ranOn.get()).isSameAs(Thread.currentThread());
  }

  @Test
  void oneReadWithATimeOutRunsOnTheExecutorSoItsAnswerComesOnTime() {
    List<ToolResult> results =
        registry(ExecutionPolicy.builder().timeout(Duration.ofSeconds(30)))
            .execute(List.of(call("1", "lookup", "a")), ToolContext.empty());

    assertThat(results.get(0).contentJson()).isEqualTo("\"a\"");
    assertThat(ranOn.get()).isNotSameAs(Thread.currentThread());
  }

  @Test
  void executeAsyncUsesTheExecutor() throws Exception {
    List<ToolResult> results =
        registry(ExecutionPolicy.builder())
            .executeAsync(List.of(call("1", "update", "a")), ToolContext.empty())
            .toCompletableFuture()
            .get(20, TimeUnit.SECONDS);

    assertThat(results.get(0).contentJson()).isEqualTo("\"a\"");
    assertThat(ranOn.get()).isNotSameAs(Thread.currentThread());
  }

  @Test
  void aResponseOfTwoCallsUsesTheExecutor() {
    List<ToolResult> results =
        registry(ExecutionPolicy.builder())
            .execute(
                List.of(call("1", "update", "a"), call("2", "update", "b")), ToolContext.empty());

    assertThat(results).extracting(ToolResult::contentJson).containsExactly("\"a\"", "\"b\"");
    assertThat(ranOn.get()).isNotSameAs(Thread.currentThread());
  }
}
