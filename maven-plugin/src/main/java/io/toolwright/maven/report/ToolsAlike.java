package io.toolwright.maven.report;

import io.toolwright.contract.alike.WordsAlike;
import java.util.Locale;

/**
 * {@code tools-alike} across classes: the processor's measure ({@link WordsAlike}, which its
 * ToolsAlikeRule calls too) over the words it wrote per tool. Names are alike when their word keys are equal but the names are not, and not
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

  /** Whether two tools are alike, and how ({@link WordsAlike}); {@code null} when a model can tell them apart. */
  static Pair compare(String classA, ToolWords a, String classB, ToolWords b, int thresholdPercent) {
    WordsAlike.Alike alike = WordsAlike.compare(a.words(), b.words(), thresholdPercent);
    return alike == null
        ? null
        : new Pair(classA, a, classB, b, alike.byName(), alike.similarity(), alike.why());
  }

  static String format(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
