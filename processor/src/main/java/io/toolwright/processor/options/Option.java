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
      "openai-chat,openai-responses,anthropic,gemini-json-schema,mcp"),

  /**
   * {@code -Atoolwright.tokens=false}: count no prompt tokens, so no {@code token-budget} check,
   * no {@code report} line and no report resource. Counting loads the {@code o200k_base}
   * vocabulary once per compiler JVM (about a second or more); see docs/tokens.md.
   */
  TOKENS("toolwright.tokens", List.of("true", "false"), "true"),

  /**
   * {@code -Atoolwright.tokenBudget.tool=<n>}: the most prompt tokens one tool may cost in any
   * dialect of {@link #DIALECTS} before {@code token-budget} reports it; 0 for no budget. 1000 as
   * Sentry's CI check of its MCP server's tools.
   */
  TOKEN_BUDGET_TOOL("toolwright.tokenBudget.tool", List.of(), "1000"),

  /**
   * {@code -Atoolwright.tokenBudget.class=<n>}: the most prompt tokens the tools of one class may
   * cost together in any dialect of {@link #DIALECTS}; 0 (the default) for no budget. Per class,
   * because the processor is isolating (Gradle): it never sees a whole build's tools at once.
   */
  TOKEN_BUDGET_CLASS("toolwright.tokenBudget.class", List.of(), "0"),

  /**
   * {@code -Atoolwright.toolsAlike.threshold=<percent>}: the cosine similarity of two tools'
   * descriptions, in hundredths, from which {@code tools-alike} reports the pair. 90: over BFCL's
   * tool sets (the tools a model is offered together) it flags 2 of 649 pairs, both defensible;
   * over all its distinct functions, the pairs it flags are the same function under two names.
   */
  TOOLS_ALIKE_THRESHOLD("toolwright.toolsAlike.threshold", List.of(), "90"),

  /**
   * {@code -Atoolwright.mcpPrefix=<n>}: how many characters an MCP client puts before a tool's
   * name, for {@code mcp-name}. 24: Claude Code's {@code mcp__<server>__}, 7 characters, with a
   * server name of 17; names may then have 40 of the 64 characters OpenAI and Anthropic accept.
   */
  MCP_PREFIX("toolwright.mcpPrefix", List.of(), "24"),

  /**
   * {@code -Atoolwright.today=YYYY-MM-DD}: the date {@code retired-tool} compares each {@code
   * until} with; the system date when not set. For tests and reproducible builds.
   */
  TODAY("toolwright.today", List.of(), ""),

  /**
   * {@code -Atoolwright.lint.<rule>=error|warning|note|off}: how one rule is reported; a family of
   * keys, one per rule that may be changed ({@link #lintKey}). javac accepts only dotted Java
   * identifiers as option keys, so the rule key's hyphens are written as underscores: {@code
   * -Atoolwright.lint.unbounded_input=off}. It wins over {@link #SEVERITY} for the same rule.
   */
  LINT("toolwright.lint.<rule>", List.of("error", "warning", "note", "off"), "");

  /** The prefix of every {@link #LINT} key. */
  public static final String LINT_PREFIX = "toolwright.lint.";

  private final String key;
  private final List<String> accepted;
  private final String defaultValue;

  Option(String key, List<String> accepted, String defaultValue) {
    this.key = key;
    this.accepted = List.copyOf(accepted);
    this.defaultValue = defaultValue;
  }

  /** The {@link #LINT} key of {@code rule}: {@code toolwright.lint.unbounded_input}. */
  public static String lintKey(String rule) {
    return LINT_PREFIX + rule.replace('-', '_');
  }

  /** The key, as in {@code -A<key>=<value>}; {@code toolwright.lint.<rule>} for {@link #LINT}. */
  public String key() {
    return key;
  }

  /** The values it accepts, lower case; empty for an option with a syntax of its own. */
  public List<String> accepted() {
    return accepted;
  }

  /** Whether the value is a whole number of 0 or more, rather than one of {@link #accepted}. */
  public boolean numeric() {
    return this == TOKEN_BUDGET_TOOL
        || this == TOKEN_BUDGET_CLASS
        || this == TOOLS_ALIKE_THRESHOLD
        || this == MCP_PREFIX;
  }

  /** The value when it is not set, or set to something it does not accept. */
  public String defaultValue() {
    return defaultValue;
  }
}
