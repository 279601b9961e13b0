package io.toolwright;

import static io.toolwright.Results.call;
import static io.toolwright.Results.error;
import static io.toolwright.Results.one;
import static io.toolwright.Results.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a tool does wrong becomes its own call's TOOL_FAILED result; execute() does not throw. */
class ToolFailureTest {

  private final FaultyTools faults = new FaultyTools();
  private final ToolRegistry registry = ToolRegistry.of(faults.bind());

  private ToolResult fail(String kind) {
    return one(registry, call("fail", "{\"kind\":\"" + kind + "\"}"), ToolContext.empty());
  }

  @Test
  void aCheckedException() {
    ToolResult result = fail("checked");

    assertThat(error(result).code()).isEqualTo(ErrorCode.TOOL_FAILED);
    assertThat(error(result).message()).isEqualTo("The tool failed: IOException.");
    assertThat(faults.calls).hasValue(1);
  }

  @Test
  void aToolExceptionMessageIsForTheModel() {
    assertThat(error(fail("for_the_model")).message())
        .isEqualTo("The tool failed: ToolException: invoice INV-0001 is already refunded.");
  }

  @Test
  void anyOtherExceptionMessageIsWithheldBecauseItMayHoldSecrets() {
    ToolResult result = fail("unchecked");

    assertThat(error(result).message()).isEqualTo("The tool failed: IllegalStateException.");
    assertThat(result.content().toString()).doesNotContain("hunter2").doesNotContain("jdbc");
  }

  @Test
  void aLongMultiLineMessageIsBoundedToOneLine() {
    String message = error(fail("long_message")).message();

    assertThat(message).startsWith("The tool failed: ToolException: line one line two xxx");
    assertThat(message).hasSizeLessThan(300).doesNotContain("\n");
  }

  @Test
  void noStackTraceIsEverSent() {
    assertThat(fail("unchecked").content().toString())
        .doesNotContain("at io.toolwright")
        .doesNotContain("FaultyTools");
  }

  @Test
  void anAnonymousExceptionClassIsStillNamed() {
    assertThat(error(fail("anonymous")).message()).contains("FaultyTools$").doesNotContain("no name");
  }

  @Test
  void errorsOtherThanVirtualMachineErrorsFailOnlyTheirCall() {
    assertThat(error(fail("assertion")).message())
        .isEqualTo("The tool failed: AssertionError.");
    assertThat(error(fail("stack_overflow")).message())
        .isEqualTo("The tool failed: StackOverflowError.");
  }

  @Test
  void outOfMemoryPropagates() {
    assertThatThrownBy(() -> fail("out_of_memory"))
        .isInstanceOf(OutOfMemoryError.class)
        .hasMessage("simulated");
  }

  @Test
  void anInterruptedToolFailsAndTheInterruptIsKept() {
    try {
      assertThat(error(fail("interrupted")).message())
          .isEqualTo("The tool failed: InterruptedException.");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void anInterruptFailsOnlyItsCallAndIsSetAgainWhenExecuteReturns() {
    try {
      List<ToolResult> results =
          registry.execute(
              List.of(
                  ToolCall.of("1", "fail", "{\"kind\":\"interrupted\"}"),
                  ToolCall.of("2", "fail", "{\"kind\":\"sleep\"}"),
                  ToolCall.of("3", "fail", "{\"kind\":\"sleep\"}")),
              ToolContext.empty());

      assertThat(results).extracting(ToolResult::isError).containsExactly(true, false, false);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void anInterruptBeforeExecuteFailsNoCallAndIsKept() {
    Thread.currentThread().interrupt();
    try {
      ToolResult result = fail("sleep");

      assertThat(value(result).stringValue()).isEqualTo("slept");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void aResultThatCannotBeSerialisedSaysTheToolRan() {
    ToolResult result = fail("unserialisable");

    assertThat(error(result).code()).isEqualTo(ErrorCode.TOOL_FAILED);
    assertThat(error(result).message())
        .startsWith("The tool ran, but its result could not be converted to JSON: ")
        .doesNotContain("no Session")
        .contains("do not call it again");
    assertThat(faults.calls).hasValue(1);
  }

  @Test
  void aCyclicResultFailsWithoutOverflowingTheStack() {
    ToolResult result = fail("cyclic");

    assertThat(error(result).code()).isEqualTo(ErrorCode.TOOL_FAILED);
    assertThat(error(result).message()).startsWith("The tool ran, but its result could not");
  }

  @Test
  void aNullReturnIsJsonNull() {
    assertThat(value(fail("null")).isNull()).isTrue();
  }

  @Test
  void javaTimeIsWrittenAsIsoStrings() {
    assertThat(value(fail("time")).toString())
        .isEqualTo("{\"day\":\"2025-01-31\",\"at\":\"2025-01-31T09:30:00Z\"}");
  }

  @Test
  void aFailingToolDoesNotStopItsSiblings() {
    List<ToolResult> results =
        registry.execute(
            List.of(
                ToolCall.of("1", "fail", "{\"kind\":\"unchecked\"}"),
                ToolCall.of("2", "fail", "{\"kind\":\"time\"}"),
                ToolCall.of("3", "fail", "{\"kind\":\"checked\"}"),
                ToolCall.of("4", "fail", "{\"kind\":\"null\"}")),
            ToolContext.empty());

    assertThat(results).extracting(ToolResult::isError).containsExactly(true, false, true, false);
    assertThat(faults.calls).hasValue(4);
  }
}
