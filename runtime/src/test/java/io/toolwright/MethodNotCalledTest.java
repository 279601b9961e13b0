package io.toolwright;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** For every kind of failure before the invocation, the tool's method runs zero times. */
class MethodNotCalledTest {

  private static final JsonMapper SDK = JsonMapper.builder().build();
  private static final ToolContext CUSTOMER = ToolContext.of("customer", 42L);

  static Stream<Arguments> failures() {
    return Stream.of(
        failure(
            "unknown tool",
            ToolCall.of("1", "get_balanse", "{}"),
            CUSTOMER,
            ErrorCode.UNKNOWN_TOOL),
        failure(
            "syntax, text",
            ToolCall.of("1", "get_balance", "{\"accountId\":\"AC-1\","),
            CUSTOMER,
            ErrorCode.INVALID_JSON),
        failure(
            "syntax, bytes",
            ToolCall.of("1", "get_balance", "{accountId:1}".getBytes(StandardCharsets.UTF_8)),
            CUSTOMER,
            ErrorCode.INVALID_JSON),
        failure(
            "string limit, tree",
            ToolCall.ofTree(
                "1", "get_balance", SDK.createObjectNode().put("accountId", "x".repeat(300_000))),
            CUSTOMER,
            ErrorCode.INVALID_JSON),
        failure(
            "duplicate key",
            ToolCall.of("1", "get_balance", "{\"accountId\":\"AC-1\",\"accountId\":\"AC-2\"}"),
            CUSTOMER,
            ErrorCode.INVALID_JSON),
        failure(
            "context name from the model",
            ToolCall.of("1", "get_balance", "{\"accountId\":\"AC-1\",\"customer\":1}"),
            CUSTOMER,
            ErrorCode.INVALID_ARGUMENTS),
        failure(
            "structure",
            ToolCall.of("1", "get_balance", "{\"accountId\":1}"),
            CUSTOMER,
            ErrorCode.INVALID_ARGUMENTS),
        failure(
            "conversion: int overflow",
            ToolCall.of(
                "1",
                "find_invoices",
                "{\"filter\":{\"status\":\"open\"},\"note\":null,\"limit\":3000000000}"),
            CUSTOMER,
            ErrorCode.INVALID_ARGUMENTS),
        failure(
            "conversion: impossible date",
            ToolCall.of(
                "1",
                "find_invoices",
                "{\"filter\":{\"status\":\"open\",\"from\":\"2025-02-30\"},\"note\":null}"),
            CUSTOMER,
            ErrorCode.INVALID_ARGUMENTS),
        failure(
            "missing context",
            ToolCall.of("1", "get_balance", "{\"accountId\":\"AC-1\"}"),
            ToolContext.empty(),
            ErrorCode.TOOL_FAILED),
        failure(
            "bean validation",
            ToolCall.of("1", "get_balance", "{\"accountId\":\"\"}"),
            CUSTOMER,
            ErrorCode.INVALID_ARGUMENTS),
        failure(
            "arguments constructor refuses",
            ToolCall.of("1", "statement", "{\"from\":\"2025-02-01\",\"to\":\"2025-01-01\"}"),
            CUSTOMER,
            ErrorCode.INVALID_ARGUMENTS),
        failure(
            "constraint that cannot be applied",
            ToolCall.of("1", "misconfigured", "{\"count\":1}"),
            CUSTOMER,
            ErrorCode.TOOL_FAILED),
        failure(
            "dispatcher bug",
            ToolCall.of("1", "broken_dispatcher", "{}"),
            CUSTOMER,
            ErrorCode.TOOL_FAILED));
  }

  private static Arguments failure(
      String name, ToolCall call, ToolContext context, ErrorCode code) {
    return Arguments.of(name, call, context, code);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void theMethodIsNotCalled(String name, ToolCall call, ToolContext context, ErrorCode code) {
    Billing billing = new Billing();
    FaultyTools faults = new FaultyTools();
    ToolRegistry registry = ToolRegistry.of(BillingTools.bind(billing), faults.bind());

    ToolResult result = Results.one(registry, call, context);

    assertThat(Results.error(result).code()).isEqualTo(code);
    assertThat(billing.calls()).isZero();
    assertThat(faults.calls).hasValue(0);
  }

  @org.junit.jupiter.api.Test
  void conversionProblemsCarryTheConvertersPointer() {
    Billing billing = new Billing();
    ToolRegistry registry = ToolRegistry.of(BillingTools.bind(billing));

    ToolResult overflow =
        Results.one(
            registry,
            ToolCall.of(
                "1",
                "find_invoices",
                "{\"filter\":{\"status\":\"open\"},\"note\":null,\"limit\":3000000000}"),
            CUSTOMER);
    ToolResult date =
        Results.one(
            registry,
            ToolCall.of(
                "1",
                "find_invoices",
                "{\"filter\":{\"status\":\"open\",\"from\":\"2025-02-30\"},\"note\":null}"),
            CUSTOMER);

    assertThat(Results.problems(overflow))
        .containsExactly(
            new ArgumentProblem(
                "/limit", "an integer from -2147483648 to 2147483647", "3000000000"));
    assertThat(Results.problems(date))
        .containsExactly(
            new ArgumentProblem("/filter/from", "a date such as 2025-01-31", "\"2025-02-30\""));
    assertThat(Results.error(date).message()).contains("cannot be converted");
  }

  @org.junit.jupiter.api.Test
  void aRefusingConstructorIsReportedAsInvalidArgumentsWithoutItsMessage() {
    FaultyTools faults = new FaultyTools();
    ToolResult result =
        Results.one(
            ToolRegistry.of(faults.bind()),
            ToolCall.of("1", "statement", "{\"from\":\"2025-02-01\",\"to\":\"2025-01-01\"}"),
            ToolContext.empty());

    assertThat(Results.error(result).code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS);
    assertThat(Results.error(result).message())
        .contains("(IllegalArgumentException)")
        .doesNotContain("from must not be after to");
    assertThat(faults.calls).hasValue(0);
  }

  @org.junit.jupiter.api.Test
  void applicationErrorsBeforeTheCallSaySoWithoutDetail() {
    FaultyTools faults = new FaultyTools();
    ToolRegistry registry = ToolRegistry.of(faults.bind());

    assertThat(
            Results.error(
                    Results.one(
                        registry,
                        ToolCall.of("1", "misconfigured", "{\"count\":1}"),
                        ToolContext.empty()))
                .message())
        .isEqualTo(
            "The tool's argument constraints could not be checked (UnexpectedTypeException), so"
                + " the tool was not run. This is an application error.");
    assertThat(
            Results.error(
                    Results.one(
                        registry, ToolCall.of("1", "broken_dispatcher", "{}"), ToolContext.empty()))
                .message())
        .isEqualTo(
            "The tool's arguments could not be prepared (NullPointerException), so the tool was"
                + " not run. This is an application error.");
  }
}
