package io.toolwright.wire;

import io.toolwright.Dialect;
import io.toolwright.ToolResult;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A provider's wire format for tool calls: reads the calls out of a model's response and writes the
 * results back as the conversation items the provider expects. Plain JSON, no SDK: the response
 * body as the API returns it (or as an SDK serialises its response object), and items to put in the
 * next request's {@code messages}, {@code input} or {@code contents}.
 *
 * <pre>{@code
 * WireFormat wire = WireFormat.openAiChat();
 * ModelTurn turn = wire.read(responseBody);
 * List<ToolResult> results = registry.execute(turn.calls(), context);
 * messages.addAll(turn.conversationItems());          // the assistant message
 * messages.addAll(wire.answer(turn, results));        // one "tool" message per call
 * }</pre>
 *
 * <p>A call that can be answered always is: arguments that are not a JSON string, not an object or
 * not JSON, and a name that is missing or names no tool, reach {@link
 * io.toolwright.ToolRegistry#execute} and come back as a structured error result. Only a response
 * that has no turn, or a call whose result could not be attached (no id where the provider pairs
 * results by id), throws {@link WireFormatException}.
 *
 * <p>Sealed: the four formats are the runtime's (a {@link ModelTurn} is made by them only).
 * Stateless and thread-safe.
 */
public sealed interface WireFormat
    permits OpenAiChatFormat, OpenAiResponsesFormat, AnthropicFormat, GeminiFormat {

  /** OpenAI Chat Completions: {@code tool_calls} in, {@code role:"tool"} messages out. */
  static WireFormat openAiChat() {
    return OpenAiChatFormat.INSTANCE;
  }

  /** OpenAI Responses: {@code function_call} items in, {@code function_call_output} items out. */
  static WireFormat openAiResponses() {
    return OpenAiResponsesFormat.INSTANCE;
  }

  /**
   * Anthropic Messages: {@code tool_use} blocks in, one user message of {@code tool_result}s out.
   */
  static WireFormat anthropic() {
    return AnthropicFormat.INSTANCE;
  }

  /** Gemini: {@code functionCall} parts in, one content of {@code functionResponse} parts out. */
  static WireFormat gemini() {
    return GeminiFormat.INSTANCE;
  }

  /** The provider and API, for messages: {@code "OpenAI Chat Completions"}. */
  String displayName();

  /** Whether tools rendered in {@code dialect} are what this format's API takes. */
  boolean carries(Dialect dialect);

  /** The dialect to send tools in unless told otherwise. */
  Dialect defaultDialect();

  /** A user message with {@code text}, the conversation item that starts a conversation. */
  JsonNode userMessage(String text);

  /**
   * The model's turn in a response body.
   *
   * @throws WireFormatException if the response holds no turn, or a call the provider pairs by id
   *     has none
   */
  ModelTurn read(JsonNode response);

  /** {@link #read(JsonNode)} of JSON text, for callers on another JSON library. */
  default ModelTurn read(String responseJson) {
    return read(WireJson.read(responseJson));
  }

  /**
   * The conversation items that answer every call of {@code turn}, in the order the provider
   * requires (the order of the calls), each result whole.
   *
   * @throws IllegalArgumentException if a call of the turn has no result, or a result no call
   */
  default List<JsonNode> answer(ModelTurn turn, List<ToolResult> results) {
    return answerWith(turn, results.stream().map(ToolAnswer::of).toList());
  }

  /**
   * As {@link #answer}, with answers that may have been cut to a size ({@link ToolAnswer#bounded}).
   */
  List<JsonNode> answerWith(ModelTurn turn, List<ToolAnswer> answers);
}
