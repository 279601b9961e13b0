package io.toolwright;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The registered tool names nearest to one a model used, for "Did you mean ...?". Distance is the
 * optimal-string-alignment edit distance (Levenshtein plus transposition of neighbours, the
 * commonest typo) between lower-case names. A name is suggested when it is within a third of the
 * longer name's length (at least 2 edits), or when one name contains the other and the shorter has
 * at least 4 characters ({@code balance} for {@code get_balance}). At most {@value #MAX} names,
 * closest first, ties in registration order.
 *
 * <p>A name longer than {@value #MAX_COMPARED_NAME} characters gets no suggestions: the distance
 * costs the product of the two lengths, and a model's name is as long as its input allows (a
 * megabyte holding every registered name would cost seconds), while providers' tool names have at
 * most 128 characters (OpenAI and Anthropic 64, Gemini and MCP 128).
 */
final class ClosestNames {

  static final int MAX = 3;

  /** The longest name compared with the registered ones. */
  static final int MAX_COMPARED_NAME = 128;

  private static final int MIN_CONTAINED = 4;

  private ClosestNames() {}

  static List<String> to(String wanted, List<String> names) {
    if (wanted.length() > MAX_COMPARED_NAME) {
      return List.of();
    }
    String target = wanted.toLowerCase(Locale.ROOT);
    List<Candidate> close = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      String candidate = name.toLowerCase(Locale.ROOT);
      int threshold = Math.max(2, Math.max(target.length(), candidate.length()) / 3);
      boolean contained =
          Math.min(target.length(), candidate.length()) >= MIN_CONTAINED
              && (candidate.contains(target) || target.contains(candidate));
      // The distance is at least the difference in length: skip the table for hopeless pairs,
      // which also bounds the cost of a very long name from a model.
      if (!contained && Math.abs(target.length() - candidate.length()) > threshold) {
        continue;
      }
      int distance = distance(target, candidate);
      if (distance <= threshold || contained) {
        close.add(new Candidate(name, distance, i));
      }
    }
    close.sort(Comparator.comparingInt(Candidate::distance).thenComparingInt(Candidate::order));
    return close.stream().limit(MAX).map(Candidate::name).toList();
  }

  /** Optimal string alignment distance, O(a·b) time, three rows of memory. */
  static int distance(String a, String b) {
    int[] previous2 = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, previous2[j - 2] + 1);
        }
        current[j] = best;
      }
      int[] recycled = previous2;
      previous2 = previous;
      previous = current;
      current = recycled;
    }
    return previous[b.length()];
  }

  private record Candidate(String name, int distance, int order) {}
}
