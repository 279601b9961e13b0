package io.toolwright.processor.lint;

import io.toolwright.processor.diagnostics.Diagnostics;
import io.toolwright.processor.diagnostics.Message;
import io.toolwright.processor.model.ToolMethod;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code mcp-name}: a name that breaks once an MCP client serves it. Clients put the server's name
 * before each tool's, so that two servers' {@code search} differ: Claude Code and the Claude Agent
 * SDK call a tool {@code mcp__<server>__<tool>}, LiteLLM {@code <server>-<tool>}. OpenAI and
 * Anthropic accept names of at most {@value #LIMIT} characters (Gemini on Vertex too), so a name
 * longer than {@value #LIMIT} less the prefix ({@code -Atoolwright.mcpPrefix}) fails there: Claude
 * Code's tool search fails for the whole session (anthropics/claude-code#19882). And two names of one
 * class equal but for case and {@code -}, {@code _}, {@code .} collide in a client that normalizes
 * names. The class is the unit: the processor is isolating, and a class is what one server usually
 * exposes together.
 */
final class McpNameRule {

  /** The tightest provider limit on tool names (provider-rules §1, §2, §3: OpenAI, Anthropic). */
  static final int LIMIT = 64;

  private McpNameRule() {}

  static void check(List<ToolMethod> tools, int prefix, Diagnostics diagnostics) {
    Map<String, ToolMethod> byNormalized = new HashMap<>();
    for (ToolMethod tool : tools) {
      String name = tool.name();
      if (name.length() + prefix > LIMIT && name.length() <= LIMIT) {
        ToolSite.reportAtName(
            Message.MCP_NAME_LENGTH,
            tool,
            diagnostics,
            name,
            ToolsAlikeRule.label(tool),
            name.length(),
            prefix,
            name.length() + prefix,
            Math.max(LIMIT - prefix, 1));
      }
      ToolMethod earlier = byNormalized.putIfAbsent(normalized(name), tool);
      if (earlier != null && !earlier.name().equals(name)) {
        ToolSite.reportAtName(
            Message.MCP_NAME_COLLISION,
            tool,
            diagnostics,
            name,
            ToolsAlikeRule.label(tool),
            earlier.name(),
            ToolsAlikeRule.label(earlier));
      }
    }
  }

  /** Lower case, without {@code -}, {@code _} and {@code .}: {@code Get-User} → {@code getuser}. */
  static String normalized(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]", "");
  }
}
