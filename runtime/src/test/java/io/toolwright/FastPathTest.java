package io.toolwright;

import static io.toolwright.ScriptedTools.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.spi.ApprovalHandler;
import io.toolwright.spi.ExecutionListener;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An attempt without a time-out that runs on the calling thread is run and decided there without
 * futures ({@code BatchRunner.runCall}); an attempt with a time-out takes the path through futures
 * and the {@code AttemptWorker}. A time-out that never fires must change nothing: for every
 * outcome a tool can have (a value, an exception, transient failures retried and spent, an
 * interrupt it leaves set or one set before the call), both paths give the same results, the same
 * events, the same runs and the same interrupt flag afterwards.
 */
class FastPathTest {

  /** What one response of calls did, on one path. */
  private record Outcome(
      List<ToolResult> results, List<String> events, List<String> ran, boolean interrupted) {}

  @ParameterizedTest
  @ValueSource(
      strings = {
        "value",
        "null",
        "throws",
        "transient-then-value",
        "transient-always",
        "interrupted-exception",
        "leaves-interrupt",
        "interrupted-before"
      })
  void aTimeOutThatNeverFiresChangesNoAnswer(String script) {
    Outcome fast = run(script, null);
    Outcome slow = run(script, Duration.ofHours(1));

    assertThat(fast).isEqualTo(slow);
    // The scripts do what they say, so the comparison covers each outcome.
    assertThat(fast.results()).hasSize(8);
    assertThat(fast.ran()).isNotEmpty();
  }

  private static Outcome run(String script, Duration timeout) {
    ScriptedTools tools = new ScriptedTools();
    Map<String, AtomicInteger> runs = new java.util.concurrent.ConcurrentHashMap<>();
    tools.body =
        (tool, key) -> {
          int run = runs.computeIfAbsent(tool + key, k -> new AtomicInteger()).incrementAndGet();
          switch (script) {
            case "null":
              return null;
            case "throws":
              throw new IllegalStateException("broken");
            case "transient-then-value":
              if (run == 1) {
                throw new IOException("dropped");
              }
              return tool + ":" + key + ":" + run;
            case "transient-always":
              throw new IOException("dropped");
            case "interrupted-exception":
              Thread.currentThread().interrupt();
              throw new InterruptedException("stopped");
            case "leaves-interrupt":
              if (tool.equals("lookup")) {
                Thread.currentThread().interrupt();
                return tool + ":" + key;
              }
              return tool + ":" + key + ":" + Thread.currentThread().isInterrupted();
            default:
              // Whether the tool saw an interrupt from before the call (it must not).
              return tool + ":" + key + ":" + Thread.currentThread().isInterrupted();
          }
        };
    ManualClock clock = new ManualClock();
    List<String> events = new ArrayList<>();
    ExecutionPolicy.Builder policy =
        ExecutionPolicy.builder()
            .clock(clock)
            .jitter(() -> 1.0)
            .backoff(Duration.ofMillis(100), Duration.ofSeconds(1))
            .transientFailures(IOException.class)
            .approvals(ApprovalHandler.approveAll());
    if (timeout != null) {
      policy.timeout(timeout);
    }
    ToolRegistry registry =
        ToolRegistry.builder()
            .addAll(tools.bind())
            .execution(policy.build())
            .listener(
                new ExecutionListener() {
                  @Override
                  public void onCall(CallEvent event) {
                    events.add(event.toString());
                  }
                })
            .build();
    List<ToolCall> calls =
        List.of(
            call("1", "lookup", "a"),
            call("2", "update", "b"),
            call("3", "upsert", "c"),
            call("4", "delete", "d"));
    if (script.equals("interrupted-before")) {
      Thread.currentThread().interrupt();
    }
    List<ToolResult> results = new ArrayList<>();
    boolean interrupted = false;
    // One call per response, then all in one: without an executor every call runs on the caller.
    for (ToolCall one : calls) {
      results.addAll(registry.execute(List.of(one), ToolContext.empty()));
      interrupted |= Thread.interrupted();
    }
    results.addAll(registry.execute(calls, ToolContext.empty()));
    interrupted |= Thread.interrupted();
    return new Outcome(results, events, List.copyOf(tools.ran), interrupted);
  }
}
