package io.toolwright.cli;

import io.toolwright.contract.ContractFormatException;
import io.toolwright.contract.LockFile;
import io.toolwright.contract.ResourceFiles;
import io.toolwright.contract.Retirement;
import io.toolwright.contract.ToolContract;
import io.toolwright.contract.ToolResources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The tools of one thing the user names: a jar, a schema bundle (classifier {@code tool-schemas}), a
 * class output directory, or, for {@code diff}, a {@code toolwright.lock.json}.
 *
 * <p>Jars, bundles and directories all hold the processor's {@code META-INF/toolwright/*.json}
 * (a bundle copies them in), so one reader serves the three; token counts come from the classes'
 * build reports ({@link ResourceFiles#reports}), when the build counted tokens.
 *
 * @param path what the user named
 * @param tools the tools keyed by name, in name order
 * @param tokens per tool, its tokens per dialect in the report's dialect order; a tool whose build
 *     counted no tokens is absent
 * @param retired the {@code @RetiredTool} declarations by retired name; none in a lock file
 */
record ToolSource(
    Path path,
    Map<String, ToolContract> tools,
    Map<String, Map<String, Integer>> tokens,
    Map<String, Retirement> retired) {

  static ToolSource read(Path path) {
    if (!Files.exists(path)) {
      throw new ContractFormatException(path + ": no such file or directory");
    }
    if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".json")) {
      return new ToolSource(path, LockFile.read(path), Map.of(), Map.of());
    }
    Map<String, ToolContract> tools = ToolResources.byName(ToolResources.read(path));
    if (tools.isEmpty()) {
      throw new ContractFormatException(path + ": no tools found (no " + ResourceFiles.TOOLS_FOLDER
          + "/*.json in it); expected a jar, a tool-schemas bundle or a class output directory"
          + " built with the Toolwright processor");
    }
    return new ToolSource(path, tools, tokens(path), ToolResources.retirements(path));
  }

  private static Map<String, Map<String, Integer>> tokens(Path path) {
    Map<String, Map<String, Integer>> tokens = new TreeMap<>();
    for (JsonNode report : ResourceFiles.reports(path).values()) {
      for (JsonNode tool : report.path("tools")) {
        Map<String, Integer> perDialect = new LinkedHashMap<>();
        tool.path("tokens").properties().forEach(e -> perDialect.put(e.getKey(), e.getValue().asInt()));
        if (!perDialect.isEmpty()) {
          tokens.put(tool.path("name").asString(""), perDialect);
        }
      }
    }
    return tokens;
  }

  /** The tool of that name, or a usage error listing the names there are. */
  ToolContract tool(String name) {
    ToolContract tool = tools.get(name);
    if (tool == null) {
      throw new UsageException("no tool \"" + name + "\" in " + path + "; its tools: "
          + String.join(", ", tools.keySet()));
    }
    return tool;
  }

  /** Every dialect a token count exists for, in the order the first report lists them. */
  List<String> countedDialects() {
    return tokens.values().stream().flatMap(m -> m.keySet().stream()).distinct().toList();
  }
}
