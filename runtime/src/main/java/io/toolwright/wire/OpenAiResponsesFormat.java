package io.toolwright.wire;

import io.toolwright.Dialect;
import io.toolwright.ToolCall;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * OpenAI Responses. A call is an {@code output} item {@code {type:"function_call", id, call_id,
 * name, arguments}} with {@code arguments} as JSON text, paired with its result by {@code call_id};
 * each is answered by a {@code {"type":"function_call_output","call_id":...,"output":"<result
 * JSON>"}} input item, in call order. Every output item goes back into the next request's {@code
 * input} unchanged, as OpenAI asks (reasoning items must be passed back).
 */
final class OpenAiResponsesFormat implements WireFormat {

  static final OpenAiResponsesFormat INSTANCE = new OpenAiResponsesFormat();

  private OpenAiResponsesFormat() {}

  @Override
  public String displayName() {
    return "OpenAI Responses";
  }

  @Override
  public boolean carries(Dialect dialect) {
    return dialect == Dialect.OPENAI_RESPONSES || dialect == Dialect.OPENAI_RESPONSES_STRICT;
  }

  @Override
  public Dialect defaultDialect() {
    return Dialect.OPENAI_RESPONSES_STRICT;
  }

  @Override
  public JsonNode userMessage(String text) {
    return WireJson.object().put("role", "user").put("content", text);
  }

  /** Takes a whole {@code Response}. */
  @Override
  public ModelTurn read(JsonNode response) {
    JsonNode output = WireJson.require(response, "output", "", "output");
    List<JsonNode> items = WireJson.elements(response, "output");
    if (!output.isArray()) {
      throw new WireFormatException("/output", "the response's output is not an array");
    }
    List<ToolCall> calls = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String type = WireJson.string(item, "type");
      if ("function_call".equals(type)) {
        String callId = WireJson.string(item, "call_id");
        if (callId == null) {
          throw new WireFormatException(
              "/output/" + i + "/call_id",
              "a function call has no call_id, so its output cannot be sent");
        }
        String name = WireJson.string(item, "name");
        calls.add(callOf(callId, name == null ? "" : name, item.get("arguments")));
        ids.add(callId);
      } else if ("message".equals(type)) {
        for (JsonNode part : WireJson.elements(item, "content")) {
          if ("output_text".equals(WireJson.string(part, "type"))) {
            String partText = WireJson.string(part, "text");
            text.append(partText == null ? "" : partText);
          }
        }
      }
    }
    return new ModelTurn(items, calls, ids, text.toString(), WireJson.string(response, "status"));
  }

  /**
   * As Chat's: text is parsed, any other value reaches the registry as a tree, missing is empty.
   */
  private static ToolCall callOf(String id, String name, JsonNode arguments) {
    if (arguments == null) {
      return ToolCall.of(id, name, "");
    }
    return arguments.isString()
        ? ToolCall.of(id, name, arguments.stringValue())
        : ToolCall.ofTree(id, name, arguments);
  }

  @Override
  public List<JsonNode> answerWith(ModelTurn turn, List<ToolAnswer> answers) {
    List<JsonNode> items = new ArrayList<>();
    for (ToolAnswer answer : Answers.inCallOrder(turn, answers)) {
      items.add(
          WireJson.object()
              .put("type", "function_call_output")
              .put("call_id", answer.callId())
              .put("output", answer.contentJson()));
    }
    return items;
  }
}
