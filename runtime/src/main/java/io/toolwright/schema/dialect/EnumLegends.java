package io.toolwright.schema.dialect;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An enum's legend ({@code "OPEN: Not yet paid. PAID: Settled in full."}, the documented constants
 * the processor appends to a description) is written once per rendering: the first property using
 * the enum keeps it, later ones with the same values and the same legend say only their own words.
 */
final class EnumLegends {

  private final Set<String> written = new HashSet<>();

  /** The description to write for a string schema with these allowed values. */
  String dedupe(List<String> allowed, String description) {
    if (description == null || allowed.isEmpty()) {
      return description;
    }
    int start = legendStart(allowed, description);
    if (start < 0) {
      return description;
    }
    String key = String.join("\u0000", allowed) + "\u0001" + description.substring(start);
    if (written.add(key)) {
      return description;
    }
    String own = description.substring(0, start).trim();
    return own.isEmpty() ? null : own;
  }

  /**
   * Where the legend begins: the first sentence starting with {@code "<value>: "} for one of the
   * allowed values; -1 when there is none.
   */
  static int legendStart(List<String> allowed, String description) {
    int best = -1;
    for (String value : allowed) {
      String head = value + ": ";
      for (int at = description.indexOf(head); at >= 0; at = description.indexOf(head, at + 1)) {
        if (startsSentence(description, at)) {
          best = best < 0 ? at : Math.min(best, at);
          break;
        }
      }
    }
    return best;
  }

  private static boolean startsSentence(String text, int at) {
    if (at == 0) {
      return true;
    }
    if (at < 2 || text.charAt(at - 1) != ' ') {
      return false;
    }
    char end = text.charAt(at - 2);
    return end == '.' || end == '!' || end == '?';
  }
}
