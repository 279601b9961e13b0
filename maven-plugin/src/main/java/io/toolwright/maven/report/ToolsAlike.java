package io.toolwright.maven.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code tools-alike} across classes: the processor's measure (ToolsAlikeRule) over the words it
 * wrote per tool. Names are alike when their word keys are equal but the names are not, and not
 * equal for MCP either; descriptions when the cosine of their key sets is at or above the threshold,
 * unless each has a word of its own that its tool's name repeats.
 */
public final class ToolsAlike {

  /**
   * Two tools of different classes a model cannot tell apart.
   *
   * @param byName alike by their names (then {@code similarity} is 1 and {@code why} null)
   * @param why for descriptions, what fails to set them apart
   */
  public record Pair(String firstClass, ToolWords first, String secondClass, ToolWords second,
      boolean byName, double similarity, String why) {

    /** The log line, in the processor's words. */
    public String message(int thresholdPercent) {
      String a = firstClass + " tool \"" + first.name() + "\"";
      String b = secondClass + " tool \"" + second.name() + "\"";
      if (byName) {
        return "[toolwright:tools-alike] " + b + " has the same name words as " + a
            + ", only in another order or inflection, so a model that remembers one calls the other:"
            + " say what sets them apart in the names, or merge them";
      }
      return "[toolwright:tools-alike] " + b + " reads too much like " + a + " to tell apart: their"
          + " descriptions have a similarity of " + format(similarity) + " (cosine over their words;"
          + " toolsAlikeThreshold=" + thresholdPercent + " flags " + format(thresholdPercent / 100.0)
          + " and above), and " + why + ": say what sets them apart, or merge them";
    }
  }

  private ToolsAlike() {}

  /** Whether two tools are alike, and how; {@code null} when a model can tell them apart. */
  static Pair compare(String classA, ToolWords a, String classB, ToolWords b, int thresholdPercent) {
    Set<String> namesA = Set.copyOf(a.nameWords());
    Set<String> namesB = Set.copyOf(b.nameWords());
    if (!a.name().equals(b.name()) && !a.mcpName().equals(b.mcpName()) && namesA.equals(namesB)) {
      return new Pair(classA, a, classB, b, true, 1, null);
    }
    Map<String, String> wordsA = a.descriptionWords();
    Map<String, String> wordsB = b.descriptionWords();
    double similarity = cosine(wordsA.keySet(), wordsB.keySet());
    if (wordsA.isEmpty() || wordsB.isEmpty() || similarity * 100 < thresholdPercent - 1e-9) {
      return null;
    }
    List<String> onlyA = own(wordsA, wordsB);
    List<String> onlyB = own(wordsB, wordsA);
    if (onlyA.stream().anyMatch(namesA::contains) && onlyB.stream().anyMatch(namesB::contains)) {
      return null;
    }
    List<String> differing = new ArrayList<>();
    onlyA.forEach(key -> differing.add('"' + wordsA.get(key) + '"'));
    onlyB.forEach(key -> differing.add('"' + wordsB.get(key) + '"'));
    String why = differing.isEmpty()
        ? "neither says a thing the other does not"
        : "what differs (" + String.join(", ", differing) + ") is not in both tools' names";
    return new Pair(classA, a, classB, b, false, similarity, why);
  }

  /** {@code |a ∩ b| / sqrt(|a| |b|)}: the cosine of the two sets as 0/1 vectors. */
  static double cosine(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    long shared = a.stream().filter(b::contains).count();
    return shared / Math.sqrt((double) a.size() * b.size());
  }

  private static List<String> own(Map<String, String> of, Map<String, String> other) {
    return of.keySet().stream().filter(key -> !other.containsKey(key)).toList();
  }

  static String format(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
