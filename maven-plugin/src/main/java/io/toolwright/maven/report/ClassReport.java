package io.toolwright.maven.report;

import io.toolwright.contract.ContractFormatException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One class's build report, as the processor writes it (processor/README.md, "Token budget and
 * build report"): the {@code report} member of {@code META-INF/toolwright/<class>.json}, or in a jar
 * built before it moved there, {@code META-INF/toolwright-report/<class>.json}.
 *
 * @param className the class with the tools
 * @param source where it was read: the project itself, or a dependency's coordinates
 * @param dialects the dialects counted, in the processor's order
 * @param toolTokens per dialect, the class's tools together (for OpenAI their namespace text)
 * @param oncePerRequest per dialect, what a request pays once for having tools (Anthropic's prompt)
 * @param tools the tool names, in declaration order
 * @param findings how many lint findings the processor printed for the class
 * @param toolWords per tool, what {@code tools-alike} compares; empty from a processor that wrote
 *     none (before 0.1.0's {@code alike})
 */
public record ClassReport(
    String className,
    String source,
    List<String> dialects,
    Map<String, Integer> toolTokens,
    Map<String, Integer> oncePerRequest,
    List<String> tools,
    int findings,
    List<ToolWords> toolWords) {

  public ClassReport {
    dialects = List.copyOf(dialects);
    toolWords = List.copyOf(toolWords);
    toolTokens = Map.copyOf(toolTokens);
    oncePerRequest = Map.copyOf(oncePerRequest);
    tools = List.copyOf(tools);
  }

  public ClassReport(String className, String source, List<String> dialects,
      Map<String, Integer> toolTokens, Map<String, Integer> oncePerRequest, List<String> tools,
      int findings) {
    this(className, source, dialects, toolTokens, oncePerRequest, tools, findings, List.of());
  }

  static ClassReport read(JsonNode report, String source, String where) {
    JsonNode className = report.get("class");
    JsonNode totals = report.get("totals");
    if (className == null || !className.isString() || totals == null || !totals.isObject()) {
      throw new ContractFormatException(where + ": not a Toolwright build report (no \"class\" or \"totals\")");
    }
    List<String> dialects = new ArrayList<>();
    report.path("dialects").forEach(d -> dialects.add(d.asString()));
    Map<String, Integer> toolTokens = new LinkedHashMap<>();
    Map<String, Integer> once = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> total : totals.properties()) {
      toolTokens.put(total.getKey(), total.getValue().path("tools").asInt(0));
      once.put(total.getKey(), total.getValue().path("oncePerRequest").asInt(0));
      if (!dialects.contains(total.getKey())) {
        dialects.add(total.getKey());
      }
    }
    List<String> tools = new ArrayList<>();
    List<ToolWords> words = new ArrayList<>();
    for (JsonNode tool : report.path("tools")) {
      String name = tool.path("name").asString("");
      tools.add(name);
      JsonNode alike = tool.get("alike");
      if (alike != null && alike.isObject()) {
        words.add(toolWords(name, alike));
      }
    }
    return new ClassReport(className.stringValue(), source, dialects, toolTokens, once, tools,
        report.path("findings").size(), words);
  }

  private static ToolWords toolWords(String name, JsonNode alike) {
    List<String> nameWords = new ArrayList<>();
    alike.path("nameWords").forEach(w -> nameWords.add(w.asString()));
    Map<String, String> descriptionWords = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> word : alike.path("descriptionWords").properties()) {
      descriptionWords.put(word.getKey(), word.getValue().asString());
    }
    return new ToolWords(name, nameWords, alike.path("mcpName").asString(name), descriptionWords);
  }
}
