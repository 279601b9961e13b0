package io.toolwright.schema.dialect;

import io.toolwright.ToolDefinition;
import java.util.List;
import java.util.Map;

/** TEMPORARY placeholder in the integration branch; replaced by the real plan on merge. */
public final class AnthropicStrictPlan {
  private final List<String> strict;

  private AnthropicStrictPlan(List<String> strict) {
    this.strict = strict;
  }

  public static AnthropicStrictPlan of(List<ToolDefinition> tools) {
    return new AnthropicStrictPlan(tools.stream().map(ToolDefinition::name).toList());
  }

  public List<String> strict() {
    return strict;
  }

  public Map<String, String> relaxed() {
    return Map.of();
  }
}
