package io.toolwright;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One call a model made: its id (echoed back with the result), the tool's name, and the arguments as
 * the provider delivered them. OpenAI sends arguments as a JSON string, Anthropic and Gemini as an
 * object: every form goes through the same parsing limits.
 */
public final class ToolCall {

  private final String id;
  private final String name;
  private final byte[] argumentBytes;
  private final JsonNode argumentTree;

  private ToolCall(String id, String name, byte[] argumentBytes, JsonNode argumentTree) {
    this.id = Objects.requireNonNull(id, "id");
    this.name = Objects.requireNonNull(name, "name");
    this.argumentBytes = argumentBytes;
    this.argumentTree = argumentTree;
  }

  /**
   * A call whose arguments are JSON text, as OpenAI sends them. An unpaired surrogate in the text
   * is refused when the call is executed, as the same character written as an escape is.
   */
  public static ToolCall of(String id, String name, String argumentsJson) {
    Objects.requireNonNull(argumentsJson, "argumentsJson");
    // UTF-8 has no form for an unpaired surrogate, and the encoder writes '?' for it, which would
    // hand the tool "a?b" for "a", U+D800, "b". Written as an escape instead, it meets the parser's
    // check.
    String whole =
        UnpairedSurrogates.isWhole(argumentsJson)
            ? argumentsJson
            : UnpairedSurrogates.escaped(argumentsJson);
    return new ToolCall(id, name, whole.getBytes(StandardCharsets.UTF_8), null);
  }

  /** A call whose arguments are UTF-8 JSON bytes. */
  public static ToolCall of(String id, String name, byte[] argumentsJson) {
    Objects.requireNonNull(argumentsJson, "argumentsJson");
    return new ToolCall(id, name, argumentsJson.clone(), null);
  }

  /** A call whose arguments are an already-parsed tree, as Anthropic and Gemini SDKs give them. */
  public static ToolCall ofTree(String id, String name, JsonNode arguments) {
    Objects.requireNonNull(arguments, "arguments");
    return new ToolCall(id, name, null, arguments);
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  /** The argument bytes, or {@code null} when the call carries a tree. */
  public byte[] argumentBytes() {
    return argumentBytes == null ? null : argumentBytes.clone();
  }

  /**
   * The argument bytes without a defensive copy, for the parser: it only reads them, and copying up
   * to a megabyte per call would be waste on the hot path. Never handed out.
   */
  byte[] argumentBytesForParsing() {
    return argumentBytes;
  }

  /** The argument tree, or {@code null} when the call carries text. */
  public JsonNode argumentTree() {
    return argumentTree;
  }

  /**
   * The id, the name and an excerpt of the arguments, each bounded (at most {@value
   * Excerpts#LIMIT} characters) and on one line, since calls end up in logs: all three come from a
   * model, which can make them a megabyte long, break lines, or nest arguments deeper than Jackson
   * writes; and arguments may be personal data.
   */
  @Override
  public String toString() {
    String arguments =
        argumentTree != null
            ? Excerpts.of(argumentTree)
            : Excerpts.text(
                new String(
                    argumentBytes,
                    0,
                    Math.min(argumentBytes.length, 4 * Excerpts.LIMIT),
                    StandardCharsets.UTF_8),
                Excerpts.LIMIT);
    return "ToolCall[id="
        + Excerpts.text(id, Excerpts.LIMIT)
        + ", name="
        + Excerpts.text(name, Excerpts.LIMIT)
        + ", arguments="
        + arguments
        + "]";
  }
}
