package io.toolwright.wire;

import static io.toolwright.WireFixtures.CUSTOMER_42;
import static io.toolwright.WireFixtures.errorCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.toolwright.ErrorCode;
import io.toolwright.ToolCall;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolResult;
import io.toolwright.WireFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OpenAiResponsesFormatTest {

  private final WireFormat wire = WireFormat.openAiResponses();
  private final ToolRegistry registry = WireFixtures.billingRegistry();

  @Test
  void readsFunctionCallItemsByCallIdInOrder() {
    ModelTurn turn = wire.read(Fixtures.json("openai-responses-function-calls.json"));

    assertThat(turn.calls())
        .extracting(ToolCall::id, ToolCall::name)
        .containsExactly(
            tuple("call_Qp3mZ8", "get_balance"),
            tuple("call_Rk7vN2", "refund_everything"),
            tuple("call_Ts1wB5", "get_balance"));
    assertThat(turn.stopReason()).isEqualTo("completed");
  }

  @Test
  void everyOutputItemGoesBackUnchangedReasoningIncluded() {
    JsonNode response = Fixtures.json("openai-responses-function-calls.json");
    ModelTurn turn = wire.read(response);

    assertThat(turn.conversationItems()).hasSize(4);
    for (int i = 0; i < 4; i++) {
      assertThat(turn.conversationItems().get(i)).isEqualTo(response.get("output").get(i));
    }
  }

  @Test
  void everyCallIsAnsweredByAFunctionCallOutputItemInCallOrder() {
    ModelTurn turn = wire.read(Fixtures.json("openai-responses-function-calls.json"));
    List<ToolResult> results = registry.execute(turn.calls(), CUSTOMER_42);

    assertThat(results.get(0).isError()).isFalse();
    assertThat(errorCode(results.get(1))).isEqualTo(ErrorCode.UNKNOWN_TOOL);
    assertThat(errorCode(results.get(2))).isEqualTo(ErrorCode.INVALID_JSON);

    List<JsonNode> items = wire.answer(turn, results);
    assertThat(items).hasSize(3);
    for (int i = 0; i < 3; i++) {
      JsonNode item = items.get(i);
      assertThat(item.propertyNames()).containsExactly("type", "call_id", "output");
      assertThat(item.get("type").stringValue()).isEqualTo("function_call_output");
      assertThat(item.get("call_id").stringValue()).isEqualTo(turn.calls().get(i).id());
      assertThat(item.get("output").stringValue()).isEqualTo(results.get(i).contentJson());
    }
  }

  @Test
  void aFunctionCallWithoutACallIdSaysWhere() {
    assertThatThrownBy(
            () ->
                wire.read(
                    "{\"output\":[{\"type\":\"function_call\",\"id\":\"fc_1\",\"name\":\"ping\","
                        + "\"arguments\":\"{}\"}]}"))
        .isInstanceOf(WireFormatException.class)
        .extracting(e -> ((WireFormatException) e).pointer())
        .isEqualTo("/output/0/call_id");
  }

  @Test
  void aMessageItemIsTheAnswer() {
    ModelTurn turn = wire.read(Fixtures.json("openai-responses-answer.json"));

    assertThat(turn.hasCalls()).isFalse();
    assertThat(turn.text()).isEqualTo("Your balance is 120.50.");
  }
}
