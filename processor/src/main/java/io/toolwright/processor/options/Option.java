package io.toolwright.processor.options;

import java.util.List;

/**
 * Every processor option, each a {@code -Atoolwright.*} key, as documented in the processor
 * README's options table. {@link Options} parses them once per compilation.
 *
 * <p>To add one: add a constant with its key, the values it accepts and its default; read it with
 * {@link Options#value} or {@link Options#flag} where the processor is set up ({@code
 * ToolProcessor.init} and what it creates); add a row to the README's table. A value it does not
 * accept is reported as a warning and its default applies.
 */
public enum Option {
  /**
   * {@code -Atoolwright.severity=<rule>:<severity>,...}: how each listed rule is reported, one of
   * {@code error}, {@code warning}, {@code note}, {@code ignore}. A list, because javac's option
   * keys cannot hold a rule key's hyphens.
   */
  SEVERITY("toolwright.severity", List.of(), ""),

  /**
   * {@code -Atoolwright.generatedAnnotation=false}: no {@code @javax.annotation.processing.Generated}
   * on generated classes. It is already left out where it would not compile (a named module that
   * does not read {@code java.compiler}).
   */
  GENERATED_ANNOTATION("toolwright.generatedAnnotation", List.of("true", "false"), "true"),

  /**
   * {@code -Atoolwright.dialects=<dialect>,...}: the provider formats the build must satisfy, by
   * {@code io.toolwright.Dialect} key ({@code openai-chat-strict, anthropic, gemini, mcp, ...}),
   * or {@code all} or {@code none}. A tool one of them would reject is a compile error at the
   * element; every tool is still rendered in every dialect that accepts it. The default is the
   * dialects that can express every type the processor accepts: the non-strict JSON Schema ones.
   * Strict dialects and Gemini's {@code parameters} cannot express maps (and, but for OpenAI
   * strict, recursive types), so a build opts into them.
   */
  DIALECTS(
      "toolwright.dialects",
      List.of(),
      "openai-chat,openai-responses,anthropic,gemini-json-schema,mcp");

  private final String key;
  private final List<String> accepted;
  private final String defaultValue;

  Option(String key, List<String> accepted, String defaultValue) {
    this.key = key;
    this.accepted = List.copyOf(accepted);
    this.defaultValue = defaultValue;
  }

  /** The key, as in {@code -A<key>=<value>}. */
  public String key() {
    return key;
  }

  /** The values it accepts, lower case; empty for an option with a syntax of its own. */
  public List<String> accepted() {
    return accepted;
  }

  /** The value when it is not set, or set to something it does not accept. */
  public String defaultValue() {
    return defaultValue;
  }
}
