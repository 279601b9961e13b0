package io.toolwright.processor.lint;

import io.toolwright.processor.diagnostics.Diagnostics;
import io.toolwright.processor.diagnostics.Message;
import io.toolwright.processor.model.ToolMethod;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code tool-naming}: a name that tells a model nothing, or that it will misspell. Three cases,
 * each certain from the name alone:
 *
 * <ul>
 *   <li>every word of it fits any tool: {@code run}, {@code get_data}, {@code process_request},
 *       {@code runThis} (the generic words of {@link DescriptionRules#GENERIC} and stop words);
 *   <li>shorter than {@value #MIN_LENGTH} characters: {@code b}, {@code go};
 *   <li>two conventions in one name: camelCase humps with {@code _} or {@code -} ({@code
 *       getUser_byId}), or both {@code _} and {@code -} ({@code get-user_list}).
 * </ul>
 *
 * <p>What it does not report, having read BFCL's names: a noun first ({@code invoice_list},
 * {@code hospital_locate}: a namespace, as Anthropic's "Writing effective tools for agents"
 * advises, {@code asana_projects_search}), a name without a verb ({@code currency_converter},
 * {@code word_count}), a single specific word ({@code translate}, {@code gcd}): models call those
 * right.
 */
final class ToolNamingRule {

  static final int MIN_LENGTH = 3;

  private static final Pattern HUMP = Pattern.compile("[a-z][A-Z]");

  private ToolNamingRule() {}

  static void check(ToolMethod tool, Diagnostics diagnostics) {
    String name = tool.name();
    String label = ToolsAlikeRule.label(tool);
    if (name.length() < MIN_LENGTH) {
      ToolSite.reportAtName(
          Message.TOOL_NAMING_SHORT, tool, diagnostics, name, label, name.length());
      return;
    }
    String generic = generic(name);
    if (generic != null) {
      ToolSite.reportAtName(Message.TOOL_NAMING_GENERIC, tool, diagnostics, name, label, generic);
      return;
    }
    String mixed = mixed(name);
    if (mixed != null) {
      ToolSite.reportAtName(
          Message.TOOL_NAMING_MIXED, tool, diagnostics, name, label, mixed, snakeCase(name));
    }
  }

  /** The generic words, quoted, when every word of {@code name} is one; else {@code null}. */
  static String generic(String name) {
    Set<String> generic = new LinkedHashSet<>();
    for (String word : Words.ofName(name)) {
      if (!DescriptionRules.GENERIC.contains(word) && !Words.STOP.contains(word)) {
        return null;
      }
      generic.add('"' + word + '"');
    }
    return generic.isEmpty() ? null : String.join(", ", generic);
  }

  /** What conventions {@code name} mixes, or {@code null}. */
  static String mixed(String name) {
    boolean underscore = name.indexOf('_') >= 0;
    boolean hyphen = name.indexOf('-') >= 0;
    boolean humps = HUMP.matcher(name).find();
    if (humps && (underscore || hyphen)) {
      return "camelCase with " + (underscore ? "'_'" : "'-'");
    }
    if (underscore && hyphen) {
      return "'_' and '-'";
    }
    return null;
  }

  /** {@code getUser_byId} → {@code get_user_by_id}. */
  static String snakeCase(String name) {
    return String.join("_", Words.ofName(name)).toLowerCase(Locale.ROOT);
  }
}
