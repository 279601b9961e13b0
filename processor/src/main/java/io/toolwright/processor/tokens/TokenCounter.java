package io.toolwright.processor.tokens;

import io.toolwright.Dialect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Prompt tokens of rendered tools, counted with OpenAI's {@code o200k_base} on the form each
 * provider's model reads, as a pure function of the rendered JSON (one element of a request's tools
 * array per tool, as {@code Rendering.json()} holds it):
 *
 * <ul>
 *   <li><b>OpenAI</b>, Chat Completions and Responses, strict or not: the text of {@link
 *       HarmonyToolsText}, the TypeScript-like {@code functions} namespace (strictness changes how
 *       the model is sampled, not what it reads).
 *   <li><b>Anthropic</b>: the tool's compact JSON, since Claude reads tools as JSON inside its
 *       tool-use system prompt, plus that prompt once per request ({@link
 *       #ANTHROPIC_TOOL_SYSTEM_PROMPT}). Claude's tokenizer is not public: {@code o200k_base} is an
 *       approximation, good for comparing tools and budgets, not for billing.
 *   <li><b>Gemini</b> and <b>MCP</b>: the compact JSON, an approximation too (Gemini's tokenizer is
 *       not {@code o200k_base}; an MCP client hands the tools on in its own provider's form).
 * </ul>
 *
 * <p>Whitespace in the given JSON does not count: it is parsed and written compactly first.
 */
public final class TokenCounter {

  /**
   * Anthropic's tool-use system prompt with {@code tool_choice} {@code auto} or {@code none}, on
   * every model from Claude 3.7 Sonnet and Haiku 4.5 to Opus 4.5 (313 with {@code any} or {@code
   * tool}), from Anthropic's tool-use pricing table. Paid once per request that has any tool.
   */
  public static final int ANTHROPIC_TOOL_SYSTEM_PROMPT = 346;

  private TokenCounter() {}

  /**
   * The tokens of these tools in the dialect with this key ({@code openai-chat-strict}, {@code
   * anthropic}, ...; see {@link Dialect#key()}).
   *
   * @throws IllegalArgumentException for an unknown key or text that is not JSON
   */
  public static TokenCount count(String dialectKey, List<String> toolJsons) {
    return count(Dialect.forKey(dialectKey), toolJsons);
  }

  /** The tokens of these tools, each rendered in {@code dialect}. */
  public static TokenCount count(Dialect dialect, List<String> toolJsons) {
    return count(dialect, toolJsons, new HashMap<>());
  }

  /**
   * The same, with the tokens of texts counted before: several dialects read the same text (Chat
   * Completions and Responses give one harmony text, most dialects one compact JSON), and encoding
   * is most of what counting costs a build.
   *
   * @param counted text → its tokens, read and added to
   */
  static TokenCount count(Dialect dialect, List<String> toolJsons, Map<String, Integer> counted) {
    List<JsonNode> tools = parse(toolJsons);
    switch (dialect) {
      case OPENAI_CHAT:
      case OPENAI_CHAT_STRICT:
      case OPENAI_RESPONSES:
      case OPENAI_RESPONSES_STRICT:
        return openAi(tools, counted);
      case ANTHROPIC:
      case ANTHROPIC_STRICT:
        return compactJson(tools, ANTHROPIC_TOOL_SYSTEM_PROMPT, counted);
      default:
        return compactJson(tools, 0, counted);
    }
  }

  /**
   * The tokens of one tool in {@code dialect}: its entry in {@link TokenCount#perTool()}, for a
   * per-tool budget.
   */
  public static int countTool(Dialect dialect, String toolJson) {
    return count(dialect, List.of(toolJson)).perTool().get(0);
  }

  /**
   * OpenAI function definitions from any source, counted as an OpenAI model reads them: Chat
   * Completions tools, Responses tools, or bare {@code {"name","description","parameters"}}
   * objects. For comparing another set's definitions (a benchmark's, a peer library's) with ours in
   * the same form.
   */
  public static TokenCount countOpenAiFunctions(List<String> functionJsons) {
    return openAi(parse(functionJsons), new HashMap<>());
  }

  private static TokenCount openAi(List<JsonNode> tools, Map<String, Integer> counted) {
    List<String> functions = new ArrayList<>();
    List<Integer> perTool = new ArrayList<>();
    for (JsonNode tool : tools) {
      String function = HarmonyToolsText.function(tool);
      functions.add(function);
      perTool.add(count(function, counted));
    }
    return new TokenCount(perTool, count(HarmonyToolsText.namespaceOf(functions), counted), 0);
  }

  private static int count(String text, Map<String, Integer> counted) {
    return counted.computeIfAbsent(text, O200k::count);
  }

  private static TokenCount compactJson(
      List<JsonNode> tools, int overheadWithTools, Map<String, Integer> counted) {
    if (tools.isEmpty()) {
      return TokenCount.none();
    }
    List<Integer> perTool = new ArrayList<>();
    int total = 0;
    for (JsonNode tool : tools) {
      int tokens = count(Json.compact(tool), counted);
      perTool.add(tokens);
      total += tokens;
    }
    return new TokenCount(perTool, total, overheadWithTools);
  }

  private static List<JsonNode> parse(List<String> toolJsons) {
    List<JsonNode> tools = new ArrayList<>();
    for (String json : toolJsons) {
      JsonNode tool = Json.parse(json);
      if (!tool.isObject()) {
        throw new IllegalArgumentException("a rendered tool is a JSON object, not: " + json);
      }
      tools.add(tool);
    }
    return tools;
  }
}
