package io.toolwright;

import static io.toolwright.ScriptedTools.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.spi.ExecutionListener;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The listener hears of every attempt and every call answered without running: tool, attempt,
 * outcome, duration, error code; never an argument value.
 */
class CallEventTest {

  private static final String SECRET = "IBAN-DE89370400440532013000";

  private final ScriptedTools tools = new ScriptedTools();
  private final ManualClock clock = new ManualClock();
  private final List<CallEvent> events = Collections.synchronizedList(new ArrayList<>());
  private final ExecutionListener listener =
      new ExecutionListener() {
        @Override
        public void onCall(CallEvent event) {
          events.add(event);
        }
      };

  private ToolRegistry registry(ExecutionPolicy.Builder policy) {
    return ToolRegistry.builder()
        .addAll(tools.bind())
        .listener(listener)
        .execution(
            policy.clock(clock).approvals(io.toolwright.spi.ApprovalHandler.approveAll()).build())
        .build();
  }

  @Test
  void everyAttemptAndEveryRefusalIsAnEvent() {
    AtomicInteger runs = new AtomicInteger();
    tools.body =
        (tool, key) -> {
          clock.sleep(Duration.ofMillis(30)); // the tool takes 30 ms of the clock's time
          if (tool.equals("lookup") && runs.incrementAndGet() == 1) {
            throw new IOException("reset");
          }
          return "ok";
        };
    ToolRegistry registry =
        registry(
            ExecutionPolicy.builder()
                .transientFailures(IOException.class)
                .jitter(() -> 0.0)
                .maxCallsPerResponse(4));

    registry.execute(
        List.of(
            call("1", "lookup", SECRET),
            ToolCall.of("2", "update", "{\"key\":\"" + SECRET + "\",\"extra\":1}"),
            call("3", "nope", SECRET),
            call("4", "update", SECRET),
            call("5", "update", SECRET)),
        ToolContext.empty());

    assertThat(events)
        .extracting(CallEvent::toString)
        .containsExactly(
            "CallEvent[callId=2, toolName=update, attempt=0, outcome=INVALID_ARGUMENTS,"
                + " duration=PT0S]",
            "CallEvent[callId=3, toolName=nope, attempt=0, outcome=UNKNOWN_TOOL, duration=PT0S]",
            "CallEvent[callId=5, toolName=update, attempt=0, outcome=TOO_MANY_CALLS,"
                + " duration=PT0S]",
            "CallEvent[callId=1, toolName=lookup, attempt=1, outcome=TOOL_FAILED,"
                + " duration=PT0.03S, retrying]",
            "CallEvent[callId=1, toolName=lookup, attempt=2, outcome=SUCCEEDED, duration=PT0.03S]",
            "CallEvent[callId=4, toolName=update, attempt=1, outcome=SUCCEEDED, duration=PT0.03S]");
    assertThat(events.get(4).succeeded()).isTrue();
    assertThat(events.get(4).errorCode()).isEmpty();
    assertThat(events.get(3).retrying()).isTrue();
    assertThat(events).allSatisfy(event -> assertThat(event.toString()).doesNotContain(SECRET));
  }

  @Test
  void aTimedOutWriteIsAnEventWithItsCode() {
    tools.body =
        (tool, key) -> {
          clock.fireAll();
          return "late";
        };
    ToolRegistry registry = registry(ExecutionPolicy.builder().timeout(Duration.ofSeconds(1)));

    registry.execute(List.of(call("1", "delete", "a")), ToolContext.empty());

    assertThat(events).singleElement()
        .satisfies(
            event -> {
              assertThat(event.attempt()).isEqualTo(1);
              assertThat(event.errorCode()).contains(ErrorCode.OUTCOME_UNKNOWN);
              assertThat(event.retrying()).isFalse();
            });
  }

  @Test
  void aListenerThatThrowsChangesNoResult() {
    ToolRegistry registry =
        ToolRegistry.builder()
            .addAll(tools.bind())
            .listener(
                new ExecutionListener() {
                  @Override
                  public void onCall(CallEvent event) {
                    throw new IllegalStateException("metrics down");
                  }
                })
            .build();

    List<ToolResult> results =
        registry.execute(List.of(call("1", "lookup", "a"), call("2", "nope", "a")), ToolContext.empty());

    assertThat(results.get(0).contentJson()).isEqualTo("\"lookup:a\"");
    assertThat(Results.error(results.get(1)).code()).isEqualTo(ErrorCode.UNKNOWN_TOOL);
  }
}
