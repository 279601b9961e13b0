package io.toolwright.maven.report;

import io.toolwright.contract.ResourceFiles;
import io.toolwright.contract.ToolContract;
import io.toolwright.contract.ToolResources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The whole build's tools and what they cost: the per-class reports the processor writes added up
 * per dialect, and the tool names two classes share.
 *
 * <p>A request that carries all the build's tools pays, per dialect, every class's tool tokens plus
 * once the largest once-per-request cost (Anthropic's tool-use prompt), not once per class. For
 * OpenAI each class's figure is its own namespace text, header and footer included, so the sum is a
 * few tokens above one namespace of all the tools (the sample app: 936 against 910).
 */
public final class BuildSummary {
  private final List<ClassReport> classes;
  private final Map<String, List<String>> classesByTool;

  private BuildSummary(List<ClassReport> classes, Map<String, List<String>> classesByTool) {
    this.classes = List.copyOf(classes);
    this.classesByTool = classesByTool;
  }

  /** A builder that reads roots one by one: the project's classes, then its dependencies. */
  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder {
    private final List<ClassReport> classes = new ArrayList<>();
    private final Map<String, List<String>> classesByTool = new TreeMap<>();
    private final Set<String> seenClasses = new LinkedHashSet<>();

    /**
     * Adds the tools and reports under {@code root} (a class output directory or a jar).
     *
     * @param source how the table names where they came from
     */
    public Builder add(Path root, String source) {
      for (ToolContract tool : ToolResources.read(root)) {
        owner(tool.name(), tool.className());
      }
      for (Map.Entry<String, JsonNode> file : ResourceFiles.reports(root).entrySet()) {
        add(ClassReport.read(file.getValue(), source,
            source + ": the build report of " + file.getKey()));
      }
      return this;
    }

    /** Adds one class's report; a class already added (from another root) is not counted twice. */
    public Builder add(ClassReport report) {
      if (seenClasses.add(report.className())) {
        classes.add(report);
        report.tools().forEach(tool -> owner(tool, report.className()));
      }
      return this;
    }

    private void owner(String tool, String className) {
      List<String> owners = classesByTool.computeIfAbsent(tool, n -> new ArrayList<>());
      if (!owners.contains(className)) {
        owners.add(className);
      }
    }

    public BuildSummary build() {
      return new BuildSummary(classes, classesByTool);
    }
  }

  public List<ClassReport> classes() {
    return classes;
  }

  public int toolCount() {
    return classes.stream().mapToInt(c -> c.tools().size()).sum();
  }

  /** Every dialect any class was counted in, in the processor's order. */
  public List<String> dialects() {
    Set<String> dialects = new LinkedHashSet<>();
    classes.forEach(c -> dialects.addAll(c.dialects()));
    return List.copyOf(dialects);
  }

  /** Per dialect: the tokens of all the build's tools, plus the once-per-request cost once. */
  public Map<String, Integer> totals() {
    Map<String, Integer> totals = new LinkedHashMap<>();
    for (String dialect : dialects()) {
      totals.put(dialect, toolTokens(dialect) + oncePerRequest(dialect));
    }
    return totals;
  }

  public int toolTokens(String dialect) {
    return classes.stream().mapToInt(c -> c.toolTokens().getOrDefault(dialect, 0)).sum();
  }

  public int oncePerRequest(String dialect) {
    return classes.stream().mapToInt(c -> c.oncePerRequest().getOrDefault(dialect, 0)).max().orElse(0);
  }

  /** The classes without figures in {@code dialect}: their tools were rejected there, or not counted. */
  public List<String> missingFrom(String dialect) {
    return classes.stream().filter(c -> !c.toolTokens().containsKey(dialect)).map(ClassReport::className).toList();
  }

  /** Tool names declared by more than one class, with the classes; a registry holds one of each. */
  public Map<String, List<String>> collisions() {
    Map<String, List<String>> collisions = new TreeMap<>();
    classesByTool.forEach((tool, owners) -> {
      if (owners.size() > 1) {
        collisions.put(tool, List.copyOf(owners));
      }
    });
    return collisions;
  }

  /**
   * Tools of different classes too alike to tell apart, at {@code thresholdPercent}: each pair of
   * classes in the order read, each later tool against each earlier one. Pairs within a class are
   * the processor's ({@code tools-alike}), and not repeated here.
   */
  public List<ToolsAlike.Pair> alike(int thresholdPercent) {
    List<ToolsAlike.Pair> pairs = new ArrayList<>();
    for (int later = 1; later < classes.size(); later++) {
      ClassReport second = classes.get(later);
      for (int earlier = 0; earlier < later; earlier++) {
        ClassReport first = classes.get(earlier);
        for (ToolWords b : second.toolWords()) {
          for (ToolWords a : first.toolWords()) {
            ToolsAlike.Pair pair = ToolsAlike.compare(first.className(), a, second.className(), b, thresholdPercent);
            if (pair != null) {
              pairs.add(pair);
            }
          }
        }
      }
    }
    return pairs;
  }

  /** The dialects among {@code dialects} (all when empty) whose total is over {@code budget}. */
  public Map<String, Integer> overBudget(int budget, List<String> dialects) {
    Map<String, Integer> over = new LinkedHashMap<>();
    totals().forEach((dialect, total) -> {
      if ((dialects.isEmpty() || dialects.contains(dialect)) && total > budget) {
        over.put(dialect, total);
      }
    });
    return over;
  }
}
