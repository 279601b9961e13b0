package io.toolwright.wire;

import io.toolwright.ToolResult;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The answer to one call as it is sent back: the call's id, whether it is an error, and the JSON
 * content. Made from a {@link ToolResult}, whole or cut to a size.
 */
public final class ToolAnswer {

  private final String callId;
  private final String toolName;
  private final boolean error;
  private final JsonNode content;
  private final String contentJson;
  private final int originalChars;

  private ToolAnswer(
      String callId,
      String toolName,
      boolean error,
      JsonNode content,
      String contentJson,
      int originalChars) {
    this.callId = callId;
    this.toolName = toolName;
    this.error = error;
    this.content = content;
    this.contentJson = contentJson;
    this.originalChars = originalChars;
  }

  /** The result's content, whole. */
  public static ToolAnswer of(ToolResult result) {
    Objects.requireNonNull(result, "result");
    return new ToolAnswer(
        result.callId(),
        result.toolName(),
        result.isError(),
        result.content(),
        result.contentJson(),
        -1);
  }

  /**
   * The result's content when its JSON text has at most {@code maxChars} characters; otherwise
   * {@code {"truncated":true,"totalChars":N,"excerpt":"<the first maxChars characters of the JSON
   * text>"}}, so the model sees how much there was and the beginning of it. The error flag stays
   * the result's: a tool that succeeded with a large result did run, and flagging it as an error
   * could make the model call a write tool again.
   */
  public static ToolAnswer bounded(ToolResult result, int maxChars) {
    Objects.requireNonNull(result, "result");
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be at least 1, not " + maxChars);
    }
    String json = result.contentJson();
    if (json.length() <= maxChars) {
      return of(result);
    }
    int cut = maxChars;
    if (Character.isHighSurrogate(json.charAt(cut - 1))) {
      cut--; // never half a character
    }
    ObjectNode truncated = WireJson.object();
    truncated.put("truncated", true);
    truncated.put("totalChars", json.length());
    truncated.put("excerpt", json.substring(0, cut));
    return new ToolAnswer(
        result.callId(),
        result.toolName(),
        result.isError(),
        truncated,
        WireJson.write(truncated),
        json.length());
  }

  /** The id of the call this answers. */
  public String callId() {
    return callId;
  }

  /** The tool name the model used. */
  public String toolName() {
    return toolName;
  }

  /** Whether the call failed; sent as Anthropic's {@code is_error}, Gemini's {@code error}. */
  public boolean isError() {
    return error;
  }

  /** The JSON sent as the result; do not modify it. */
  public JsonNode content() {
    return content;
  }

  /** The same JSON as {@link #content()}, as compact text. */
  public String contentJson() {
    return contentJson;
  }

  /** Whether the content was cut to a size by {@link #bounded}. */
  public boolean truncated() {
    return originalChars >= 0;
  }

  @Override
  public String toString() {
    return "ToolAnswer["
        + callId
        + ", "
        + toolName
        + (error ? ", error" : "")
        + (truncated() ? ", truncated from " + originalChars + " chars" : "")
        + "]";
  }
}
