package io.toolwright.wire;

import io.toolwright.Dialect;
import io.toolwright.ToolCall;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gemini ({@code generateContent}). A call is a part {@code {functionCall:{id?, name, args}}} of
 * the first candidate's content, {@code args} an object (left out when empty). All calls of a turn
 * are answered by one {@code {"role":"user","parts":[...]}} content holding one {@code
 * {functionResponse:{id?, name, response}}} part per call, in call order, with the value under
 * {@code response.output} and a failure under {@code response.error}, as Gemini's docs advise.
 *
 * <p><b>Ids.</b> Gemini 3 sends an id with every call and wants it back; earlier models send none
 * and pair results by name and order. A call without an id gets a made-up {@link ToolCall#id()},
 * {@code gemini-call-<index>}, so that its result pairs here; the response part then carries no id,
 * as the model sent none, and the parts keep the calls' order.
 */
final class GeminiFormat implements WireFormat {

  static final GeminiFormat INSTANCE = new GeminiFormat();

  private GeminiFormat() {}

  @Override
  public String displayName() {
    return "Gemini";
  }

  @Override
  public boolean carries(Dialect dialect) {
    return dialect == Dialect.GEMINI || dialect == Dialect.GEMINI_JSON_SCHEMA;
  }

  @Override
  public Dialect defaultDialect() {
    return Dialect.GEMINI_JSON_SCHEMA;
  }

  @Override
  public JsonNode userMessage(String text) {
    ObjectNode content = WireJson.object().put("role", "user");
    content.putArray("parts").addObject().put("text", text);
    return content;
  }

  /** Takes a whole {@code GenerateContentResponse} (its first candidate) or a {@code Content}. */
  @Override
  public ModelTurn read(JsonNode response) {
    JsonNode content = response;
    String finishReason = null;
    if (!response.has("parts")) {
      List<JsonNode> candidates = WireJson.elements(response, "candidates");
      if (candidates.isEmpty()) {
        String blocked = WireJson.string(response.path("promptFeedback"), "blockReason");
        throw new WireFormatException(
            "/candidates",
            "the response has no candidate"
                + (blocked == null ? "" : " (blocked: " + blocked + ")"));
      }
      finishReason = WireJson.string(candidates.get(0), "finishReason");
      content = candidates.get(0).get("content");
      if (content == null || !content.isObject()) {
        // A candidate stopped before any content (SAFETY, RECITATION): a turn with nothing in it.
        return new ModelTurn(List.of(), List.of(), List.of(), "", finishReason);
      }
    }
    List<ToolCall> calls = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (JsonNode part : WireJson.elements(content, "parts")) {
      JsonNode call = part.get("functionCall");
      if (call != null && call.isObject()) {
        String id = WireJson.string(call, "id");
        String name = WireJson.string(call, "name");
        JsonNode args = call.get("args");
        String callId = id != null ? id : "gemini-call-" + calls.size();
        // Empty args are left out of the JSON; anything but an object reaches the registry, which
        // refuses it as not one.
        calls.add(
            args == null
                ? ToolCall.of(callId, name == null ? "" : name, "")
                : ToolCall.ofTree(callId, name == null ? "" : name, args));
        ids.add(id);
      } else if (WireJson.string(part, "text") != null && !part.path("thought").asBoolean(false)) {
        text.append(WireJson.string(part, "text"));
      }
    }
    // The content goes back as it came, thought signatures included, which Gemini 3 requires.
    return new ModelTurn(List.of(content), calls, ids, text.toString(), finishReason);
  }

  @Override
  public List<JsonNode> answerWith(ModelTurn turn, List<ToolAnswer> answers) {
    List<ToolAnswer> ordered = Answers.inCallOrder(turn, answers);
    if (ordered.isEmpty()) {
      return List.of();
    }
    ObjectNode content = WireJson.object().put("role", "user");
    ArrayNode parts = content.putArray("parts");
    for (int i = 0; i < ordered.size(); i++) {
      ToolAnswer answer = ordered.get(i);
      ObjectNode functionResponse = parts.addObject().putObject("functionResponse");
      String providerId = turn.providerIds().get(i);
      if (providerId != null) {
        functionResponse.put("id", providerId);
      }
      functionResponse.put("name", turn.calls().get(i).name());
      functionResponse.set("response", responseOf(answer));
    }
    return List.of(content);
  }

  /** {@code {"output": value}}, or {@code {"error": {...}}} for a failure. */
  private static ObjectNode responseOf(ToolAnswer answer) {
    ObjectNode response = WireJson.object();
    JsonNode content = answer.content();
    if (!answer.isError()) {
      response.set("output", content);
    } else if (content.isObject() && content.size() == 1 && content.has("error")) {
      response.set("error", content.get("error"));
    } else {
      response.set("error", content);
    }
    return response;
  }
}
