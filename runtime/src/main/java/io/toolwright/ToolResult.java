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

    /** Bounded and on one line, since results end up in logs: an excerpt of the value. */
    @Override
    public String toString() {
      return "Success[callId="
          + Excerpts.text(callId, Excerpts.LIMIT)
          + ", toolName="
          + Excerpts.text(toolName, Excerpts.LIMIT)
          + ", value="
          + Excerpts.of(value)
          + "]";
    }
  }

  /**
   * The call was rejected or the tool failed.
   *
   * @param content the error as JSON: {@code {"error":{"code":…,"message":…,"problems":[…]}}}
   * @param cause for the application, never sent to the model: what was thrown, when that is why
   *     the call failed (the tool's exception, or what the application's code threw before the
   *     tool ran); {@code null} when a check refused the call
   */
  record Failure(String callId, String toolName, ToolError error, JsonNode content, Throwable cause)
      implements ToolResult {
    public Failure {
      Objects.requireNonNull(callId, "callId");
      Objects.requireNonNull(toolName, "toolName");
      Objects.requireNonNull(error, "error");
      Objects.requireNonNull(content, "content");
    }

    /** A failure without a cause. */
    public Failure(String callId, String toolName, ToolError error, JsonNode content) {
      this(callId, toolName, error, content, null);
    }

    @Override
    public boolean isError() {
      return true;
    }

    /**
     * Bounded and on one line, since results end up in logs: the code, the message, and the
     * cause's class (its message may hold secrets).
     */
    @Override
    public String toString() {
      return "Failure[callId="
          + Excerpts.text(callId, Excerpts.LIMIT)
          + ", toolName="
          + Excerpts.text(toolName, Excerpts.LIMIT)
          + ", code="
          + error.code()
          + ", message="
          + Excerpts.text(error.message(), 4 * Excerpts.LIMIT)
          + (cause == null ? "" : ", cause=" + cause.getClass().getName())
          + "]";
    }
  }
}
