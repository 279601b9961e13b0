package io.toolwright.processor.tokens;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * OpenAI function tools as the text a model reads: the {@code functions} namespace of OpenAI's
 * harmony format ({@code template_tools_section} in openai/harmony {@code src/encoding.rs},
 * v0.0.8), each function's description as {@code //} lines and its parameters as a TypeScript-like
 * type:
 *
 * <pre>
 * # Tools
 *
 * ## functions
 *
 * namespace functions {
 *
 * // Gets the location of the user.
 * type get_location = () =&gt; any;
 *
 * } // namespace functions
 * </pre>
 *
 * <p>Harmony is the published format of OpenAI's open-weight models (gpt-oss); OpenAI says only
 * that hosted models get functions "injected into the system message in a syntax the model has been
 * trained on", so this is the best public account of what they read, not a promise. Schemas go
 * through {@link HarmonySchemaRewriter} first, then {@link HarmonyTypeScript}.
 */
public final class HarmonyToolsText {

  /** What comes before the first function, once per request. */
  public static final String HEADER = "# Tools\n\n## functions\n\nnamespace functions {\n\n";

  /** What comes after the last function, once per request. */
  public static final String FOOTER = "} // namespace functions";

  private HarmonyToolsText() {}

  /**
   * The whole tools section for these functions: {@link #HEADER}, each {@link #function}, {@link
   * #FOOTER}; empty without functions, since harmony then writes no namespace.
   *
   * @param functions function objects, {@code {"name","description","parameters"}}, or whole OpenAI
   *     tools of either API (see {@link #functionOf})
   */
  public static String namespace(List<JsonNode> functions) {
    return namespaceOf(functions.stream().map(HarmonyToolsText::function).toList());
  }

  /**
   * The same from each function's text as {@link #function} gives it: for a caller that has those
   * texts already (to count each), so that no schema is rewritten twice.
   */
  static String namespaceOf(List<String> functionTexts) {
    if (functionTexts.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(HEADER);
    functionTexts.forEach(out::append);
    return out.append(FOOTER).toString();
  }

  /**
   * One function's part of the namespace: its description lines, its {@code type} line and the
   * blank line that separates it from the next. Without {@code parameters} (or with {@code null})
   * it takes none, {@code () => any}; with an object of no properties it takes an empty one, {@code
   * (_: {\n}) => any}, as harmony writes it.
   */
  public static String function(JsonNode tool) {
    JsonNode function = functionOf(tool);
    StringBuilder out = new StringBuilder();
    JsonNode description = function.get("description");
    if (description != null && description.isString()) {
      for (String line : lines(description.stringValue())) {
        out.append("// ").append(line).append('\n');
      }
    }
    JsonNode name = function.get("name");
    if (name == null || !name.isString()) {
      throw new IllegalArgumentException("an OpenAI function has a name: " + Json.compact(tool));
    }
    out.append("type ").append(name.stringValue()).append(" = ");
    JsonNode parameters = function.get("parameters");
    if (parameters == null || parameters.isNull()) {
      out.append("() => any;\n");
    } else {
      String type = HarmonyTypeScript.of(HarmonySchemaRewriter.rewrite(parameters), "");
      out.append("(_: ").append(type).append(") => any;\n");
    }
    return out.append('\n').toString();
  }

  /**
   * The function object of an OpenAI tool: a Chat Completions tool's {@code function}, or the
   * Responses tool itself, whose name, description and parameters sit at the top (as they do in a
   * bare function definition, such as a BFCL entry's).
   */
  public static JsonNode functionOf(JsonNode tool) {
    JsonNode function = tool.get("function");
    return function != null && function.isObject() ? function : tool;
  }

  /**
   * Lines as Rust's {@code str::lines} gives them: split at {@code \n}, a {@code \r} before it
   * dropped, no empty last line for a final newline, none at all for an empty text.
   */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      int next = end < 0 ? text.length() : end + 1;
      String line = text.substring(start, end < 0 ? text.length() : end);
      if (end >= 0 && line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      lines.add(line);
      start = next;
    }
    return lines;
  }
}
