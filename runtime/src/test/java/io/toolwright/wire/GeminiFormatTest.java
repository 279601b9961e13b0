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

class GeminiFormatTest {

  private final WireFormat wire = WireFormat.gemini();
  private final ToolRegistry registry = WireFixtures.billingRegistry();

  @Test
  void callsWithoutIdsGetPositionalIdsAndThoughtsAreNotText() {
    ModelTurn turn = wire.read(Fixtures.json("gemini-function-calls.json"));

    assertThat(turn.calls())
        .extracting(ToolCall::id, ToolCall::name)
        .containsExactly(
            tuple("gemini-call-0", "get_balance"),
            tuple("gemini-call-1", "ping"),
            tuple("gemini-call-2", "get_balanse"),
            tuple("gemini-call-3", "get_balance"));
    assertThat(turn.text()).as("a thought part is not the answer").isEmpty();
    assertThat(turn.stopReason()).isEqualTo("STOP");
  }

  @Test
  void theModelContentGoesBackUnchangedWithItsThoughtSignature() {
    JsonNode response = Fixtures.json("gemini-function-calls.json");
    ModelTurn turn = wire.read(response);

    assertThat(turn.conversationItems())
        .containsExactly(response.get("candidates").get(0).get("content"));
  }

  @Test
  void resultsPairByNameAndOrderWhenTheModelSentNoIds() {
    ModelTurn turn = wire.read(Fixtures.json("gemini-function-calls.json"));
    List<ToolResult> results = registry.execute(turn.calls(), CUSTOMER_42);
    assertThat(results.get(1).isError()).as("args left out are no arguments").isFalse();
    assertThat(errorCode(results.get(2))).isEqualTo(ErrorCode.UNKNOWN_TOOL);
    assertThat(errorCode(results.get(3))).isEqualTo(ErrorCode.INVALID_ARGUMENTS);

    List<JsonNode> contents = wire.answer(turn, results);

    assertThat(contents).hasSize(1);
    JsonNode content = contents.get(0);
    assertThat(content.get("role").stringValue()).isEqualTo("user");
    JsonNode parts = content.get("parts");
    assertThat(parts.size()).isEqualTo(4);
    for (int i = 0; i < 4; i++) {
      JsonNode response = parts.get(i).get("functionResponse");
      assertThat(response.has("id")).as("no id where the model sent none").isFalse();
      assertThat(response.get("name").stringValue()).isEqualTo(turn.calls().get(i).name());
    }
    assertThat(parts.get(0).get("functionResponse").get("response").get("output"))
        .isEqualTo(results.get(0).content());
    assertThat(
            parts
                .get(2)
                .get("functionResponse")
                .get("response")
                .get("error")
                .get("code")
                .stringValue())
        .isEqualTo("UNKNOWN_TOOL");
    assertThat(parts.get(2).get("functionResponse").get("response").has("output")).isFalse();
  }

  @Test
  void idsTheModelSentGoBack() {
    ModelTurn turn = wire.read(Fixtures.json("gemini3-function-calls.json"));
    assertThat(turn.calls()).extracting(ToolCall::id).containsExactly("fc-8k2m", "fc-9n3p");

    JsonNode parts =
        wire.answer(turn, registry.execute(turn.calls(), CUSTOMER_42)).get(0).get("parts");

    assertThat(parts.get(0).get("functionResponse").get("id").stringValue()).isEqualTo("fc-8k2m");
    assertThat(parts.get(1).get("functionResponse").get("id").stringValue()).isEqualTo("fc-9n3p");
  }

  @Test
  void aBlockedPromptIsNotATurn() {
    assertThatThrownBy(() -> wire.read("{\"promptFeedback\":{\"blockReason\":\"SAFETY\"}}"))
        .isInstanceOf(WireFormatException.class)
        .hasMessageContaining("blocked: SAFETY");
  }

  @Test
  void aTextAnswerHasNoCalls() {
    ModelTurn turn = wire.read(Fixtures.json("gemini-answer.json"));

    assertThat(turn.hasCalls()).isFalse();
    assertThat(turn.text()).isEqualTo("Your balance is 120.50.");
  }

  @Test
  void aUserMessageIsAContentWithATextPart() {
    assertThat(wire.userMessage("Hi").toString())
        .isEqualTo("{\"role\":\"user\",\"parts\":[{\"text\":\"Hi\"}]}");
  }
}
