package io.toolwright;

import static io.toolwright.Results.error;
import static io.toolwright.Results.one;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * User code runs before a tool's method does: an arguments record's constructor, a bean's setter, a
 * custom constraint's validator. Whatever it throws fails only its own call, with a structured
 * result, and says no more to the model than the class of what was thrown, unless it is a {@link
 * ToolException}.
 */
class PreparationFailureTest {

  private static final ToolContext CUSTOMER = ToolContext.of("customer", 42L);
  private static final String REFUND =
      "{\"invoiceId\":\"INV-0001\",\"amount\":5,\"reason\":\"duplicate\","
          + "\"lines\":[{\"sku\":\"A\",\"quantity\":1}]}";

  private final Billing billing = new Billing();
  private final FaultyTools faults = new FaultyTools();
  /** Refunds are destructive: this registry approves them itself, as an application that gates them. */
  private final ToolRegistry registry =
      ToolRegistry.builder()
          .addAll(BillingTools.bind(billing), faults.bind())
          .execution(
              ExecutionPolicy.builder()
                  .approvals(io.toolwright.spi.ApprovalHandler.approveAll())
                  .build())
          .build();

  private ToolResult fragile(int n) {
    return one(registry, ToolCall.of("1", "fragile", "{\"n\":" + n + "}"), ToolContext.empty());
  }

  @Test
  void anErrorFromAConstructorFailsOnlyItsCallAndKeepsTheWriteBeforeIt() {
    List<ToolResult> results =
        registry.execute(
            List.of(
                ToolCall.of("1", "refund_invoice", REFUND),
                ToolCall.of("2", "fragile", "{\"n\":13}"),
                ToolCall.of("3", "fragile", "{\"n\":4}")),
            CUSTOMER);

    assertThat(results).extracting(ToolResult::callId).containsExactly("1", "2", "3");
    assertThat(results).extracting(ToolResult::isError).containsExactly(false, true, false);
    assertThat(billing.log)
        .containsExactly("refund_invoice INV-0001 5 duplicate [Line[sku=A, quantity=1]]");
    assertThat(error(results.get(1)).code()).isEqualTo(ErrorCode.TOOL_FAILED);
    assertThat(error(results.get(1)).message())
        .isEqualTo(
            "The tool's arguments could not be prepared (AssertionError), so the tool was not"
                + " run. This is an application error.");
    assertThat(results.get(2).content().intValue()).isEqualTo(8);
    assertThat(faults.calls).hasValue(1);
  }

  @ParameterizedTest(name = "{1} for n = {0}")
  @CsvSource({
    "13, AssertionError",
    "15, ExceptionInInitializerError",
    "17, NoClassDefFoundError",
    "23, IllegalStateException"
  })
  void whateverAConstructorThrowsIsNamedByItsClassAlone(int n, String thrown) {
    ToolResult result = fragile(n);

    assertThat(error(result).code()).isEqualTo(ErrorCode.TOOL_FAILED);
    assertThat(error(result).message())
        .isEqualTo(
            "The tool's arguments could not be prepared ("
                + thrown
                + "), so the tool was not run. This is an application error.");
    assertThat(result.content().toString())
        .doesNotContain("unlucky")
        .doesNotContain("db.internal")
        .doesNotContain("pricing")
        .doesNotContain("hunter2");
    assertThat(faults.calls).hasValue(0);
  }

  @Test
  void anErrorFromACustomConstraintValidatorFailsOnlyItsCall() {
    List<ToolResult> results =
        registry.execute(
            List.of(
                ToolCall.of("1", "refund_invoice", REFUND),
                ToolCall.of("2", "fragile", "{\"n\":42}"),
                ToolCall.of("3", "ping", "{}")),
            CUSTOMER);

    assertThat(results).extracting(ToolResult::isError).containsExactly(false, true, false);
    assertThat(error(results.get(1)).code()).isEqualTo(ErrorCode.TOOL_FAILED);
    assertThat(error(results.get(1)).message())
        .isEqualTo(
            "The tool's argument constraints could not be checked (AssertionError), so the tool"
                + " was not run. This is an application error.");
    assertThat(billing.log).hasSize(2);
    assertThat(faults.calls).hasValue(0);
  }

  @Test
  void aSecretFromACustomConstraintValidatorStaysOut() {
    ToolResult result = fragile(43);

    assertThat(error(result).code()).isEqualTo(ErrorCode.TOOL_FAILED);
    assertThat(result.content().toString()).doesNotContain("hunter2").doesNotContain("ldap");
  }

  @Test
  void aToolExceptionFromAConstructorReachesTheModelAsInvalidArguments() {
    ToolResult result = fragile(7);

    assertThat(error(result).code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS);
    assertThat(error(result).message())
        .isEqualTo(
            "The arguments were refused: n must not be 7 choose another number. Correct them"
                + " and call the tool again.");
    assertThat(faults.calls).hasValue(0);
  }

  @Test
  void aToolExceptionThatCausedTheFailureKeepsItsMessage() {
    ToolResult result = fragile(21);

    assertThat(error(result).code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS);
    assertThat(error(result).message())
        .isEqualTo(
            "The arguments were refused: 21 is reserved. Correct them and call the tool again.");
  }

  @Test
  void anIllegalArgumentExceptionIsInvalidArgumentsWithoutItsMessage() {
    ToolResult result = fragile(-1);

    assertThat(error(result).code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS);
    assertThat(error(result).message())
        .isEqualTo(
            "The arguments were refused while the tool's arguments were built"
                + " (IllegalArgumentException). Check them against the tool's description and"
                + " call the tool again.");
    assertThat(result.content().toString())
        .doesNotContain("hunter2")
        .doesNotContain("pricing")
        .doesNotContain("see log");
  }

  @Test
  void theCauseIsKeptForTheApplication() {
    ToolResult.Failure failure = (ToolResult.Failure) fragile(13);

    assertThat(failure.cause()).isInstanceOf(AssertionError.class).hasMessage("unlucky");
  }
}
