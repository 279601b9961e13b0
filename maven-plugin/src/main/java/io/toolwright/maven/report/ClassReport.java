package io.toolwright.maven.report;

import io.toolwright.maven.contract.ContractFormatException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One class's {@code META-INF/toolwright-report/<class>.json}, as the processor writes it
 * (processor/README.md, "Token budget and build report").
 *
 * @param className the class with the tools
 * @param source where it was read: the project itself, or a dependency's coordinates
 * @param dialects the dialects counted, in the processor's order
 * @param toolTokens per dialect, the class's tools together (for OpenAI their namespace text)
 * @param oncePerRequest per dialect, what a request pays once for having tools (Anthropic's prompt)
 * @param tools the tool names, in declaration order
 * @param findings how many lint findings the processor printed for the class
 */
public record ClassReport(
    String className,
    String source,
    List<String> dialects,
    Map<String, Integer> toolTokens,
    Map<String, Integer> oncePerRequest,
    List<String> tools,
    int findings) {

  public ClassReport {
    dialects = List.copyOf(dialects);
    toolTokens = Map.copyOf(toolTokens);
    oncePerRequest = Map.copyOf(oncePerRequest);
    tools = List.copyOf(tools);
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
    report.path("tools").forEach(t -> tools.add(t.path("name").asString("")));
    return new ClassReport(className.stringValue(), source, dialects, toolTokens, once, tools,
        report.path("findings").size());
  }
}
