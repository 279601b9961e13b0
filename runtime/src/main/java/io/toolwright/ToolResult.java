package io.toolwright;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The outcome of one {@link ToolCall}: exactly one per call, carrying the call's id. Either a
 * {@link Success} with the method's return value as JSON, or a {@link Failure} with a structured
 * {@link ToolError}.
 */
public sealed interface ToolResult {

  /** The id of the call this answers. */
  String callId();

  /** The tool name the model used (which may name no tool). */
  String toolName();

  /** Whether this is a {@link Failure}; providers have an {@code is_error} flag for it. */
  boolean isError();

  /** The JSON to send back to the model as the tool result's content. */
  JsonNode content();

  /**
   * The tool ran and returned.
   *
   * @param value the return value as JSON; {@code {"ok":true}} for a {@code void} method
   */
  record Success(String callId, String toolName, JsonNode value) implements ToolResult {
    public Success {
      Objects.requireNonNull(callId, "callId");
      Objects.requireNonNull(toolName, "toolName");
      Objects.requireNonNull(value, "value");
    }

    @Override
    public boolean isError() {
      return false;
    }

    @Override
    public JsonNode content() {
      return value;
    }
  }

  /**
   * The call was rejected or the tool failed.
   *
   * @param content the error as JSON: {@code {"error":{"code":…,"message":…,"problems":[…]}}}
   */
  record Failure(String callId, String toolName, ToolError error, JsonNode content)
      implements ToolResult {
    public Failure {
      Objects.requireNonNull(callId, "callId");
      Objects.requireNonNull(toolName, "toolName");
      Objects.requireNonNull(error, "error");
      Objects.requireNonNull(content, "content");
    }

    @Override
    public boolean isError() {
      return true;
    }
  }
}
