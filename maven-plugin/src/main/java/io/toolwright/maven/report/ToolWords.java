package io.toolwright.maven.report;

import io.toolwright.contract.alike.WordsAlike;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the processor's {@code tools-alike} rule compares of a tool, as it wrote it into the build
 * report under {@code alike}: the plugin compares these words, it does not make them, so that a
 * pair of tools is alike across classes exactly when it would be within one.
 *
 * @param name the tool name
 * @param nameWords the name's words, each reduced to its key (stem)
 * @param mcpName the name without case and separators, as MCP clients compare names
 * @param descriptionWords the description's content words: key to the form first written, in order
 */
public record ToolWords(
    String name, List<String> nameWords, String mcpName, Map<String, String> descriptionWords) {

  public ToolWords {
    nameWords = List.copyOf(nameWords);
    descriptionWords = Collections.unmodifiableMap(new LinkedHashMap<>(descriptionWords));
  }

  /** What {@link WordsAlike} compares. */
  WordsAlike.Words words() {
    return new WordsAlike.Words(name, Set.copyOf(nameWords), mcpName, descriptionWords);
  }
}
