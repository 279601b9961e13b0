package io.toolwright;

import io.toolwright.dispatch.ToolBinding;
import io.toolwright.schema.BuildRenderings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A registry's view of its tool sets' build renderings ({@link BuildRenderings}, the {@code
 * .renderings} resource the processor writes beside each class's {@code .json}), read once when the
 * registry is built. A tool is served from them only when its run-time definition has the key the
 * build recorded, so a stale or missing resource only costs the run-time rendering.
 */
final class BuildRecords {

  private final Map<String, BuildRenderings> byTool;

  private BuildRecords(Map<String, BuildRenderings> byTool) {
    this.byTool = byTool;
  }

  /**
   * The build renderings of every set that has them, read from where its tools' invoker was loaded
   * from, else with that class's loader.
   */
  static BuildRecords of(List<ToolSet> sets) {
    Map<String, BuildRenderings> byTool = new HashMap<>();
    for (ToolSet set : sets) {
      List<ToolBinding> bindings = set.bindings();
      if (bindings.isEmpty()) {
        continue;
      }
      BuildRenderings renderings =
          BuildRenderings.read(bindings.get(0).invoker().getClass(), set.source());
      if (renderings == null) {
        continue;
      }
      for (ToolBinding binding : bindings) {
        byTool.put(binding.definition().name(), renderings);
      }
    }
    return new BuildRecords(byTool);
  }

  /** The build's rendering of this exact definition in {@code dialect}, or {@code null}. */
  String rendering(ToolDefinition definition, Dialect dialect) {
    BuildRenderings renderings = byTool.get(definition.name());
    return renderings == null ? null : renderings.rendering(definition, dialect);
  }

  /** Whether the processor recorded this exact definition (and so checked its schema). */
  boolean records(ToolDefinition definition) {
    BuildRenderings renderings = byTool.get(definition.name());
    return renderings != null && renderings.records(definition);
  }
}
