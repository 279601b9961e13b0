package io.toolwright.processor.lint;

import io.toolwright.processor.diagnostics.Diagnostics;
import io.toolwright.processor.diagnostics.Message;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code missing-enum}: a free {@code String} whose values are a finite set, so a model guesses a
 * spelling ("Closed", "done") the method does not know. The set is seen in the last word of the
 * name ({@code status}, {@code sortOrder}) or in the description: a quoted list ({@code 'asc' or
 * 'desc'}), "one of:", "one of 'x'", "choose between", "possible values". A {@code @Pattern} or
 * {@code @Email}, or a {@code @Size(max)} of at most {@value #SHORT_CODE} characters (an ISO
 * currency code), already says what to send, so those pass; so does a description giving examples
 * ("e.g.", "such as", "etc."), which says the set is open. Names ending in {@code type}, {@code
 * kind}, {@code category} are not enough on their own: over BFCL most were open categories ({@code
 * plant_type}, {@code enemy_type}).
 */
final class MissingEnumRule {

  /** Last name words that name a finite set. */
  static final Set<String> NAMES =
      Set.of(
          "status",
          "state",
          "mode",
          "level",
          "priority",
          "sort",
          "order",
          "unit",
          "units",
          "currency",
          "direction",
          "severity",
          "tier",
          "gender",
          "frequency",
          "visibility");

  /** A quoted value, then "or", "and", ",", "/" or "|", then another. */
  static final Pattern QUOTED_LIST =
      Pattern.compile(
          "([\"'`])[\\w.-]{1,30}\\1\\s*(,|/|\\||\\bor\\b|\\band\\b)\\s*(either\\s+)?([\"'`])[\\w.-]{1,30}\\4");

  /** "one of:", "one of (", "one of 'x'", "either 'x' or". */
  static final Pattern ONE_OF =
      Pattern.compile(
          "\\b(one of\\s*[:(\\[]|one of\\s+[\"'`]|either\\s+[\"'`]|choose between|choices"
              + " (are|include)|possible values|valid values|allowed values|options are)",
          Pattern.CASE_INSENSITIVE);

  /**
   * Examples of an open set ("e.g. 'cactus'", "such as", "etc."): the values are not a finite set,
   * or the description does not claim they are.
   */
  static final Pattern EXAMPLES =
      Pattern.compile(
          "\\b(e\\.g\\.|eg\\b|for example|for instance|such as|etc\\b|like\\s+[\"'`])",
          Pattern.CASE_INSENSITIVE);

  static final int SHORT_CODE = 3;

  private MissingEnumRule() {}

  static void check(Input input, Diagnostics diagnostics) {
    if (!input.freeString() || input.patterned() || input.atMost(SHORT_CODE)) {
      return;
    }
    if (EXAMPLES.matcher(input.doc()).find()) {
      return;
    }
    String what = null;
    Matcher list = QUOTED_LIST.matcher(input.doc());
    Matcher oneOf = ONE_OF.matcher(input.doc());
    if (list.find()) {
      what = "its description lists values (" + list.group() + ")";
    } else if (oneOf.find()) {
      what = "its description says \"" + oneOf.group().strip() + "\"";
    } else {
      List<String> words = Words.ofName(input.name());
      String last = words.isEmpty() ? "" : words.get(words.size() - 1);
      if (NAMES.contains(last)) {
        what = "its name ends in '" + last + "'";
      }
    }
    if (what != null) {
      diagnostics.report(Message.MISSING_ENUM, input.element(), input.label(), what, input.name());
    }
  }
}
