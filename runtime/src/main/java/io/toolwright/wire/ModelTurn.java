package io.toolwright.wire;

import io.toolwright.ToolCall;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One response of a model, read by a {@link WireFormat}: the tool calls it makes, in the order it
 * made them, its text, and what to append to the conversation so the next request carries this turn
 * (the assistant message, the Responses output items, the Gemini content), unchanged where the
 * provider asks for that (OpenAI reasoning items, Anthropic thinking blocks, Gemini thought
 * signatures).
 */
public final class ModelTurn {

  private final List<JsonNode> conversationItems;
  private final List<ToolCall> calls;
  private final List<String> providerIds;
  private final String text;
  private final String stopReason;

  ModelTurn(
      List<JsonNode> conversationItems,
      List<ToolCall> calls,
      List<String> providerIds,
      String text,
      String stopReason) {
    if (calls.size() != providerIds.size()) {
      throw new IllegalArgumentException("one provider id (or null) per call");
    }
    this.conversationItems = List.copyOf(conversationItems);
    this.calls = List.copyOf(calls);
    this.providerIds = Collections.unmodifiableList(new ArrayList<>(providerIds));
    this.text = Objects.requireNonNull(text, "text");
    this.stopReason = stopReason;
  }

  /** The tool calls, in the order the model made them; each must be answered. */
  public List<ToolCall> calls() {
    return calls;
  }

  /** Whether the model called a tool; a turn without calls is the model's answer. */
  public boolean hasCalls() {
    return !calls.isEmpty();
  }

  /** The model's text in this turn, its parts joined; empty when it only called tools. */
  public String text() {
    return text;
  }

  /**
   * The provider's reason for ending the turn ({@code finish_reason}, {@code stop_reason}, {@code
   * finishReason}, the Responses {@code status}), or {@code null} when the response has none.
   */
  public String stopReason() {
    return stopReason;
  }

  /** What to append to the conversation for this turn, in order; do not modify the nodes. */
  public List<JsonNode> conversationItems() {
    return conversationItems;
  }

  /**
   * The id each call had in the response, {@code null} where the provider sent none (Gemini before
   * version 3); {@link ToolCall#id()} is then a made-up id that pairs the result.
   */
  List<String> providerIds() {
    return providerIds;
  }

  @Override
  public String toString() {
    return "ModelTurn[" + calls.size() + " calls, stopReason=" + stopReason + "]";
  }
}
