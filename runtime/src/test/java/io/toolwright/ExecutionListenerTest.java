package io.toolwright;

import static io.toolwright.Results.call;
import static io.toolwright.Results.error;
import static io.toolwright.Results.one;
import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.spi.ExecutionListener;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The application sees why a call failed, with the whole exception the model never sees: through an
 * {@link ExecutionListener}, and by default in the log ({@link System.Logger} {@code
 * io.toolwright}).
 */
class ExecutionListenerTest {

  /** Records every event. */
  private static final class Recorder implements ExecutionListener {
    final List<String> events = new ArrayList<>();
    final List<Throwable> causes = new ArrayList<>();
    final List<ToolDefinition> tools = new ArrayList<>();

    @Override
    public void onRejected(ToolCall call, ToolError error, Throwable cause) {
      events.add("rejected " + call.id() + " " + error.code());
      causes.add(cause);
    }

    @Override
    public void onToolFailure(
        ToolCall call, ToolDefinition tool, ToolError error, Throwable cause) {
      events.add("failed " + call.id() + " " + tool.name() + " " + error.code());
      causes.add(cause);
      tools.add(tool);
    }
  }

  private final Billing billing = new Billing();
  private final FaultyTools faults = new FaultyTools();
  private final Recorder recorder = new Recorder();
  private final ToolRegistry registry =
      ToolRegistry.builder()
          .addAll(BillingTools.bind(billing), faults.bind())
          .listener(recorder)
          .build();

  /**
   * The registry neither times calls nor makes {@link CallEvent}s for the default listener, on the
   * grounds that it ignores them: if it ever logs events, that shortcut must go
   * ({@code CallExecutor.hearsEvents}).
   */
  @Test
  void theDefaultListenerIgnoresCallEvents() throws NoSuchMethodException {
    assertThat(
            ExecutionListener.logging()
                .getClass()
                .getMethod("onCall", CallEvent.class)
                .getDeclaringClass())
        .isEqualTo(ExecutionListener.class);
  }

  @Test
  void aListenerOfItsOwnHearsEveryCallEventTimed() {
    List<CallEvent> heard = new ArrayList<>();
    // Each reading a millisecond after the last: an attempt timed by it lasts one.
    ManualClock ticking = new ManualClock().tickingOnEachReading(Duration.ofMillis(1));
    ToolRegistry timed =
        ToolRegistry.builder()
            .addAll(BillingTools.bind(billing))
            .execution(ExecutionPolicy.builder().clock(ticking).build())
            .listener(
                new ExecutionListener() {
                  @Override
                  public void onCall(CallEvent event) {
                    heard.add(event);
                  }
                })
            .build();

    one(timed, call("nothing_here", "{}"), ToolContext.empty());
    one(timed, call("ping", "{}"), ToolContext.empty());

    assertThat(heard).hasSize(2);
    assertThat(heard.get(0).errorCode()).contains(ErrorCode.UNKNOWN_TOOL);
    assertThat(heard.get(1).succeeded()).isTrue();
    assertThat(heard.get(1).duration()).isEqualTo(Duration.ofMillis(1));
  }

  @Test
  void theListenerReceivesTheExceptionTheToolThrew() {
    ToolResult result = one(registry, call("fail", "{\"kind\":\"checked\"}"), ToolContext.empty());

    assertThat(recorder.events).containsExactly("failed call-1 fail TOOL_FAILED");
    assertThat(recorder.causes.get(0)).isInstanceOf(IOException.class).hasMessage("disk on fire");
    assertThat(recorder.tools).containsExactly(FaultyTools.FAIL);
    assertThat(((ToolResult.Failure) result).cause()).isSameAs(recorder.causes.get(0));
  }

  @Test
  void theListenerReceivesWhatFailedBeforeTheToolRan() {
    registry.execute(
        List.of(
            ToolCall.of("a", "fragile", "{\"n\":13}"),
            ToolCall.of("b", "fragile", "{\"n\":42}"),
            ToolCall.of("c", "misconfigured", "{\"count\":1}"),
            ToolCall.of("d", "get_balance", "{\"accountId\":\"AC-1\"}")),
        ToolContext.empty());

    assertThat(recorder.events)
        .containsExactly(
            "failed a fragile TOOL_FAILED",
            "failed b fragile TOOL_FAILED",
            "failed c misconfigured TOOL_FAILED",
            "failed d get_balance TOOL_FAILED");
    assertThat(recorder.causes.get(0)).isInstanceOf(AssertionError.class).hasMessage("unlucky");
    assertThat(recorder.causes.get(1))
        .isInstanceOf(AssertionError.class)
        .hasMessage("validator bug");
    assertThat(recorder.causes.get(2)).isInstanceOf(jakarta.validation.ValidationException.class);
    assertThat(recorder.causes.get(3))
        .isInstanceOf(MissingContextException.class)
        .hasMessageContaining("customer")
        .hasMessageContaining("java.lang.Long");
  }

  @Test
  void rejectedCallsAreReportedWithTheWithheldCauseIfAny() {
    registry.execute(
        List.of(
            ToolCall.of("a", "get_balanse", "{}"),
            ToolCall.of("b", "ping", "{"),
            ToolCall.of("c", "fragile", "{\"n\":-1}")),
        ToolContext.empty());

    assertThat(recorder.events)
        .containsExactly(
            "rejected a UNKNOWN_TOOL", "rejected b INVALID_JSON", "rejected c INVALID_ARGUMENTS");
    assertThat(recorder.causes.get(0)).isNull();
    assertThat(recorder.causes.get(1)).isNull();
    assertThat(recorder.causes.get(2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hunter2");
  }

  @Test
  void aSuccessIsNoEvent() {
    one(registry, call("ping", "{}"), ToolContext.empty());

    assertThat(recorder.events).isEmpty();
  }

  @Test
  void aListenerThatThrowsChangesNoResult() {
    ToolRegistry throwing =
        ToolRegistry.builder()
            .addAll(faults.bind())
            .listener(
                new ExecutionListener() {
                  @Override
                  public void onToolFailure(
                      ToolCall call, ToolDefinition tool, ToolError error, Throwable cause) {
                    throw new IllegalStateException("listener bug");
                  }
                })
            .build();

    List<ToolResult> results =
        throwing.execute(
            List.of(
                ToolCall.of("1", "fail", "{\"kind\":\"checked\"}"),
                ToolCall.of("2", "fail", "{\"kind\":\"null\"}")),
            ToolContext.empty());

    assertThat(results).extracting(ToolResult::isError).containsExactly(true, false);
    assertThat(error(results.get(0)).message()).isEqualTo("The tool failed: IOException.");
  }

  @Test
  void aMissingContextValueIsNamedToTheModelWithoutItsType() {
    ToolResult result =
        one(registry, call("get_balance", "{\"accountId\":\"AC-1\"}"), ToolContext.empty());

    assertThat(error(result).message())
        .isEqualTo(
            "The application did not supply the context value 'customer' this tool needs, so the"
                + " tool was not run. This is an application error, not a problem with the"
                + " arguments.");
  }

  @Test
  void byDefaultFailuresAreLoggedWithTheirStackTraceAndRejectionsAtDebug() {
    ToolRegistry logging = ToolRegistry.of(faults.bind());
    RecordingLoggerFinder.RECORDED.clear();

    logging.execute(
        List.of(
            ToolCall.of("logged-1", "fail", "{\"kind\":\"checked\"}"),
            ToolCall.of("logged-2", "no_such_tool\u2028forged log line", "{}")),
        ToolContext.empty());

    List<RecordingLoggerFinder.Entry> failure = RecordingLoggerFinder.containing("logged-1");
    assertThat(failure)
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.level()).isEqualTo(Level.WARNING);
              assertThat(entry.message())
                  .isEqualTo("Tool 'fail' failed (call logged-1): The tool failed: IOException.");
              assertThat(entry.thrown()).isInstanceOf(IOException.class).hasMessage("disk on fire");
            });
    List<RecordingLoggerFinder.Entry> rejected = RecordingLoggerFinder.containing("logged-2");
    assertThat(rejected)
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.level()).isEqualTo(Level.DEBUG);
              assertThat(entry.message())
                  .startsWith(
                      "Call logged-2 to 'no_such_tool forged log line' was rejected: UNKNOWN_TOOL")
                  .doesNotContain("\u2028");
              assertThat(entry.thrown()).isNull();
            });
  }
}
