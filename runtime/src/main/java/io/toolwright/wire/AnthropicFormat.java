package io.toolwright.wire;

import io.toolwright.Dialect;
import io.toolwright.ToolCall;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Anthropic Messages. A call is a {@code content} block {@code {type:"tool_use", id, name, input}}
 * with {@code input} an object. All calls of a turn are answered by one user message, right after
 * the assistant's, whose content is one {@code {"type":"tool_result","tool_use_id":...,
 * "content":"<result JSON>"}} block per call, in call order, with {@code "is_error":true} on a
 * failure (Anthropic wants the results first in that message, and one per {@code tool_use}).
 */
final class AnthropicFormat implements WireFormat {

  static final AnthropicFormat INSTANCE = new AnthropicFormat();

  private AnthropicFormat() {}

  @Override
  public String displayName() {
    return "Anthropic Messages";
  }

  @Override
  public boolean carries(Dialect dialect) {
    return dialect == Dialect.ANTHROPIC || dialect == Dialect.ANTHROPIC_STRICT;
  }

  @Override
  public Dialect defaultDialect() {
    return Dialect.ANTHROPIC;
  }

  @Override
  public JsonNode userMessage(String text) {
    return WireJson.object().put("role", "user").put("content", text);
  }

  /** Takes a whole {@code Message}. */
  @Override
  public ModelTurn read(JsonNode response) {
    JsonNode content = WireJson.require(response, "content", "", "content");
    if (!content.isArray()) {
      throw new WireFormatException("/content", "the message's content is not an array");
    }
    List<ToolCall> calls = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < content.size(); i++) {
      JsonNode block = content.get(i);
      String type = WireJson.string(block, "type");
      if ("tool_use".equals(type)) {
        String id = WireJson.string(block, "id");
        if (id == null) {
          throw new WireFormatException(
              "/content/" + i + "/id",
              "a tool_use block has no id, so its tool_result cannot be sent");
        }
        String name = WireJson.string(block, "name");
        JsonNode input = block.get("input");
        // input is an object; anything else reaches the registry, which refuses it as not one.
        calls.add(
            input == null
                ? ToolCall.of(id, name == null ? "" : name, "")
                : ToolCall.ofTree(id, name == null ? "" : name, input));
        ids.add(id);
      } else if ("text".equals(type)) {
        String blockText = WireJson.string(block, "text");
        text.append(blockText == null ? "" : blockText);
      }
    }
    // A request's message takes role and content only; the response's id, model and usage are not
    // members of it. Thinking blocks stay in the content, as Anthropic asks.
    ObjectNode history = WireJson.object().put("role", "assistant");
    history.set("content", content);
    return new ModelTurn(
        List.of(history), calls, ids, text.toString(), WireJson.string(response, "stop_reason"));
  }

  @Override
  public List<JsonNode> answerWith(ModelTurn turn, List<ToolAnswer> answers) {
    List<ToolAnswer> ordered = Answers.inCallOrder(turn, answers);
    if (ordered.isEmpty()) {
      return List.of();
    }
    ArrayNode blocks = WireJson.array();
    for (ToolAnswer answer : ordered) {
      ObjectNode block =
          blocks
              .addObject()
              .put("type", "tool_result")
              .put("tool_use_id", answer.callId())
              .put("content", answer.contentJson());
      if (answer.isError()) {
        block.put("is_error", true);
      }
    }
    ObjectNode message = WireJson.object().put("role", "user");
    message.set("content", blocks);
    return List.of(message);
  }
}
