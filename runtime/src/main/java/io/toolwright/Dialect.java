package io.toolwright;

import java.util.Locale;

/**
 * A provider's format for tool definitions. The processor renders every tool in every dialect at
 * build time (into {@code META-INF/toolwright/<class>.json}) and fails the build when a dialect
 * selected with {@code -Atoolwright.dialects} would reject one; {@link
 * ToolRegistry#definitions(Dialect)} serves the same renderings to send.
 *
 * <p>Strict dialects make the provider constrain the model's output to the schema. What a strict
 * dialect cannot express as a keyword (OpenAI strict has no {@code maxLength}, Anthropic strict no
 * {@code minimum}) is written into the description, and the run time still enforces it.
 */
public enum Dialect {
  /** OpenAI Chat Completions: {@code {"type":"function","function":{...,"strict":false}}}. */
  OPENAI_CHAT("OpenAI Chat Completions"),
  /** OpenAI Chat Completions with {@code "strict":true}. */
  OPENAI_CHAT_STRICT("OpenAI Chat Completions (strict)"),
  /** OpenAI Responses: {@code {"type":"function","name":...,"strict":false}}. */
  OPENAI_RESPONSES("OpenAI Responses"),
  /** OpenAI Responses with {@code "strict":true}. */
  OPENAI_RESPONSES_STRICT("OpenAI Responses (strict)"),
  /** Anthropic Messages: {@code {"name","description","input_schema"}}. */
  ANTHROPIC("Anthropic"),
  /** Anthropic Messages with {@code "strict":true}, within the per-request strict budget. */
  ANTHROPIC_STRICT("Anthropic (strict)"),
  /** Gemini {@code FunctionDeclaration} with {@code parameters}, the OpenAPI 3.0 subset. */
  GEMINI("Gemini (parameters)"),
  /** Gemini {@code FunctionDeclaration} with {@code parametersJsonSchema}. */
  GEMINI_JSON_SCHEMA("Gemini (parametersJsonSchema)"),
  /** MCP {@code Tool}, as listed by {@code tools/list}. */
  MCP("MCP");

  private final String displayName;

  Dialect(String displayName) {
    this.displayName = displayName;
  }

  /** The provider and format, for messages: {@code "OpenAI Chat Completions (strict)"}. */
  public String displayName() {
    return displayName;
  }

  /**
   * The dialect's key in processor options and resources: the constant's name in lower case with
   * hyphens, {@code openai-chat-strict}.
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether the provider is asked to constrain the model's arguments to the schema. */
  public boolean strict() {
    return this == OPENAI_CHAT_STRICT || this == OPENAI_RESPONSES_STRICT || this == ANTHROPIC_STRICT;
  }

  /**
   * The dialect with this {@link #key()}.
   *
   * @throws IllegalArgumentException if no dialect has it
   */
  public static Dialect forKey(String key) {
    for (Dialect dialect : values()) {
      if (dialect.key().equals(key)) {
        return dialect;
      }
    }
    throw new IllegalArgumentException("no dialect has the key '" + key + "'");
  }
}
