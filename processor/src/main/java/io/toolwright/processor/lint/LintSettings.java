package io.toolwright.processor.lint;

import io.toolwright.processor.options.Option;
import io.toolwright.processor.options.Options;

/**
 * What the options set for the lint rules that take a figure.
 *
 * @param toolsAlikePercent the description similarity, in hundredths, from which {@code
 *     tools-alike} reports a pair ({@code -Atoolwright.toolsAlike.threshold})
 * @param mcpPrefix the characters an MCP client puts before a tool's name ({@code
 *     -Atoolwright.mcpPrefix}), for {@code mcp-name}
 */
public record LintSettings(int toolsAlikePercent, int mcpPrefix) {

  public static LintSettings of(Options options) {
    return new LintSettings(
        options.number(Option.TOOLS_ALIKE_THRESHOLD), options.number(Option.MCP_PREFIX));
  }

  /** The defaults, as documented on {@link Option}. */
  public static LintSettings defaults() {
    return new LintSettings(
        Integer.parseInt(Option.TOOLS_ALIKE_THRESHOLD.defaultValue()),
        Integer.parseInt(Option.MCP_PREFIX.defaultValue()));
  }
}
