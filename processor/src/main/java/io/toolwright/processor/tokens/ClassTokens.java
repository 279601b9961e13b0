package io.toolwright.processor.tokens;

import io.toolwright.Dialect;
import io.toolwright.schema.dialect.Rendering;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one class's tools cost in prompt tokens, in every dialect that accepts them, counted by
 * {@link TokenCounter} on the renderings the build records.
 *
 * @param byDialect each dialect's count of the tools it accepts (a dialect that rejects a tool
 *     counts the others), in {@link Dialect} order
 * @param byTool tool name → dialect → that tool's own tokens, in tool order
 */
public record ClassTokens(
    Map<Dialect, TokenCount> byDialect, Map<String, Map<Dialect, Integer>> byTool) {

  /**
   * @param renderings tool name → the tool in every dialect, in tool order
   */
  public static ClassTokens count(Map<String, List<Rendering>> renderings) {
    Map<Dialect, TokenCount> byDialect = new EnumMap<>(Dialect.class);
    Map<String, Map<Dialect, Integer>> byTool = new LinkedHashMap<>();
    renderings.keySet().forEach(tool -> byTool.put(tool, new EnumMap<>(Dialect.class)));
    // The dialects share most texts; each is encoded once.
    Map<String, Integer> counted = new HashMap<>();
    for (Dialect dialect : Dialect.values()) {
      List<String> tools = new ArrayList<>();
      List<String> jsons = new ArrayList<>();
      for (Map.Entry<String, List<Rendering>> entry : renderings.entrySet()) {
        for (Rendering rendering : entry.getValue()) {
          if (rendering.dialect() == dialect && rendering.json() != null) {
            tools.add(entry.getKey());
            jsons.add(rendering.json());
          }
        }
      }
      TokenCount count = TokenCounter.count(dialect, jsons, counted);
      byDialect.put(dialect, count);
      for (int i = 0; i < tools.size(); i++) {
        byTool.get(tools.get(i)).put(dialect, count.perTool().get(i));
      }
    }
    return new ClassTokens(byDialect, byTool);
  }
}
