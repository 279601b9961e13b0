package io.toolwright.benchmarks;

import io.toolwright.Dialect;
import io.toolwright.benchmarks.ToolResources.Resource;
import io.toolwright.processor.tokens.CookbookEstimate;
import io.toolwright.processor.tokens.TokenCount;
import io.toolwright.processor.tokens.TokenCounter;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the tools cost in prompt tokens, per dialect, counted by the processor's {@link
 * TokenCounter} on the renderings the build wrote: every {@code META-INF/toolwright/*.json}
 * resource's {@code tools[i].renderings.<dialect key>}. For each class, then for all of them sent
 * in one request: the tools rendered, the tokens of their text in all, the most one tool takes,
 * what a request pays once for having tools (Anthropic's tool-use system prompt), and for OpenAI
 * the cookbook's estimate beside the count of the text.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.toolwright.benchmarks.TokenReport            # the class path's resources
 * java -cp benchmarks/target/benchmarks.jar io.toolwright.benchmarks.TokenReport some.jar classes/
 * </pre>
 *
 * <p>{@link #openAiTokens} and {@link #printComparison} count OpenAI function definitions from any
 * source, for comparing another set's definitions of the same functions (a benchmark's own, such as
 * BFCL's mapped to OpenAI types) with ours.
 */
public final class TokenReport {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private final PrintStream out;

  private TokenReport(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) {
    List<Resource> resources;
    if (args.length == 0) {
      resources = ToolResources.onClassPath();
    } else {
      List<Path> paths = new ArrayList<>();
      for (String arg : args) {
        paths.add(Path.of(arg));
      }
      resources = ToolResources.in(paths);
    }
    report(resources, System.out);
  }

  /** Prints the report for these resources. */
  static void report(List<Resource> resources, PrintStream out) {
    new TokenReport(out).print(resources);
  }

  /**
   * OpenAI function definitions from any source, counted as an OpenAI model reads them: Chat
   * Completions tools, Responses tools or bare {@code {"name","description","parameters"}} objects,
   * with OpenAI's type names ({@code object}, {@code number}, not BFCL's {@code dict}, {@code
   * float}).
   */
  public static TokenCount openAiTokens(List<String> functionJsons) {
    return TokenCounter.countOpenAiFunctions(functionJsons);
  }

  /**
   * Two definitions of the same functions, counted alike, side by side: total, per-tool maximum,
   * and how much more or less the second costs than the first.
   */
  public static void printComparison(
      PrintStream out,
      String firstLabel,
      List<String> first,
      String secondLabel,
      List<String> second) {
    TokenCount a = openAiTokens(first);
    TokenCount b = openAiTokens(second);
    out.println("| OpenAI functions | tools | tokens total | per tool max |");
    out.println("|---|---|---|---|");
    out.printf(
        "| %s | %d | %d | %d |%n", firstLabel, a.perTool().size(), a.total(), a.maxPerTool());
    out.printf(
        "| %s | %d | %d | %d |%n", secondLabel, b.perTool().size(), b.total(), b.maxPerTool());
    out.printf(
        "%s costs %+d tokens (%+.1f%%) against %s.%n",
        secondLabel,
        b.total() - a.total(),
        a.total() == 0 ? 0.0 : 100.0 * (b.total() - a.total()) / a.total(),
        firstLabel);
  }

  private void print(List<Resource> resources) {
    if (resources.isEmpty()) {
      out.println("no " + ToolResources.FOLDER + "*.json resources found");
      return;
    }
    Map<String, List<String>> all = new LinkedHashMap<>();
    Map<String, Integer> allUnrendered = new LinkedHashMap<>();
    int withRenderings = 0;
    for (Resource resource : resources) {
      Renderings renderings = Renderings.of(MAPPER.readTree(resource.text()));
      if (renderings.byDialect().isEmpty()) {
        out.println("no renderings in " + resource.path() + " (in " + resource.origin() + ")");
        continue;
      }
      withRenderings++;
      out.println();
      out.println("## " + renderings.className() + " (" + resource.path() + ")");
      table(renderings.byDialect(), renderings.unrendered());
      renderings
          .byDialect()
          .forEach((k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
      renderings.unrendered().forEach((k, v) -> allUnrendered.merge(k, v, Integer::sum));
    }
    if (withRenderings > 1) {
      out.println();
      out.println("## All " + withRenderings + " classes in one request");
      table(all, allUnrendered);
    }
  }

  private void table(Map<String, List<String>> byDialect, Map<String, Integer> unrendered) {
    out.println(
        "| dialect | tools | tokens total | per tool max | once per request | cookbook estimate |");
    out.println("|---|---|---|---|---|---|");
    for (Map.Entry<String, List<String>> dialect : byDialect.entrySet()) {
      String key = dialect.getKey();
      Dialect known;
      try {
        known = Dialect.forKey(key);
      } catch (IllegalArgumentException e) {
        out.printf("| %s | unknown dialect key, not counted | | | | |%n", key);
        continue;
      }
      TokenCount count = TokenCounter.count(known, dialect.getValue());
      String estimate =
          key.startsWith("openai-")
              ? String.valueOf(CookbookEstimate.tools(parse(dialect.getValue())))
              : "-";
      int missing = unrendered.getOrDefault(key, 0);
      out.printf(
          "| %s | %d%s | %d | %d | %d | %s |%n",
          key,
          count.perTool().size(),
          missing == 0 ? "" : " (" + missing + " rejected)",
          count.total(),
          count.maxPerTool(),
          count.fixedOverhead(),
          estimate);
    }
  }

  private static List<JsonNode> parse(List<String> jsons) {
    return jsons.stream().map(MAPPER::readTree).toList();
  }

  /**
   * A resource's renderings by dialect key, in the order first seen, as compact JSON; and per key
   * how many tools have none (the dialect rejects them) where others do.
   */
  private record Renderings(
      String className, Map<String, List<String>> byDialect, Map<String, Integer> unrendered) {

    static Renderings of(JsonNode resource) {
      Map<String, List<String>> byDialect = new LinkedHashMap<>();
      List<JsonNode> tools = new ArrayList<>();
      resource.path("tools").values().forEach(tools::add);
      for (JsonNode tool : tools) {
        JsonNode renderings = tool.path("renderings");
        for (Map.Entry<String, JsonNode> rendering : renderings.properties()) {
          JsonNode json = rendering.getValue();
          if (json.isString()) {
            json = MAPPER.readTree(json.stringValue());
          }
          List<String> jsons =
              byDialect.computeIfAbsent(rendering.getKey(), k -> new ArrayList<>());
          if (isTool(json)) {
            jsons.add(MAPPER.writeValueAsString(json));
          }
        }
      }
      Map<String, Integer> unrendered = new LinkedHashMap<>();
      byDialect.forEach((key, jsons) -> unrendered.put(key, tools.size() - jsons.size()));
      return new Renderings(resource.path("class").asString(""), byDialect, unrendered);
    }

    /** A rendered tool, rather than a record of why there is none (null, or problems). */
    private static boolean isTool(JsonNode json) {
      return json.isObject() && (json.has("name") || json.has("function"));
    }
  }
}
