package io.toolwright;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The outcome of one {@link ToolCall}: exactly one per call, carrying the call's id. Either a
 * {@link Success} with the method's return value as JSON, or a {@link Failure} with a structured
 * {@link ToolError}.
 *
 * <p><b>Two variants, for good.</b> Every policy ends a call in one of them: a call that timed
 * out, exceeded a cap or used up its attempts is a {@code Failure} with its own {@link ErrorCode}
 * (a result over its size cap is a {@code Success} holding a truncation marker); approvals are planned as a two-phase batch (calls checked, the calls awaiting approval
 * listed, then run), whose results are still these two. So a {@code switch} or {@code instanceof}
 * over {@code Success} and {@code Failure} stays exhaustive; what grows is the {@link ErrorCode}
 * set, whose switches need a default branch.
 *
 * <p><b>The content in three forms.</b> {@link #content()} is a Jackson 3 tree; {@link
 * #contentJson()} and {@link #contentBytes()} are the same JSON as text and as UTF-8 bytes, for
 * callers on another JSON library (Jackson 2 in the provider SDKs, Spring AI, LangChain4j), who
 * then never touch a Jackson 3 type. Each form is made on first request from the one the result was
 * made in, so asking for the text of a serialised return value costs no tree.
 *
 * <p>Results are made by the registry only. {@code toString()} is bounded: at most about 80
 * characters of the content, on one line, since results end up in logs.
 */
public sealed interface ToolResult {

  /** The id of the call this answers. */
  String callId();

  /** The tool name the model used (which may name no tool). */
  String toolName();

  /** Whether this is a {@link Failure}; providers have an {@code is_error} flag for it. */
  boolean isError();

  /**
   * The JSON to send back to the model as the tool result's content, as a Jackson 3 tree. Shared:
   * do not modify it ({@code deepCopy()} it first).
   */
  JsonNode content();

  /** The same JSON as {@link #content()}, as compact text. */
  String contentJson();

  /** The same JSON as {@link #content()}, as UTF-8 bytes; a fresh array on every call. */
  byte[] contentBytes();

  /** The tool ran and returned. Equal to another when call id, tool name and value are. */
  final class Success implements ToolResult {
    private final String callId;
    private final String toolName;
    private final JsonContent value;

    Success(String callId, String toolName, JsonNode value) {
      this(callId, toolName, JsonContent.ofTree(Objects.requireNonNull(value, "value")));
    }

    Success(String callId, String toolName, JsonContent value) {
      this.callId = Objects.requireNonNull(callId, "callId");
      this.toolName = Objects.requireNonNull(toolName, "toolName");
      this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public String callId() {
      return callId;
    }

    @Override
    public String toolName() {
      return toolName;
    }

    @Override
    public boolean isError() {
      return false;
    }

    /** The return value as JSON; {@code {"ok":true}} for a {@code void} method. */
    public JsonNode value() {
      return value.tree();
    }

    @Override
    public JsonNode content() {
      return value.tree();
    }

    @Override
    public String contentJson() {
      return value.text();
    }

    @Override
    public byte[] contentBytes() {
      return value.bytes().clone();
    }

    /** How many bytes the content's UTF-8 JSON has, without copying them. */
    int contentLength() {
      return value.bytes().length;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Success that
          && callId.equals(that.callId)
          && toolName.equals(that.toolName)
          && value.equals(that.value);
    }

    @Override
    public int hashCode() {
      return Objects.hash(callId, toolName, value);
    }

    /** Bounded and on one line, since results end up in logs: an excerpt of the value. */
    @Override
    public String toString() {
      return "ToolResult.Success[callId="
          + Excerpts.text(callId, Excerpts.LIMIT)
          + ", toolName="
          + Excerpts.text(toolName, Excerpts.LIMIT)
          + ", value="
          + value
          + "]";
    }

  }

  /**
   * The call was rejected or the tool failed. Its content is the error as JSON: {@code
   * {"error":{"code":…,"message":…,"problems":[…]}}}. Equal to another when call id, tool name and
   * error are.
   */
  final class Failure implements ToolResult {
    private final String callId;
    private final String toolName;
    private final ToolError error;
    private final JsonContent content;
    private final Throwable cause;

    /**
     * @param cause for the application, never sent to the model: what was thrown, when that is why
     *     the call failed (the tool's exception, or what the application's code threw before the
     *     tool ran); {@code null} when a check refused the call
     */
    Failure(String callId, String toolName, ToolError error, Throwable cause) {
      this.callId = Objects.requireNonNull(callId, "callId");
      this.toolName = Objects.requireNonNull(toolName, "toolName");
      this.error = Objects.requireNonNull(error, "error");
      this.content = JsonContent.ofTree(ErrorContent.of(error));
      this.cause = cause;
    }

    @Override
    public String callId() {
      return callId;
    }

    @Override
    public String toolName() {
      return toolName;
    }

    @Override
    public boolean isError() {
      return true;
    }

    /** Why the call failed; the same information as {@link #content()}. */
    public ToolError error() {
      return error;
    }

    /**
     * For the application, never sent to the model: what was thrown, when that is why the call
     * failed (the tool's exception, or what the application's code threw before the tool ran);
     * {@code null} when a check refused the call.
     */
    public Throwable cause() {
      return cause;
    }

    @Override
    public JsonNode content() {
      return content.tree();
    }

    @Override
    public String contentJson() {
      return content.text();
    }

    @Override
    public byte[] contentBytes() {
      return content.bytes().clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Failure that
          && callId.equals(that.callId)
          && toolName.equals(that.toolName)
          && error.equals(that.error);
    }

    @Override
    public int hashCode() {
      return Objects.hash(callId, toolName, error);
    }

    /**
     * Bounded and on one line, since results end up in logs: the code, the message, and the
     * cause's class (its message may hold secrets).
     */
    @Override
    public String toString() {
      return "ToolResult.Failure[callId="
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
