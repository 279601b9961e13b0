package io.toolwright.contract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Compares the locked tools with the build's: tools first, then each tool's parameters and output. */
public final class ContractComparator {
  private ContractComparator() {}

  public static ContractDiff compare(Map<String, ToolContract> locked, Map<String, ToolContract> built) {
    return compare(locked, built, Map.of());
  }

  /**
   * @param retired the build's {@code @RetiredTool} declarations by name: a locked tool gone and
   *     declared retired is {@link ChangeKind#TOOL_RETIRED}, still breaking, naming its replacement
   */
  public static ContractDiff compare(
      Map<String, ToolContract> locked, Map<String, ToolContract> built, Map<String, Retirement> retired) {
    List<Change> changes = new ArrayList<>();
    Map<String, ToolContract> added = new TreeMap<>(built);
    locked.keySet().forEach(added::remove);
    for (ToolContract before : locked.values()) {
      ToolContract after = built.get(before.name());
      if (after != null) {
        compareTool(before, after, changes);
        continue;
      }
      Retirement retirement = retired.get(before.name());
      if (retirement != null) {
        changes.add(new Change(ChangeKind.TOOL_RETIRED, before.name(), "", retirement.describe()));
        continue;
      }
      ToolContract renamed = renamedTo(before, added);
      if (renamed != null) {
        added.remove(renamed.name());
        changes.add(new Change(ChangeKind.TOOL_RENAMED, before.name(), "",
            "renamed to " + renamed.name() + " (same parameters, in " + renamed.className() + ")"));
      } else {
        changes.add(new Change(ChangeKind.TOOL_REMOVED, before.name(), "",
            "no longer in the build (was in " + before.className() + ")"));
      }
    }
    for (ToolContract tool : added.values()) {
      changes.add(new Change(ChangeKind.TOOL_ADDED, tool.name(), "", "new in " + tool.className()));
    }
    changes.sort(Comparator.comparing(Change::verdict).thenComparing(Change::tool));
    return new ContractDiff(changes);
  }

  /** A new tool of the same class whose parameter schema equals the removed tool's. */
  private static ToolContract renamedTo(ToolContract removed, Map<String, ToolContract> added) {
    ToolContract match = null;
    for (ToolContract candidate : added.values()) {
      if (candidate.className().equals(removed.className()) && candidate.schema().equals(removed.schema())) {
        if (match != null) {
          return null;
        }
        match = candidate;
      }
    }
    return match;
  }

  private static void compareTool(ToolContract before, ToolContract after, List<Change> changes) {
    int count = changes.size();
    String tool = before.name();
    if (after.effect().moreDangerousThan(before.effect())) {
      changes.add(new Change(ChangeKind.EFFECT_ESCALATED, tool, "",
          "effect " + before.effect() + " -> " + after.effect()));
    } else if (before.effect().moreDangerousThan(after.effect())) {
      changes.add(new Change(ChangeKind.EFFECT_RELAXED, tool, "",
          "effect " + before.effect() + " -> " + after.effect()));
    }
    if (before.effectivelyIdempotent() && !after.effectivelyIdempotent()) {
      changes.add(new Change(ChangeKind.IDEMPOTENCY_DROPPED, tool, "", "idempotent true -> false"));
    } else if (!before.effectivelyIdempotent() && after.effectivelyIdempotent()) {
      changes.add(new Change(ChangeKind.IDEMPOTENCY_ADDED, tool, "", "idempotent false -> true"));
    }
    if (!before.description().equals(after.description())) {
      changes.add(new Change(ChangeKind.DESCRIPTION_CHANGED, tool, "", "tool description changed"));
    }
    SchemaComparator.compare(tool, before.schema(), after.schema(), changes::add);
    compareOutput(before, after, changes);
    if (changes.size() == count && !before.fingerprint().equals(after.fingerprint())) {
      changes.add(new Change(ChangeKind.FINGERPRINT_CHANGED, tool, "",
          "fingerprint " + abbreviated(before.fingerprint()) + " -> " + abbreviated(after.fingerprint())));
    }
  }

  /** Output schemas, judged for the client that reads results: a schema gone breaks it. */
  private static void compareOutput(ToolContract before, ToolContract after, List<Change> changes) {
    if (before.outputSchema() != null && after.outputSchema() != null) {
      SchemaComparator.compareOutput(before.name(), before.outputSchema(), after.outputSchema(), changes::add);
    } else if (before.outputSchema() != null) {
      changes.add(new Change(ChangeKind.OUTPUT_SCHEMA_REMOVED, before.name(), "", "output schema removed"));
    } else if (after.outputSchema() != null) {
      changes.add(new Change(ChangeKind.OUTPUT_SCHEMA_ADDED, before.name(), "", "output schema added"));
    }
  }

  private static String abbreviated(String fingerprint) {
    return fingerprint.length() > 12 ? fingerprint.substring(0, 12) : fingerprint;
  }
}
