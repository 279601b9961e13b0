package io.toolwright.wire;

import io.toolwright.Dialect;
import io.toolwright.ToolCall;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * OpenAI Chat Completions. A call is {@code message.tool_calls[i]} = {@code {id, type:"function",
 * function:{name, arguments}}} where {@code arguments} is JSON <em>text</em>; each is answered by
 * its own {@code {"role":"tool","tool_call_id":id,"content":"<result JSON>"}} message, right after
 * the assistant message, in call order. Chat has no error flag: a failure's content is the error
 * object {@code {"error":{"code":...}}}.
 */
final class OpenAiChatFormat implements WireFormat {

  static final OpenAiChatFormat INSTANCE = new OpenAiChatFormat();

  private OpenAiChatFormat() {}

  @Override
  public String displayName() {
    return "OpenAI Chat Completions";
  }

  @Override
  public boolean carries(Dialect dialect) {
    return dialect == Dialect.OPENAI_CHAT || dialect == Dialect.OPENAI_CHAT_STRICT;
  }

  @Override
  public Dialect defaultDialect() {
    return Dialect.OPENAI_CHAT_STRICT;
  }

  @Override
  public JsonNode userMessage(String text) {
    return WireJson.object().put("role", "user").put("content", text);
  }

  /** Takes a whole {@code ChatCompletion} (its first choice) or the assistant message alone. */
  @Override
  public ModelTurn read(JsonNode response) {
    String at = "";
    JsonNode message = response;
    String finishReason = null;
    if (response.has("choices")) {
      List<JsonNode> choices = WireJson.elements(response, "choices");
      if (choices.isEmpty()) {
        throw new WireFormatException("/choices", "the response has no choice");
      }
      at = "/choices/0/message";
      message = WireJson.require(choices.get(0), "message", "/choices/0", "message");
      finishReason = WireJson.string(choices.get(0), "finish_reason");
    }
    List<ToolCall> calls = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<JsonNode> toolCalls = WireJson.elements(message, "tool_calls");
    for (int i = 0; i < toolCalls.size(); i++) {
      JsonNode toolCall = toolCalls.get(i);
      String id = WireJson.string(toolCall, "id");
      if (id == null) {
        throw new WireFormatException(
            at + "/tool_calls/" + i + "/id",
            "a tool call has no id, so its result cannot be sent (tool_call_id)");
      }
      JsonNode function = toolCall.path("function");
      String name = WireJson.string(function, "name");
      calls.add(callOf(id, name == null ? "" : name, function.get("arguments")));
      ids.add(id);
    }
    String text = WireJson.string(message, "content");
    return new ModelTurn(
        List.of(historyMessage(message)), calls, ids, text == null ? "" : text, finishReason);
  }

  /**
   * Arguments are JSON text; anything else still makes a call, so that it gets a result: an object
   * (some OpenAI-compatible servers send one) is taken as the arguments, any other value too, and
   * the registry refuses it as not an object ({@code INVALID_JSON}); a missing one is empty text,
   * which the registry reads as no arguments, as it does {@code ""}.
   */
  private static ToolCall callOf(String id, String name, JsonNode arguments) {
    if (arguments == null) {
      return ToolCall.of(id, name, "");
    }
    if (arguments.isString()) {
      return ToolCall.of(id, name, arguments.stringValue());
    }
    return ToolCall.ofTree(id, name, arguments);
  }

  /**
   * The assistant message as a request takes it back: role, content, refusal and tool calls, as the
   * OpenAI SDK's own {@code ChatCompletionMessage.toParam()} does. The response's own extras
   * ({@code annotations}) are not request members.
   */
  private static JsonNode historyMessage(JsonNode message) {
    ObjectNode history = WireJson.object().put("role", "assistant");
    history.set("content", message.path("content").isMissingNode() ? null : message.get("content"));
    if (message.has("refusal")) {
      history.set(
          "refusal", message.get("refusal")); // null included, as the SDKs' toParam() keep it
    }
    if (message.has("tool_calls") && !message.get("tool_calls").isEmpty()) {
      history.set("tool_calls", message.get("tool_calls"));
    }
    return history;
  }

  @Override
  public List<JsonNode> answerWith(ModelTurn turn, List<ToolAnswer> answers) {
    List<JsonNode> messages = new ArrayList<>();
    for (ToolAnswer answer : Answers.inCallOrder(turn, answers)) {
      messages.add(
          WireJson.object()
              .put("role", "tool")
              .put("tool_call_id", answer.callId())
              .put("content", answer.contentJson()));
    }
    return messages;
  }
}
