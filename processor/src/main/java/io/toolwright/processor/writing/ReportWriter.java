package io.toolwright.processor.writing;

import io.toolwright.Dialect;
import io.toolwright.processor.diagnostics.Severity;
import io.toolwright.processor.lint.AlikeWords;
import io.toolwright.processor.model.ToolMethod;
import io.toolwright.processor.model.ToolClass;
import io.toolwright.processor.tokens.ClassTokens;
import io.toolwright.processor.tokens.TokenCount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The build report of a class, the {@code report} member of its {@code
 * META-INF/toolwright/<class>.json} ({@link ResourceWriter}), and its one-line summary. Earlier
 * builds wrote it to a file of its own, {@code META-INF/toolwright-report/<class>.json}, which the
 * report's readers still read in jars built then. In the class's resource it costs no Filer
 * resource of its own: javac's Filer checks each new file against every file created before it
 * (quadratic in the number of files), and each resource is one more file to open and write.
 *
 * <p>The report holds, per tool and dialect, the tokens {@link ClassTokens} counted; per dialect
 * the class's total and what a request pays once for tools; and the lint findings this build
 * printed for the class, with the severity they were printed with. Per tool, under {@code alike},
 * the words {@code tools-alike} compares ({@link AlikeWords}), for {@code toolwright:report} to
 * compare tools of different classes.
 */
public final class ReportWriter {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** A finding as printed: rule, severity after options, where, and the whole message. */
  public record Finding(String rule, Severity severity, Element element, String message) {}

  private ReportWriter() {}

  /**
   * Where a user finds the report, for the {@code report} note: the member of the class's
   * resource.
   */
  public static String location(ToolClass toolClass) {
    return ResourceWriter.path(toolClass) + ", under \"report\"";
  }

  /**
   * The report, as the object {@link ResourceWriter} puts under {@code report}.
   *
   * @param dialects the dialects the build targets ({@code -Atoolwright.dialects})
   */
  public static ObjectNode json(
      ToolClass toolClass, ClassTokens tokens, Set<Dialect> dialects, List<Finding> findings) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("class", toolClass.qualifiedName());
    root.put("tokenizer", "o200k_base");
    ArrayNode targeted = root.putArray("dialects");
    dialects.forEach(dialect -> targeted.add(dialect.key()));
    ObjectNode totals = root.putObject("totals");
    for (Map.Entry<Dialect, TokenCount> entry : tokens.byDialect().entrySet()) {
      ObjectNode total = totals.putObject(entry.getKey().key());
      total.put("tools", entry.getValue().total());
      total.put("oncePerRequest", entry.getValue().fixedOverhead());
    }
    ArrayNode tools = root.putArray("tools");
    Map<String, ToolMethod> byName = new LinkedHashMap<>();
    toolClass.tools().forEach(tool -> byName.putIfAbsent(tool.name(), tool));
    for (Map.Entry<String, Map<Dialect, Integer>> tool : tokens.byTool().entrySet()) {
      ObjectNode entry = tools.addObject();
      entry.put("name", tool.getKey());
      ObjectNode perDialect = entry.putObject("tokens");
      tool.getValue().forEach((dialect, count) -> perDialect.put(dialect.key(), count));
      ToolMethod method = byName.get(tool.getKey());
      if (method != null) {
        alike(entry.putObject("alike"), method);
      }
    }
    ArrayNode lint = root.putArray("findings");
    for (Finding finding : findings) {
      ObjectNode item = lint.addObject();
      item.put("rule", finding.rule());
      item.put("severity", finding.severity().optionValue());
      item.put("element", describe(finding.element()));
      item.put("message", finding.message());
    }
    return root;
  }

  /**
   * What {@code tools-alike} compares, so that {@code toolwright:report} compares the tools of
   * different classes the way the processor compares those of one class.
   */
  private static void alike(ObjectNode alike, ToolMethod tool) {
    ArrayNode nameWords = alike.putArray("nameWords");
    AlikeWords.name(tool.name()).forEach(nameWords::add);
    alike.put("mcpName", AlikeWords.mcpName(tool.name()));
    ObjectNode descriptionWords = alike.putObject("descriptionWords");
    AlikeWords.description(tool.description()).forEach(descriptionWords::put);
  }

  /**
   * {@code 3 tools, openai-chat/openai-responses 488 tokens, anthropic 650 (+346 once), ...}: the
   * class's tools in each targeted dialect, in the order of {@link Dialect}; dialects with equal
   * figures share one entry, so that the line stays short under {@code -Atoolwright.dialects=all}.
   */
  public static String summary(ToolClass toolClass, ClassTokens tokens, Set<Dialect> dialects) {
    int size = toolClass.tools().size();
    Map<TokenCount, List<String>> byFigures = new LinkedHashMap<>();
    for (Dialect dialect : dialects) {
      TokenCount count = tokens.byDialect().get(dialect);
      TokenCount figures = new TokenCount(List.of(), count.total(), count.fixedOverhead());
      byFigures.computeIfAbsent(figures, k -> new ArrayList<>()).add(dialect.key());
    }
    List<String> parts = new ArrayList<>();
    parts.add(size + (size == 1 ? " tool" : " tools"));
    for (Map.Entry<TokenCount, List<String>> entry : byFigures.entrySet()) {
      TokenCount figures = entry.getKey();
      String part =
          String.join("/", entry.getValue())
              + " "
              + figures.total()
              + (parts.size() == 1 ? " tokens" : "");
      if (figures.fixedOverhead() > 0) {
        part += " (+" + figures.fixedOverhead() + " once)";
      }
      parts.add(part);
    }
    if (dialects.isEmpty()) {
      parts.add("no dialect targeted (-Atoolwright.dialects=none)");
    }
    return String.join(", ", parts);
  }

  /**
   * {@code p.Shop}, {@code p.Shop.order}, {@code p.Shop.order(id)}, {@code p.Shop.Line.quantity}.
   */
  private static String describe(Element element) {
    if (element == null) {
      return "";
    }
    if (element instanceof TypeElement type) {
      return type.getQualifiedName().toString();
    }
    Element owner = element.getEnclosingElement();
    if (element.getKind() == ElementKind.PARAMETER) {
      return describe(owner) + "(" + element.getSimpleName() + ")";
    }
    return describe(owner) + "." + element.getSimpleName();
  }
}
