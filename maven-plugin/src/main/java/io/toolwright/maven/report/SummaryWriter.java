package io.toolwright.maven.report;

import io.toolwright.contract.PrettyJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Renders a {@link BuildSummary} as the log table, as JSON and as Markdown. */
public final class SummaryWriter {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private SummaryWriter() {}

  /** One line a class and a total line, one column a dialect; for the Maven log. */
  public static List<String> table(BuildSummary summary) {
    List<String> dialects = summary.dialects();
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("class", "tools"));
    header.addAll(dialects);
    rows.add(header);
    for (ClassReport report : summary.classes()) {
      List<String> row = new ArrayList<>(List.of(simpleName(report.className()), String.valueOf(report.tools().size())));
      dialects.forEach(d -> row.add(report.toolTokens().containsKey(d) ? String.valueOf(report.toolTokens().get(d)) : "-"));
      rows.add(row);
    }
    List<String> once = new ArrayList<>(List.of("once per request", ""));
    dialects.forEach(d -> once.add(String.valueOf(summary.oncePerRequest(d))));
    rows.add(once);
    List<String> total = new ArrayList<>(List.of("total", String.valueOf(summary.toolCount())));
    dialects.forEach(d -> total.add(String.valueOf(summary.totals().get(d))));
    rows.add(total);

    int[] widths = new int[header.size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    List<String> lines = new ArrayList<>();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        line.append(i == 0 ? pad(cell, widths[i]) : "  " + leftPad(cell, widths[i]));
      }
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }

  public static String json(BuildSummary summary, int totalBudget) {
    return json(summary, totalBudget, List.of());
  }

  /** With {@code alike}, the tools of different classes too alike to tell apart, as reported. */
  public static String json(BuildSummary summary, int totalBudget, List<ToolsAlike.Pair> alike) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("tokenizer", "o200k_base");
    root.put("tools", summary.toolCount());
    ArrayNode dialects = root.putArray("dialects");
    summary.dialects().forEach(dialects::add);
    ObjectNode totals = root.putObject("totals");
    for (String dialect : summary.dialects()) {
      ObjectNode total = totals.putObject(dialect);
      total.put("tools", summary.toolTokens(dialect));
      total.put("oncePerRequest", summary.oncePerRequest(dialect));
      total.put("total", summary.totals().get(dialect));
      ArrayNode missing = MAPPER.createArrayNode();
      summary.missingFrom(dialect).forEach(missing::add);
      if (!missing.isEmpty()) {
        total.set("classesNotCounted", missing);
      }
    }
    ArrayNode classes = root.putArray("classes");
    for (ClassReport report : summary.classes()) {
      ObjectNode entry = classes.addObject();
      entry.put("class", report.className());
      entry.put("source", report.source());
      ArrayNode tools = entry.putArray("tools");
      report.tools().forEach(tools::add);
      entry.put("findings", report.findings());
      ObjectNode tokens = entry.putObject("tokens");
      report.toolTokens().entrySet().stream()
          .sorted(Map.Entry.comparingByKey((a, b) -> summary.dialects().indexOf(a) - summary.dialects().indexOf(b)))
          .forEach(e -> tokens.put(e.getKey(), e.getValue()));
    }
    ObjectNode collisions = root.putObject("collisions");
    summary.collisions().forEach((tool, owners) -> {
      ArrayNode list = collisions.putArray(tool);
      owners.forEach(list::add);
    });
    if (!alike.isEmpty()) {
      ArrayNode pairs = root.putArray("toolsAlike");
      for (ToolsAlike.Pair pair : alike) {
        ObjectNode entry = pairs.addObject();
        entry.put("tool", pair.second().name());
        entry.put("class", pair.secondClass());
        entry.put("alikeTool", pair.first().name());
        entry.put("alikeClass", pair.firstClass());
        if (pair.byName()) {
          entry.put("by", "name");
        } else {
          entry.put("by", "description");
          entry.put("similarity", Double.parseDouble(ToolsAlike.format(pair.similarity())));
        }
      }
    }
    if (totalBudget > 0) {
      ObjectNode budget = root.putObject("budget");
      budget.put("total", totalBudget);
      ObjectNode over = budget.putObject("over");
      summary.overBudget(totalBudget, List.of()).forEach(over::put);
    }
    return PrettyJson.write(root);
  }

  public static String markdown(BuildSummary summary, int totalBudget) {
    return markdown(summary, totalBudget, List.of());
  }

  /** With {@code alike}, the tools of different classes too alike to tell apart, as reported. */
  public static String markdown(BuildSummary summary, int totalBudget, List<ToolsAlike.Pair> alike) {
    StringBuilder md = new StringBuilder("# Toolwright build report\n\n");
    md.append(summary.toolCount()).append(" tools in ").append(summary.classes().size())
        .append(" classes; prompt tokens per request that carries them all (o200k_base).\n\n");
    List<String> dialects = summary.dialects();
    md.append("| class | tools | ").append(String.join(" | ", dialects)).append(" |\n");
    md.append("|---|---:|").append("---:|".repeat(dialects.size())).append('\n');
    for (ClassReport report : summary.classes()) {
      md.append("| `").append(report.className()).append("` | ").append(report.tools().size());
      dialects.forEach(d -> md.append(" | ").append(report.toolTokens().containsKey(d) ? report.toolTokens().get(d) : "-"));
      md.append(" |\n");
    }
    md.append("| once per request | ");
    dialects.forEach(d -> md.append(" | ").append(summary.oncePerRequest(d)));
    md.append(" |\n| **total** | ").append(summary.toolCount());
    dialects.forEach(d -> md.append(" | **").append(summary.totals().get(d)).append("**"));
    md.append(" |\n");
    if (!summary.collisions().isEmpty()) {
      md.append("\n## Name collisions\n\n");
      summary.collisions().forEach((tool, owners) ->
          md.append("- `").append(tool).append("`: ").append(String.join(", ", owners)).append('\n'));
    }
    if (!alike.isEmpty()) {
      md.append("\n## Tools too alike to tell apart\n\n");
      alike.forEach(pair -> md.append("- `").append(pair.second().name()).append("` (").append(pair.secondClass())
          .append(") and `").append(pair.first().name()).append("` (").append(pair.firstClass()).append("): ")
          .append(pair.byName() ? "same name words" : "descriptions " + ToolsAlike.format(pair.similarity()))
          .append('\n'));
    }
    if (totalBudget > 0) {
      md.append("\nTotal budget: ").append(totalBudget).append(" tokens");
      Map<String, Integer> over = summary.overBudget(totalBudget, List.of());
      md.append(over.isEmpty() ? ", kept in every dialect.\n" : "; over it: " + over + ".\n");
    }
    return md.toString();
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }

  private static String leftPad(String text, int width) {
    return " ".repeat(width - text.length()) + text;
  }
}
