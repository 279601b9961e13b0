package io.toolwright;

import static io.toolwright.Results.call;
import static io.toolwright.Results.error;
import static io.toolwright.Results.one;
import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.spi.ResultSerializer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A result's content as a Jackson 3 tree, as text and as bytes, and results written by a {@link
 * ResultSerializer} that is not Jackson 3.
 */
class ResultContentTest {

  private static final ToolContext CUSTOMER_42 = ToolContext.of("customer", 42L);

  /** Knows one type, without any JSON library. */
  private static final ResultSerializer HAND_WRITTEN =
      value -> {
        Billing.Balance balance = (Billing.Balance) value;
        return ("{\"account\":\""
                + balance.accountId()
                + "\",\"amount\":"
                + balance.amount().toPlainString()
                + ",\"note\":\"Ünïcødé €\"}")
            .getBytes(StandardCharsets.UTF_8);
      };

  private final Billing billing = new Billing();

  private ToolResult balance(ResultSerializer serializer) {
    ToolRegistry registry =
        ToolRegistry.builder()
            .addAll(BillingTools.bind(billing))
            .resultSerializer(serializer)
            // No cap: these tests look at results as the serializer made them, a megabyte too.
            .execution(ExecutionPolicy.builder().maxResultBytes(Integer.MAX_VALUE).build())
            .build();
    return one(registry, call("get_balance", "{\"accountId\":\"AC-1\"}"), CUSTOMER_42);
  }

  @Test
  void aSerializerThatIsNotJackson3WritesTheResult() {
    ToolResult result = balance(HAND_WRITTEN);

    String expected = "{\"account\":\"AC-1\",\"amount\":120.50,\"note\":\"Ünïcødé €\"}";
    assertThat(result.isError()).as(result.contentJson()).isFalse();
    assertThat(result.contentJson()).isEqualTo(expected);
    assertThat(result.contentBytes()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    assertThat(result.content().get("amount").decimalValue()).isEqualByComparingTo("120.50");
    assertThat(result.content().get("amount").toString()).isEqualTo("120.50");
    assertThat(result.content().get("note").asString()).isEqualTo("Ünïcødé €");
  }

  @Test
  void theThreeFormsAreTheSameJson() {
    ToolRegistry registry = ToolRegistry.of(BillingTools.bind(billing));
    ToolResult success =
        one(registry, call("get_balance", "{\"accountId\":\"AC-1\"}"), CUSTOMER_42);
    ToolResult failure = one(registry, call("get_balanse", "{}"), CUSTOMER_42);

    for (ToolResult result : List.of(success, failure)) {
      assertThat(result.contentJson()).isEqualTo(result.content().toString());
      assertThat(new String(result.contentBytes(), StandardCharsets.UTF_8))
          .isEqualTo(result.contentJson());
    }
    assertThat(success.contentJson())
        .isEqualTo(
            "{\"accountId\":\"AC-1\",\"customer\":42,\"amount\":120.50,\"asOf\":\"2025-01-31\"}");
    assertThat(failure.contentJson()).startsWith("{\"error\":{\"code\":\"UNKNOWN_TOOL\"");
  }

  @Test
  void contentBytesAreACopy() {
    ToolResult result = balance(HAND_WRITTEN);

    result.contentBytes()[0] = 'X';

    assertThat(result.contentJson()).startsWith("{");
  }

  @Test
  void whatIsNotOneJsonValueFailsTheCallSayingTheToolRan() {
    List<String> broken = List.of("", "   ", "{\"a\":", "1 2", "{} {}", "{'a':1}", "NaN");
    for (String output : broken) {
      ToolResult result = balance(value -> output.getBytes(StandardCharsets.UTF_8));

      assertThat(error(result).code()).as(output).isEqualTo(ErrorCode.TOOL_FAILED);
      assertThat(error(result).message())
          .as(output)
          .isEqualTo(
              "The tool ran, but its result could not be converted to JSON:"
                  + " IllegalArgumentException. Whatever the tool does has been done; do not call"
                  + " it again just to get the result.");
    }
    assertThat(error(balance(value -> null)).code()).isEqualTo(ErrorCode.TOOL_FAILED);
    assertThat(billing.calls()).isEqualTo(broken.size() + 1);
  }

  @Test
  void aFailingSerializerIsNamedByItsClassOnly() {
    ToolResult result =
        balance(
            value -> {
              throw new IllegalStateException("password=hunter2");
            });

    assertThat(error(result).message())
        .startsWith("The tool ran, but its result could not be converted to JSON:")
        .contains("IllegalStateException")
        .doesNotContain("hunter2");
  }

  @Test
  void aNullReturnIsJsonNullWithoutAskingTheSerializer() {
    AtomicInteger asked = new AtomicInteger();
    FaultyTools faults = new FaultyTools();
    ToolRegistry registry =
        ToolRegistry.builder()
            .addAll(faults.bind())
            .resultSerializer(
                value -> {
                  asked.incrementAndGet();
                  return "1".getBytes(StandardCharsets.UTF_8);
                })
            .build();

    ToolResult result =
        one(registry, call("fail", "{\"kind\":\"null\"}"), ToolContext.empty());

    assertThat(result.contentJson()).isEqualTo("null");
    assertThat(result.content().isNull()).isTrue();
    assertThat(asked).hasValue(0);
  }

  @Test
  void toStringIsBoundedAndOnOneLine() {
    String huge = "x".repeat(1 << 20);
    // Real line breaks (whitespace between JSON tokens, a raw U+2028 in the string) inside the part
    // the excerpt shows, and a megabyte after them.
    ToolResult result =
        balance(
            value ->
                ("{\n  \"text\": \"a\u2028b" + huge + "\"\n}").getBytes(StandardCharsets.UTF_8));

    assertThat(result.contentJson()).hasSizeGreaterThan(1 << 20);
    assertThat(result.toString())
        .hasSizeLessThan(300)
        .contains("text")
        .doesNotContain("\n")
        .doesNotContain("\u2028");
  }
}
