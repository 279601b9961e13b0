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

class AnthropicFormatTest {

  private final WireFormat wire = WireFormat.anthropic();
  private final ToolRegistry registry = WireFixtures.billingRegistry();

  @Test
  void readsToolUseBlocksInOrderWithTheirTextAround() {
    ModelTurn turn = wire.read(Fixtures.json("anthropic-tool-use.json"));

    assertThat(turn.calls())
        .extracting(ToolCall::id, ToolCall::name)
        .containsExactly(
            tuple("toolu_01A09q90qw90lq917835lq9", "get_balance"),
            tuple("toolu_01B18r01rx01mr028946mr0", "ping"),
            tuple("toolu_01C27s12sy12ns139057ns1", "get_balance"),
            tuple("toolu_01D36t23tz23ot240168ot2", "cancel_subscription"));
    assertThat(turn.calls().get(0).argumentTree().toString())
        .isEqualTo("{\"accountId\":\"AC-1001\"}");
    assertThat(turn.text()).isEqualTo("I'll check the balance and that billing is up.");
    assertThat(turn.stopReason()).isEqualTo("tool_use");
  }

  @Test
  void theAssistantMessageGoesBackAsRoleAndContentOnly() {
    JsonNode response = Fixtures.json("anthropic-tool-use.json");
    JsonNode message = wire.read(response).conversationItems().get(0);

    assertThat(message.propertyNames()).containsExactly("role", "content");
    assertThat(message.get("role").stringValue()).isEqualTo("assistant");
    assertThat(message.get("content")).isEqualTo(response.get("content"));
  }

  @Test
  void allResultsGoInOneUserMessageInCallOrderWithErrorsFlagged() {
    ModelTurn turn = wire.read(Fixtures.json("anthropic-tool-use.json"));
    List<ToolResult> results = registry.execute(turn.calls(), CUSTOMER_42);
    assertThat(errorCode(results.get(2))).isEqualTo(ErrorCode.INVALID_ARGUMENTS);
    assertThat(errorCode(results.get(3))).isEqualTo(ErrorCode.UNKNOWN_TOOL);

    List<JsonNode> messages = wire.answer(turn, results);

    assertThat(messages).hasSize(1);
    JsonNode message = messages.get(0);
    assertThat(message.get("role").stringValue()).isEqualTo("user");
    JsonNode blocks = message.get("content");
    assertThat(blocks.size()).isEqualTo(4);
    for (int i = 0; i < 4; i++) {
      JsonNode block = blocks.get(i);
      assertThat(block.get("type").stringValue()).isEqualTo("tool_result");
      assertThat(block.get("tool_use_id").stringValue()).isEqualTo(turn.calls().get(i).id());
      assertThat(block.get("content").stringValue()).isEqualTo(results.get(i).contentJson());
      assertThat(block.path("is_error").asBoolean(false)).isEqualTo(results.get(i).isError());
    }
    assertThat(blocks.get(0).has("is_error")).as("left out on success").isFalse();
    assertThat(blocks.get(2).get("is_error").asBoolean()).isTrue();
  }

  @Test
  void inputThatIsNotAnObjectIsAnsweredAsInvalidJson() {
    ModelTurn turn =
        wire.read(
            "{\"role\":\"assistant\",\"content\":[{\"type\":\"tool_use\",\"id\":\"toolu_1\","
                + "\"name\":\"get_balance\",\"input\":\"{\\\"accountId\\\":\\\"AC-1001\\\"}\"}]}");
    List<ToolResult> results = registry.execute(turn.calls(), CUSTOMER_42);

    assertThat(errorCode(results.get(0))).isEqualTo(ErrorCode.INVALID_JSON);
    assertThat(wire.answer(turn, results).get(0).get("content").get(0).get("is_error").asBoolean())
        .isTrue();
  }

  @Test
  void aToolUseWithoutAnIdSaysWhere() {
    assertThatThrownBy(
            () ->
                wire.read(
                    "{\"content\":[{\"type\":\"text\",\"text\":\"x\"},"
                        + "{\"type\":\"tool_use\",\"name\":\"ping\",\"input\":{}}]}"))
        .isInstanceOf(WireFormatException.class)
        .extracting(e -> ((WireFormatException) e).pointer())
        .isEqualTo("/content/1/id");
  }

  @Test
  void aTextOnlyMessageIsTheAnswerAndNeedsNoResults() {
    ModelTurn turn = wire.read(Fixtures.json("anthropic-answer.json"));

    assertThat(turn.hasCalls()).isFalse();
    assertThat(turn.text()).isEqualTo("Your balance is 120.50 and billing is up.");
    assertThat(turn.stopReason()).isEqualTo("end_turn");
    assertThat(wire.answer(turn, List.of())).isEmpty();
  }
}
