package io.toolwright.schema.dialect;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** What the lean and strict rules need to know about an ECMA-262 {@code pattern}. */
final class Patterns {

  /**
   * Counted repetitions above this are "large" to a strict grammar compiler. Anthropic names large
   * {@code {n,m}} without a number; 100 keeps every pattern Toolwright writes for a Java type.
   */
  static final int LARGE_COUNT = 100;

  private Patterns() {}

  /**
   * Whether a strict grammar compiler takes the pattern: no lookaround, no backreference, no word
   * boundary, no large counted repetition (Anthropic strict lists these as unsupported; OpenAI's
   * strict grammar and Gemini's RE2 are treated the same way, since moving a pattern into the
   * description loses nothing the run time checks).
   */
  static boolean isSimple(String pattern) {
    boolean inClass = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        char next = pattern.charAt(++i);
        if (next >= '1' && next <= '9' || next == 'k' && !inClass) {
          return false;
        }
        if ((next == 'b' || next == 'B') && !inClass) {
          return false;
        }
      } else if (c == '[') {
        inClass = true;
      } else if (c == ']') {
        inClass = false;
      } else if (!inClass && c == '(' && pattern.startsWith("?", i + 1)) {
        if (pattern.startsWith("?=", i + 1)
            || pattern.startsWith("?!", i + 1)
            || pattern.startsWith("?<=", i + 1)
            || pattern.startsWith("?<!", i + 1)) {
          return false;
        }
      } else if (!inClass && c == '{' && largeCount(pattern, i + 1)) {
        return false;
      }
    }
    return true;
  }

  private static boolean largeCount(String pattern, int from) {
    int value = 0;
    for (int i = from; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c >= '0' && c <= '9') {
        value = Math.min(value * 10 + (c - '0'), 1_000_000);
        if (value > LARGE_COUNT) {
          return true;
        }
      } else if (c == ',') {
        value = 0;
      } else {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether no empty string matches, so that {@code minLength: 1} beside the pattern says nothing
   * more ({@code @NotBlank}'s {@code \S}). Decided with {@code java.util.regex}, which reads the
   * patterns Toolwright writes as ECMA-262 does for the empty string; a pattern it cannot compile
   * keeps its {@code minLength}.
   */
  static boolean excludesEmpty(String pattern) {
    try {
      return !Pattern.compile(pattern).matcher("").find();
    } catch (PatternSyntaxException e) {
      return false;
    }
  }
}
