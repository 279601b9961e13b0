package io.toolwright.testkit;

import io.toolwright.testkit.VerdictCheck.Mismatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Mismatches grouped by cause, largest group first, each case with its pointer and instance. */
public final class MismatchReport {

  private MismatchReport() {}

  public static String of(List<Mismatch> mismatches, long seed) {
    Map<String, List<Mismatch>> byCause = new LinkedHashMap<>();
    for (Mismatch mismatch : mismatches) {
      byCause.computeIfAbsent(mismatch.cause(), cause -> new ArrayList<>()).add(mismatch);
    }
    List<Map.Entry<String, List<Mismatch>>> groups = new ArrayList<>(byCause.entrySet());
    groups.sort((a, b) -> b.getValue().size() - a.getValue().size());
    StringBuilder report =
        new StringBuilder()
            .append(mismatches.size())
            .append(" mismatches in ")
            .append(groups.size())
            .append(" groups (seed ")
            .append(seed)
            .append(")\n");
    for (Map.Entry<String, List<Mismatch>> group : groups) {
      report.append("\n== ").append(group.getKey()).append(" (").append(group.getValue().size())
          .append(")\n");
      for (Mismatch mismatch : group.getValue()) {
        report.append("   ").append(mismatch.describe()).append('\n');
      }
    }
    return report.toString();
  }
}
