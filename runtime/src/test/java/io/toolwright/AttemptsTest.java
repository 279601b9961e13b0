package io.toolwright;

import static io.toolwright.Results.error;
import static io.toolwright.ScriptedTools.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.spi.Fallback;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Attempts with an injected clock and jitter: at most three in total, counted across responses;
 * only transient failures; never for argument errors; never automatically for a write that is not
 * idempotent; back-off with jitter; a fallback when they are spent.
 */
class AttemptsTest {

  private final ScriptedTools tools = new ScriptedTools();
  private final ManualClock clock = new ManualClock();

  /**
   * A new conversation's state: in memory here; {@code toolwright-jdbc} runs these same tests over
   * PostgreSQL by overriding it.
   */
  io.toolwright.spi.ConversationState newState() {
    return io.toolwright.spi.ConversationState.inMemory();
  }

  private ExecutionPolicy.Builder policy() {
    return ExecutionPolicy.builder()
        .clock(clock)
        .jitter(() -> 1.0)
        .backoff(Duration.ofMillis(100), Duration.ofSeconds(1))
        .transientFailures(IOException.class)
        .approvals(io.toolwright.spi.ApprovalHandler.approveAll());
  }

  private ToolRegistry registry(ExecutionPolicy.Builder policy) {
    return ToolRegistry.builder().addAll(tools.bind()).execution(policy.build()).build();
  }

  /** Throws an IOException (transient here) the first {@code failures} times, then answers. */
  private void failFirst(int failures) {
    AtomicInteger runs = new AtomicInteger();
    tools.body =
        (tool, key) -> {
          if (runs.incrementAndGet() <= failures) {
            throw new IOException("connection reset by db.internal");
          }
          return "done";
        };
  }

  private ToolResult one(ToolRegistry registry, ToolCall call, Conversation conversation) {
    return registry.execute(List.of(call), ToolContext.empty(), conversation).get(0);
  }

  @Test
  void aTransientFailureOfAReadIsTriedAgainWithBackoff() {
    failFirst(2);

    ToolResult result = one(registry(policy()), call("1", "lookup", "a"), Conversation.of(newState()));

    assertThat(result.contentJson()).isEqualTo("\"done\"");
    assertThat(tools.runs("lookup")).isEqualTo(3);
    // Exponential (100 ms, then 200 ms), with the jitter at its top.
    assertThat(clock.slept).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
  }

  @Test
  void jitterTakesUpToHalfOfEachWait() {
    failFirst(2);

    one(registry(policy().jitter(() -> 0.0)), call("1", "lookup", "a"), Conversation.of(newState()));

    assertThat(clock.slept).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100));
  }

  @Test
  void theWaitNeverExceedsTheMaximum() {
    failFirst(2);

    one(
        registry(policy().backoff(Duration.ofMillis(400), Duration.ofMillis(500))),
        call("1", "lookup", "a"),
        Conversation.of(newState()));

    assertThat(clock.slept).containsExactly(Duration.ofMillis(400), Duration.ofMillis(500));
  }

  @Test
  void threeAttemptsAtMostThenTheFallbackAnswers() {
    failFirst(Integer.MAX_VALUE);
    List<String> asked = new ArrayList<>();
    Fallback fallback =
        (tool, lastError) -> {
          asked.add(tool.name() + " " + lastError.code());
          return "Tell the user the directory is down and a ticket was opened";
        };

    ToolResult result =
        one(registry(policy().fallback("lookup", fallback)), call("1", "lookup", "a"),
            Conversation.of(newState()));

    ToolError error = error(result);
    assertThat(error.code()).isEqualTo(ErrorCode.ATTEMPTS_EXHAUSTED);
    assertThat(error.message())
        .isEqualTo(
            "The tool failed 3 times with what may be a temporary error (IOException). Tell the"
                + " user the directory is down and a ticket was opened.");
    assertThat(error.message()).doesNotContain("db.internal");
    assertThat(((ToolResult.Failure) result).cause()).isInstanceOf(IOException.class);
    assertThat(tools.runs("lookup")).isEqualTo(3);
    assertThat(asked).containsExactly("lookup TOOL_FAILED");
  }

  @Test
  void fewerAttemptsCanBeConfigured() {
    failFirst(Integer.MAX_VALUE);

    ToolResult result =
        one(registry(policy().maxAttempts(1)), call("1", "lookup", "a"), Conversation.of(newState()));

    assertThat(error(result).code()).isEqualTo(ErrorCode.ATTEMPTS_EXHAUSTED);
    assertThat(error(result).message()).contains("Do not call it again with the same arguments");
    assertThat(tools.runs("lookup")).isEqualTo(1);
    assertThat(clock.slept).isEmpty();
  }

  @Test
  void aFailureNotMarkedTransientIsNotTriedAgain() {
    tools.body =
        (tool, key) -> {
          throw new IllegalStateException("bug");
        };

    ToolResult result = one(registry(policy()), call("1", "lookup", "a"), Conversation.of(newState()));

    assertThat(error(result).code()).isEqualTo(ErrorCode.TOOL_FAILED);
    assertThat(tools.runs("lookup")).isEqualTo(1);
  }

  @Test
  void argumentErrorsAreNeverTried() {
    ToolResult result =
        one(
            registry(policy().transientFailures(Throwable.class)),
            ToolCall.of("1", "lookup", "{\"key\":5}"),
            Conversation.of(newState()));

    assertThat(error(result).code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS);
    assertThat(tools.ran).isEmpty();
  }

  @Test
  void aWriteThatIsNotIdempotentIsNeverRunTwiceAutomatically() {
    failFirst(1);

    ToolResult result = one(registry(policy()), call("1", "update", "a"), Conversation.of(newState()));

    assertThat(error(result).code()).isEqualTo(ErrorCode.TOOL_FAILED);
    assertThat(error(result).message())
        .startsWith("The tool failed: IOException.")
        .contains("not idempotent, so it was not called again");
    assertThat(tools.runs("update")).isEqualTo(1);
    assertThat(clock.slept).isEmpty();
  }

  @Test
  void aDestructiveToolIsNeverRunTwiceAutomatically() {
    failFirst(1);

    one(registry(policy()), call("1", "delete", "a"), Conversation.of(newState()));

    assertThat(tools.runs("delete")).isEqualTo(1);
  }

  @Test
  void aWriteDeclaredIdempotentIsTriedAgain() {
    failFirst(1);

    ToolResult result = one(registry(policy()), call("1", "upsert", "a"), Conversation.of(newState()));

    assertThat(result.contentJson()).isEqualTo("\"done\"");
    assertThat(tools.runs("upsert")).isEqualTo(2);
  }

  @Test
  void attemptsAreCountedAcrossResponsesForTheSameCall() {
    failFirst(Integer.MAX_VALUE);
    ToolRegistry registry = registry(policy().maxAttempts(2));
    Conversation conversation = Conversation.of(newState());

    ToolResult first = one(registry, call("1", "lookup", "a"), conversation);
    // The model tries again: same tool, same arguments, written differently.
    ToolResult again =
        one(registry, ToolCall.of("2", "lookup", "{ \"key\" : \"a\" }"), conversation);
    ToolResult other = one(registry, call("3", "lookup", "b"), conversation);

    assertThat(error(first).code()).isEqualTo(ErrorCode.ATTEMPTS_EXHAUSTED);
    assertThat(error(again).code()).isEqualTo(ErrorCode.ATTEMPTS_EXHAUSTED);
    assertThat(error(again).message())
        .startsWith("This call, with these arguments, has failed 2 times in this conversation");
    assertThat(tools.ran).containsExactly("lookup:a", "lookup:a", "lookup:b", "lookup:b");
    assertThat(error(other).code()).isEqualTo(ErrorCode.ATTEMPTS_EXHAUSTED);
  }

  @Test
  void aWriteTheModelRepeatsAfterFailuresRunsAtMostThreeTimes() {
    tools.body =
        (tool, key) -> {
          throw new ToolException("the ledger is closed");
        };
    ToolRegistry registry = registry(policy());
    Conversation conversation = Conversation.of(newState());

    List<ErrorCode> codes = new ArrayList<>();
    for (int turn = 0; turn < 5; turn++) {
      codes.add(error(one(registry, call("t" + turn, "update", "a"), conversation)).code());
    }

    assertThat(tools.runs("update")).isEqualTo(3);
    assertThat(codes)
        .containsExactly(
            ErrorCode.TOOL_FAILED,
            ErrorCode.TOOL_FAILED,
            ErrorCode.TOOL_FAILED,
            ErrorCode.ATTEMPTS_EXHAUSTED,
            ErrorCode.ATTEMPTS_EXHAUSTED);
  }

  @Test
  void aSuccessStartsTheCountAgain() {
    AtomicInteger runs = new AtomicInteger();
    tools.body =
        (tool, key) -> {
          if (runs.incrementAndGet() % 2 == 1) {
            throw new ToolException("busy");
          }
          return "ok";
        };
    ToolRegistry registry = registry(policy().maxAttempts(2));
    Conversation conversation = Conversation.of(newState());

    for (int turn = 0; turn < 4; turn++) {
      one(registry, call("t" + turn, "update", "a"), conversation);
    }

    assertThat(tools.runs("update")).as("fail, ok, fail, ok: never two failures in a row")
        .isEqualTo(4);
  }

  @Test
  void aFallbackThatThrowsLeavesTheDefaultNextStep() {
    failFirst(Integer.MAX_VALUE);

    ToolResult result =
        one(
            registry(
                policy()
                    .fallback(
                        (tool, lastError) -> {
                          throw new IllegalStateException("ticket system down");
                        })),
            call("1", "lookup", "a"),
            Conversation.of(newState()));

    assertThat(error(result).message())
        .endsWith("Do not call it again with the same arguments; tell the user it is unavailable.");
  }

  @Test
  void theMostAttemptsAreThree() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExecutionPolicy.builder().maxAttempts(4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxAttempts must be 1 to 3, not 4");
  }

  /** What a circuit breaker throws when it is open. */
  static final class CircuitOpenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CircuitOpenException() {
      super("billing circuit open since 09:00 (db.internal)");
    }
  }

  @Test
  void anUnavailableToolIsAnsweredByTheFallbackAtOnce() {
    tools.body =
        (tool, key) -> {
          throw new CircuitOpenException();
        };

    ToolResult result =
        one(
            registry(
                policy()
                    // Counted transient too: unavailable wins, so it is not tried again.
                    .transientFailures(RuntimeException.class)
                    .unavailableFailures(CircuitOpenException.class)
                    .fallback(Fallback.message("Tell the user billing is down; a person will call back"))),
            call("1", "lookup", "a"),
            Conversation.of(newState()));

    assertThat(error(result).code()).isEqualTo(ErrorCode.TOOL_UNAVAILABLE);
    assertThat(error(result).message())
        .isEqualTo(
            "The tool is unavailable right now (CircuitOpenException). Tell the user billing is"
                + " down; a person will call back.");
    assertThat(tools.runs("lookup")).isEqualTo(1);
    assertThat(clock.slept).isEmpty();
  }
}
