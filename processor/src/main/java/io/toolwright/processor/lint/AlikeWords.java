package io.toolwright.processor.lint;

import java.util.List;
import java.util.Map;

/**
 * What {@code tools-alike} compares of a tool, for the build report: the processor sees one class
 * at a time, so {@code toolwright:report} compares the tools of different classes from these words
 * rather than repeating the word logic (stop words, generic words, stems) in the plugin.
 */
public final class AlikeWords {

  private AlikeWords() {}

  /** The description's content words: {@link Words#key} to the first form written, in order. */
  public static Map<String, String> description(String description) {
    return ToolsAlikeRule.contentWords(description == null ? "" : description);
  }

  /** The name's words, each as its {@link Words#key}. */
  public static List<String> name(String name) {
    return List.copyOf(ToolsAlikeRule.nameKeys(name));
  }

  /** The name as MCP clients compare names (case and separators dropped): {@code mcp-name}'s. */
  public static String mcpName(String name) {
    return McpNameRule.normalized(name);
  }
}
