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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OpenAiChatFormatTest {

  private final WireFormat wire = WireFormat.openAiChat();
  private final ToolRegistry registry = WireFixtures.billingRegistry();

  @Test
  void readsParallelCallsInOrderWithArgumentsAsText() {
    ModelTurn turn = wire.read(Fixtures.json("openai-chat-tool-calls.json"));

    assertThat(turn.calls())
        .extracting(ToolCall::id, ToolCall::name)
        .containsExactly(
            tuple("call_Qp3mZ8", "get_balance"),
            tuple("call_Rk7vN2", "ping"),
            tuple("call_Ts1wB5", "get_balanse"),
            tuple("call_Uv9xC4", "get_balance"));
    assertThat(new String(turn.calls().get(0).argumentBytes(), StandardCharsets.UTF_8))
        .isEqualTo("{\"accountId\":\"AC-1001\"}");
    assertThat(turn.hasCalls()).isTrue();
    assertThat(turn.text()).isEmpty();
    assertThat(turn.stopReason()).isEqualTo("tool_calls");
  }

  @Test
  void theAssistantMessageGoesBackWithItsToolCallsAndWithoutResponseOnlyMembers() {
    JsonNode response = Fixtures.json("openai-chat-tool-calls.json");
    ModelTurn turn = wire.read(response);

    assertThat(turn.conversationItems()).hasSize(1);
    JsonNode message = turn.conversationItems().get(0);
    assertThat(message.propertyNames()).containsExactly("role", "content", "refusal", "tool_calls");
    assertThat(message.get("role").stringValue()).isEqualTo("assistant");
    assertThat(message.get("content").isNull()).isTrue();
    assertThat(message.get("tool_calls"))
        .isEqualTo(response.get("choices").get(0).get("message").get("tool_calls"));
  }

  @Test
  void everyCallIsAnsweredByAToolMessageInCallOrderAndBadCallsAsStructuredErrors() {
    ModelTurn turn = wire.read(Fixtures.json("openai-chat-tool-calls.json"));
    List<ToolResult> results = registry.execute(turn.calls(), CUSTOMER_42);

    assertThat(results.get(0).isError()).isFalse();
    assertThat(results.get(1).isError()).isFalse();
    assertThat(errorCode(results.get(2))).isEqualTo(ErrorCode.UNKNOWN_TOOL);
    assertThat(errorCode(results.get(3))).isEqualTo(ErrorCode.INVALID_JSON);

    List<JsonNode> messages = wire.answer(turn, results);
    assertThat(messages).hasSize(4);
    for (int i = 0; i < 4; i++) {
      JsonNode message = messages.get(i);
      assertThat(message.propertyNames()).containsExactly("role", "tool_call_id", "content");
      assertThat(message.get("role").stringValue()).isEqualTo("tool");
      assertThat(message.get("tool_call_id").stringValue()).isEqualTo(turn.calls().get(i).id());
      assertThat(message.get("content").isString()).as("content is JSON text").isTrue();
      assertThat(message.get("content").stringValue()).isEqualTo(results.get(i).contentJson());
    }
    assertThat(messages.get(2).get("content").stringValue())
        .contains("UNKNOWN_TOOL")
        .contains("get_balance");
  }

  @Test
  void resultsInAnotherOrderAreSentInCallOrder() {
    ModelTurn turn = wire.read(Fixtures.json("openai-chat-tool-calls.json"));
    List<ToolResult> results = new ArrayList<>(registry.execute(turn.calls(), CUSTOMER_42));
    Collections.reverse(results);

    assertThat(wire.answer(turn, results))
        .extracting(m -> m.get("tool_call_id").stringValue())
        .containsExactly("call_Qp3mZ8", "call_Rk7vN2", "call_Ts1wB5", "call_Uv9xC4");
  }

  @Test
  void callsWithTheSameIdAreEachAnsweredInTurn() {
    ModelTurn turn =
        wire.read(
            "{\"role\":\"assistant\",\"tool_calls\":["
                + "{\"id\":\"dup\",\"type\":\"function\",\"function\":{\"name\":\"ping\",\"arguments\":\"{}\"}},"
                + "{\"id\":\"dup\",\"type\":\"function\",\"function\":{\"name\":\"nope\",\"arguments\":\"{}\"}}]}");
    List<ToolResult> results = registry.execute(turn.calls(), CUSTOMER_42);

    List<JsonNode> messages = wire.answer(turn, results);

    assertThat(messages)
        .extracting(m -> m.get("content").stringValue())
        .containsExactly(results.get(0).contentJson(), results.get(1).contentJson());
    assertThat(results.get(1).isError()).isTrue();
  }

  @Test
  void aCallLeftWithoutAResultIsRefusedBeforeAProviderWould() {
    ModelTurn turn = wire.read(Fixtures.json("openai-chat-tool-calls.json"));
    List<ToolResult> results = registry.execute(turn.calls(), CUSTOMER_42).subList(0, 3);

    assertThatThrownBy(() -> wire.answer(turn, results))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("call_Uv9xC4");
  }

  @Test
  void argumentsThatAreNotAStringStillGetAnAnswer() {
    ModelTurn turn =
        wire.read(
            Fixtures.parse(
                """
                {"role":"assistant","content":null,"tool_calls":[
                  {"id":"a","type":"function","function":{"name":"get_balance","arguments":{"accountId":"AC-1001"}}},
                  {"id":"b","type":"function","function":{"name":"get_balance","arguments":42}},
                  {"id":"c","type":"function","function":{"name":"ping"}},
                  {"id":"d","type":"function","function":{"arguments":"{}"}}
                ]}
                """));
    List<ToolResult> results = registry.execute(turn.calls(), CUSTOMER_42);

    assertThat(results.get(0).isError()).as("an object is taken as the arguments").isFalse();
    assertThat(errorCode(results.get(1))).isEqualTo(ErrorCode.INVALID_JSON);
    assertThat(results.get(1).contentJson()).contains("must be a JSON object");
    assertThat(results.get(2).isError()).as("no arguments are no arguments").isFalse();
    assertThat(errorCode(results.get(3))).isEqualTo(ErrorCode.UNKNOWN_TOOL);
    assertThat(wire.answer(turn, results)).hasSize(4);
  }

  @Test
  void aCallWithoutAnIdCannotBeAnsweredAndSaysWhere() {
    JsonNode response =
        Fixtures.parse(
            """
            {"choices":[{"index":0,"finish_reason":"tool_calls","message":{"role":"assistant",
              "tool_calls":[{"id":"a","type":"function","function":{"name":"ping","arguments":"{}"}},
                            {"type":"function","function":{"name":"ping","arguments":"{}"}}]}}]}
            """);

    assertThatThrownBy(() -> wire.read(response))
        .isInstanceOf(WireFormatException.class)
        .hasMessageContaining("no id")
        .extracting(e -> ((WireFormatException) e).pointer())
        .isEqualTo("/choices/0/message/tool_calls/1/id");
  }

  @Test
  void aResponseWithoutChoicesIsNotATurn() {
    assertThatThrownBy(() -> wire.read("{\"id\":\"x\",\"choices\":[]}"))
        .isInstanceOf(WireFormatException.class)
        .hasMessageContaining("no choice");
  }

  @Test
  void aResponseThatIsNotJsonIsNotATurn() {
    assertThatThrownBy(() -> wire.read("<html>502 Bad Gateway</html>"))
        .isInstanceOf(WireFormatException.class)
        .hasMessageStartingWith("the response is not JSON");
  }

  @Test
  void aTextAnswerHasNoCalls() {
    ModelTurn turn = wire.read(Fixtures.text("openai-chat-answer.json"));

    assertThat(turn.hasCalls()).isFalse();
    assertThat(turn.text()).isEqualTo("Your balance on AC-1001 is 120.50.");
    assertThat(turn.stopReason()).isEqualTo("stop");
    assertThat(turn.conversationItems().get(0).propertyNames())
        .containsExactly("role", "content", "refusal");
    assertThat(wire.answer(turn, List.of())).isEmpty();
  }

  @Test
  void aUserMessageIsARoleAndText() {
    assertThat(wire.userMessage("Hi").toString())
        .isEqualTo("{\"role\":\"user\",\"content\":\"Hi\"}");
  }
}
