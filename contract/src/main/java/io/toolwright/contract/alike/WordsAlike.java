package io.toolwright.contract.alike;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code tools-alike} measure on the words of two tools: the one implementation that the
 * processor's rule (two tools of one class) and {@code toolwright:report} (two tools of different
 * classes, from the words the processor wrote) both call, so a pair is alike across classes exactly
 * when it would be within one. Plain Java, no dependency: the processor makes the words, this only
 * compares them.
 *
 * <p>Names are alike when their word keys are equal but the names are not, and not equal for MCP
 * either; descriptions when the cosine of their key sets is at or above the threshold, unless each
 * has a word of its own that its tool's name repeats.
 */
public final class WordsAlike {

  /**
   * What is compared of a tool.
   *
   * @param name the tool name
   * @param nameKeys the name's words, each reduced to its key (stem)
   * @param mcpName the name without case and separators, as MCP clients compare names
   * @param descriptionWords the description's content words: key to the form first written, in order
   */
  public record Words(String name, Set<String> nameKeys, String mcpName, Map<String, String> descriptionWords) {
    public Words {
      nameKeys = Set.copyOf(nameKeys);
      descriptionWords = Collections.unmodifiableMap(new LinkedHashMap<>(descriptionWords));
    }
  }

  /**
   * Why two tools are alike: by their names ({@code similarity} 1, no {@code why}), or by their
   * descriptions, with the similarity and what fails to set them apart.
   */
  public record Alike(boolean byName, double similarity, String why) {}

  private WordsAlike() {}

  /** Whether two tools are alike, and how; {@code null} when a model can tell them apart. */
  public static Alike compare(Words a, Words b, int thresholdPercent) {
    if (!a.name().equals(b.name()) && !a.mcpName().equals(b.mcpName()) && a.nameKeys().equals(b.nameKeys())) {
      return new Alike(true, 1, null);
    }
    Map<String, String> wordsA = a.descriptionWords();
    Map<String, String> wordsB = b.descriptionWords();
    double similarity = cosine(wordsA.keySet(), wordsB.keySet());
    if (wordsA.isEmpty() || wordsB.isEmpty() || similarity * 100 < thresholdPercent - 1e-9) {
      return null;
    }
    List<String> onlyA = own(wordsA, wordsB);
    List<String> onlyB = own(wordsB, wordsA);
    if (onlyA.stream().anyMatch(a.nameKeys()::contains) && onlyB.stream().anyMatch(b.nameKeys()::contains)) {
      return null;
    }
    List<String> differing = new ArrayList<>();
    onlyA.forEach(key -> differing.add('"' + wordsA.get(key) + '"'));
    onlyB.forEach(key -> differing.add('"' + wordsB.get(key) + '"'));
    String why = differing.isEmpty()
        ? "neither says a thing the other does not"
        : "what differs (" + String.join(", ", differing) + ") is not in both tools' names";
    return new Alike(false, similarity, why);
  }

  /** {@code |a ∩ b| / sqrt(|a| |b|)}: the cosine of the two sets as 0/1 vectors. */
  public static double cosine(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    long shared = a.stream().filter(b::contains).count();
    return shared / Math.sqrt((double) a.size() * b.size());
  }

  private static List<String> own(Map<String, String> of, Map<String, String> other) {
    return of.keySet().stream().filter(key -> !other.containsKey(key)).toList();
  }
}
