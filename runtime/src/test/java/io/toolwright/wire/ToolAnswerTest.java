package io.toolwright.wire;

import static io.toolwright.WireFixtures.CUSTOMER_42;
import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.ToolCall;
import io.toolwright.ToolResult;
import io.toolwright.WireFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToolAnswerTest {

  private final ToolResult balance =
      WireFixtures.billingRegistry()
          .execute(
              List.of(ToolCall.of("c1", "get_balance", "{\"accountId\":\"AC-1001\"}")), CUSTOMER_42)
          .get(0);

  @Test
  void aResultWithinTheLimitIsSentWhole() {
    ToolAnswer answer = ToolAnswer.bounded(balance, balance.contentJson().length());

    assertThat(answer.truncated()).isFalse();
    assertThat(answer.contentJson()).isEqualTo(balance.contentJson());
    assertThat(answer.callId()).isEqualTo("c1");
  }

  @Test
  void aLongerResultIsSentAsAnExcerptThatSaysHowLongItWas() {
    String whole = balance.contentJson();
    ToolAnswer answer = ToolAnswer.bounded(balance, 10);

    assertThat(answer.truncated()).isTrue();
    assertThat(answer.isError()).as("a large result is not an error").isFalse();
    assertThat(answer.content().get("truncated").asBoolean()).isTrue();
    assertThat(answer.content().get("totalChars").asInt()).isEqualTo(whole.length());
    assertThat(answer.content().get("excerpt").stringValue()).isEqualTo(whole.substring(0, 10));
    assertThat(Fixtures.parse(answer.contentJson())).isEqualTo(answer.content());
  }
}
