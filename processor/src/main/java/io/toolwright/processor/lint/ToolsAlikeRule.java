package io.toolwright.processor.lint;

import io.toolwright.contract.alike.WordsAlike;
import io.toolwright.processor.diagnostics.Diagnostics;
import io.toolwright.processor.diagnostics.Message;
import io.toolwright.processor.model.ToolMethod;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code tools-alike}: two tools of one class a model cannot tell apart, reported at the later one,
 * naming the earlier.
 *
 * <p>Descriptions are compared by the cosine similarity of their word sets: the words of each of
 * two letters or more, without stop words and the generic words of {@link DescriptionRules#GENERIC} (which every tool
 * shares), each reduced to its {@link Words#key}; {@code |A ∩ B| / sqrt(|A| |B|)}. At or above the
 * threshold the pair is reported, unless each description has a word of its own that its tool's
 * name repeats: "Locate nearby stores ..." as {@code store_find_nearby} and "Locate nearby
 * libraries ..." as {@code library_find_nearby} differ in one word only, but it is the word both
 * name and description stand on, which is how the BFCL tool sets that models handle well are
 * written. Names are alike when their words are the same after {@link Words#key} but the names are
 * not ({@code list_invoices}, {@code invoices_list}, {@code list_invoice}); names equal but for case
 * and separators are {@code mcp-name}'s, equal names {@code duplicate-name}'s.
 *
 * <p>Only the tools of one class are compared: the processor is isolating (Gradle) and sees one
 * class at a time. The Maven plugin's {@code toolwright:report} compares the tools of different
 * classes with the same {@link WordsAlike} (module toolwright-contract), over the words
 * {@link AlikeWords} writes to the build report.
 */
final class ToolsAlikeRule {

  private ToolsAlikeRule() {}

  /**
   * Why two tools are alike: by their names ({@code similarity} 1, no {@code why}), or by their
   * descriptions, with the similarity and what fails to set them apart.
   */
  record Alike(boolean byName, double similarity, String why) {}

  static void check(List<ToolMethod> tools, int thresholdPercent, Diagnostics diagnostics) {
    for (int later = 1; later < tools.size(); later++) {
      for (int earlier = 0; earlier < later; earlier++) {
        ToolMethod first = tools.get(earlier);
        ToolMethod second = tools.get(later);
        Alike alike =
            compare(
                first.name(),
                first.description(),
                second.name(),
                second.description(),
                thresholdPercent);
        if (alike == null) {
          continue;
        }
        if (alike.byName()) {
          ToolSite.reportAtName(
              Message.TOOLS_ALIKE_NAMES,
              second,
              diagnostics,
              second.name(),
              label(second),
              first.name(),
              label(first));
        } else {
          ToolSite.report(
              Message.TOOLS_ALIKE,
              second,
              diagnostics,
              label(second),
              label(first),
              String.format(Locale.ROOT, "%.2f", alike.similarity()),
              thresholdPercent,
              String.format(Locale.ROOT, "%.2f", thresholdPercent / 100.0),
              alike.why());
        }
      }
    }
  }

  /**
   * Whether two tools are alike, and how; {@code null} when a model can tell them apart. The
   * measure is {@link WordsAlike}'s, shared with {@code toolwright:report}; this makes the words.
   */
  static Alike compare(
      String nameA, String descriptionA, String nameB, String descriptionB, int thresholdPercent) {
    WordsAlike.Alike alike =
        WordsAlike.compare(words(nameA, descriptionA), words(nameB, descriptionB), thresholdPercent);
    return alike == null ? null : new Alike(alike.byName(), alike.similarity(), alike.why());
  }

  private static WordsAlike.Words words(String name, String description) {
    return new WordsAlike.Words(
        name, nameKeys(name), McpNameRule.normalized(name), contentWords(description));
  }

  /** Content words by {@link Words#key}, each with the first form written. */
  static Map<String, String> contentWords(String text) {
    Map<String, String> keys = new LinkedHashMap<>();
    for (String word : Words.of(text)) {
      // One letter is the "s" of "customer's", or a list marker: no word of its own.
      if (word.length() > 1
          && !Words.STOP.contains(word)
          && !DescriptionRules.GENERIC.contains(word)) {
        keys.putIfAbsent(Words.key(word), word);
      }
    }
    return keys;
  }

  static Set<String> nameKeys(String name) {
    Set<String> keys = new LinkedHashSet<>();
    for (String word : Words.ofName(name)) {
      keys.add(Words.key(word));
    }
    return keys;
  }

  static String label(ToolMethod tool) {
    return tool.element().getEnclosingElement().getSimpleName() + "." + tool.methodName();
  }
}
