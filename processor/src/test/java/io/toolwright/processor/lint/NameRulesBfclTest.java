package io.toolwright.processor.lint;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import io.toolwright.testkit.bfcl.BfclCorpus;
import io.toolwright.testkit.bfcl.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The precision of {@code tools-alike}, {@code tool-naming} and {@code mcp-name} over BFCL v4's
 * functions, the figures of the processor README's precision table. BFCL offers a model several
 * functions at once in its {@code multiple} and {@code parallel_multiple} questions, and models
 * choose among them well: those tool sets are tools a model can tell apart, so every {@code
 * tools-alike} finding there is one to read sceptically. Across all distinct functions (one "build"),
 * the same function under two names is what the rule should find. Names are taken as the
 * conformance test maps them ({@code .} and other characters outside {@code [a-zA-Z0-9_-]} become
 * {@code _}). Writes every finding to {@code target/bfcl-name-findings.txt}; skipped without the
 * data.
 */
class NameRulesBfclTest {

  private static final int THRESHOLD = LintSettings.defaults().toolsAlikePercent();
  private static final int PREFIX = LintSettings.defaults().mcpPrefix();

  record Function(String bfclName, String name, String description) {}

  @Test
  void findingsOverBfcl() throws IOException {
    Optional<Path> folder = SharedData.folder("bfcl");
    Assumptions.assumeTrue(
        folder.isPresent(),
        "BFCL data absent: no bfcl/ folder in "
            + SharedData.candidates()
            + " (set -D"
            + SharedData.PROPERTY
            + "=<dir holding bfcl/>)");
    BfclCorpus corpus = BfclCorpus.read(folder.get());
    List<String> out = new ArrayList<>();
    Map<String, Integer> counts = new TreeMap<>();

    // tools-alike within the tool sets a model is offered together
    Set<String> pairsSeen = new LinkedHashSet<>();
    Map<String, Function> distinct = new LinkedHashMap<>();
    for (BfclCorpus.Question question : corpus.questions()) {
      List<Function> set = question.functions().stream().map(NameRulesBfclTest::function).toList();
      set.forEach(f -> distinct.putIfAbsent(f.bfclName() + "\n" + f.description(), f));
      for (int j = 1; j < set.size(); j++) {
        for (int i = 0; i < j; i++) {
          Function a = set.get(i);
          Function b = set.get(j);
          String key = pair(a, b);
          if (!pairsSeen.add(key)) {
            continue;
          }
          ToolsAlikeRule.Alike alike =
              ToolsAlikeRule.compare(a.name(), a.description(), b.name(), b.description(), THRESHOLD);
          if (alike != null) {
            counts.merge("tools-alike in tool sets", 1, Integer::sum);
            out.add("tools-alike (set " + question.id() + ") " + describe(a, b, alike));
          }
          if (!a.name().equals(b.name())
              && McpNameRule.normalized(a.name()).equals(McpNameRule.normalized(b.name()))) {
            counts.merge("mcp-name collisions in tool sets", 1, Integer::sum);
            out.add("mcp-name collision (set " + question.id() + ") " + a.name() + " / " + b.name());
          }
        }
      }
    }
    counts.put("tool-set pairs", pairsSeen.size());

    // tools-alike across all distinct functions, as if one build held them all
    List<Function> all = new ArrayList<>(distinct.values());
    for (int j = 1; j < all.size(); j++) {
      for (int i = 0; i < j; i++) {
        Function a = all.get(i);
        Function b = all.get(j);
        ToolsAlikeRule.Alike alike =
            ToolsAlikeRule.compare(a.name(), a.description(), b.name(), b.description(), THRESHOLD);
        if (alike != null) {
          counts.merge(
              alike.byName() ? "tools-alike across all, by name" : "tools-alike across all",
              1,
              Integer::sum);
          out.add("tools-alike (all) " + describe(a, b, alike));
        }
      }
    }
    counts.put("distinct functions", all.size());

    // tool-naming and mcp-name length, per distinct name
    Map<String, String> names = new TreeMap<>();
    all.forEach(f -> names.put(f.name(), f.bfclName()));
    for (Map.Entry<String, String> entry : names.entrySet()) {
      String name = entry.getKey();
      String finding = null;
      if (name.length() < ToolNamingRule.MIN_LENGTH) {
        finding = "tool-naming short";
      } else if (ToolNamingRule.generic(name) != null) {
        finding = "tool-naming generic";
      } else if (ToolNamingRule.mixed(name) != null) {
        // BFCL's own name, with its dots as separators of no convention, mixes too?
        boolean own = ToolNamingRule.mixed(entry.getValue().replace('.', 'X')) != null;
        finding = own ? "tool-naming mixed, in BFCL's name" : "tool-naming mixed, from the mapping";
      }
      if (finding != null) {
        counts.merge(finding, 1, Integer::sum);
        out.add(finding + ": " + name + " (BFCL " + entry.getValue() + ")");
      }
      if (name.length() + PREFIX > McpNameRule.LIMIT) {
        counts.merge("mcp-name length", 1, Integer::sum);
        out.add("mcp-name length " + name.length() + ": " + name);
      }
    }
    counts.put("distinct names", names.size());

    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/bfcl-name-findings.txt"), out);
    counts.forEach((what, n) -> System.out.printf(Locale.ROOT, "  %-40s %5d%n", what, n));

    // The same function under two names is found...
    assertThat(out)
        .anyMatch(line -> line.startsWith("tools-alike (all)") && line.contains("circle_area ")
            && line.contains("geometry_area_circle"));
    // ...tools BFCL offers together, which name what sets them apart, are not...
    assertThat(out).noneMatch(line -> line.contains("store_find_nearby"));
    // ...and the tool sets models tell apart stay nearly free of findings.
    assertThat(counts.getOrDefault("tools-alike in tool sets", 0)).isLessThanOrEqualTo(5);
  }

  private static Function function(JsonNode declaration) {
    String bfclName = declaration.path("name").asString();
    return new Function(
        bfclName,
        bfclName.replaceAll("[^a-zA-Z0-9_-]", "_"),
        declaration.path("description").asString(""));
  }

  private static String pair(Function a, Function b) {
    String x = a.bfclName() + "\n" + a.description();
    String y = b.bfclName() + "\n" + b.description();
    return x.compareTo(y) < 0 ? x + "\n\n" + y : y + "\n\n" + x;
  }

  private static String describe(Function a, Function b, ToolsAlikeRule.Alike alike) {
    return alike.byName()
        ? "names " + a.name() + " / " + b.name()
        : String.format(
            Locale.ROOT,
            "%.2f %s \"%s\" / %s \"%s\"",
            alike.similarity(),
            a.name(),
            a.description(),
            b.name(),
            b.description());
  }
}
