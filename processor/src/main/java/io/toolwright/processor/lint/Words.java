package io.toolwright.processor.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits names and descriptions into lower-case words, the unit every lint heuristic reads. */
final class Words {

  /** Words that carry no meaning of their own in a tool or parameter description. */
  static final Set<String> STOP =
      Set.of(
          "a",
          "an",
          "the",
          "this",
          "that",
          "these",
          "those",
          "it",
          "its",
          "of",
          "to",
          "for",
          "and",
          "or",
          "with",
          "from",
          "by",
          "in",
          "on",
          "at",
          "as",
          "is",
          "are",
          "be",
          "some",
          "any",
          "all",
          "given",
          "specified",
          "provided",
          "selected",
          "one",
          "each",
          "every",
          "their",
          "his",
          "her",
          "our",
          "your",
          "my",
          "via",
          "using",
          "use",
          "used");

  private Words() {}

  /** The words of a description: letters and digits, lower case. */
  static List<String> of(String text) {
    List<String> words = new ArrayList<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /** The words of an identifier: {@code get_invoice}, {@code getInvoice}, {@code sortOrder}. */
  static List<String> ofName(String name) {
    return of(name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' '));
  }

  /** A crude stem, enough to match "gets"/"get", "invoices"/"invoice", "deleted"/"delete". */
  static String stem(String word) {
    if (word.length() > 4 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.length() > 5 && word.endsWith("ing")) {
      return word.substring(0, word.length() - 3);
    }
    if (word.length() > 4 && (word.endsWith("es") || word.endsWith("ed"))) {
      return word.substring(0, word.length() - 2);
    }
    if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /**
   * A word as a set member: its {@link #stem} without a final "e", so that "store" and "stores"
   * ("stor"), "locate" and "located" share a key where {@link #stem} leaves them apart.
   */
  static String key(String word) {
    String stem = stem(word);
    return stem.length() > 3 && stem.endsWith("e") ? stem.substring(0, stem.length() - 1) : stem;
  }

  /** Whether {@code a} and {@code b} are the same word after {@link #stem}. */
  static boolean same(String a, String b) {
    String x = stem(a);
    String y = stem(b);
    return x.equals(y)
        || x.startsWith(y) && x.length() - y.length() <= 1
        || y.startsWith(x) && y.length() - x.length() <= 1;
  }
}
