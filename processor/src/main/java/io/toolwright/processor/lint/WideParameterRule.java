package io.toolwright.processor.lint;

import io.toolwright.processor.diagnostics.Diagnostics;
import io.toolwright.processor.diagnostics.Message;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code wide-parameter}: a free {@code String} that carries a language (SQL, a shell command, a
 * script, an expression, code, raw JSON), so a model can send anything the language can say. The
 * name alone decides only for names that mean nothing else ({@code sql}, {@code script}, {@code
 * json}, ...); {@code query}, {@code command}, {@code code} and {@code filter} are ordinary words
 * (a search query, a promo code), so for them the description must say it is a language.
 */
final class WideParameterRule {

  /** Name words that name a language whatever the description says. */
  static final Set<String> NAMES =
      Set.of(
          "sql",
          "script",
          "shell",
          "cmd",
          "expr",
          "expression",
          "json",
          "jql",
          "graphql",
          "cypher",
          "xpath",
          "jsonpath",
          "jmespath",
          "sparql",
          "bash",
          "eval",
          "snippet");

  /** Phrases in a description that say the text is a language. */
  static final Pattern DOC =
      Pattern.compile(
          "\\b(sql|query language|graphql|cypher|jql|sparql|xpath|jsonpath|jmespath"
              + "|shell command|command line|bash|powershell"
              + "|script (to|that) (run|execute|evaluate)s?|(shell|bash|python|javascript|js|lua"
              + "|groovy|painless) script|script (source|text|body|code)"
              + "|(python|javascript|java|source|sql|program) code|code to (run|execute|evaluate)"
              + "|(?<!regular )expression|raw json|json string|json-encoded|as json"
              + "|json object as a string|serialized json)\\b");

  private WideParameterRule() {}

  static void check(Input input, Diagnostics diagnostics) {
    if (!input.freeString() || input.patterned()) {
      return;
    }
    String what = null;
    // The last word only: a name says what it holds at its end (onScriptError is an error
    // policy, parentScriptFactory a factory; rawSql and shellCommand are SQL and a command).
    List<String> nameWords = Words.ofName(input.name());
    if (!nameWords.isEmpty() && NAMES.contains(nameWords.get(nameWords.size() - 1))) {
      what = "its name '" + input.name() + "'";
    }
    Matcher doc = DOC.matcher(input.doc().toLowerCase(Locale.ROOT));
    if (what == null && doc.find()) {
      what = "its description (\"" + doc.group() + "\")";
    }
    if (what != null) {
      diagnostics.report(Message.WIDE_PARAMETER, input.element(), input.label(), what);
    }
  }
}
