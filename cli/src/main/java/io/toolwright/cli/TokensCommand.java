package io.toolwright.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tokens <source>}: a table of each tool's prompt tokens per dialect (o200k_base, as the
 * processor counted them) with a total row; the build must have counted tokens.
 */
@Command(name = "tokens", mixinStandardHelpOptions = true,
    description = "Prints each tool's prompt tokens per dialect, and the totals.")
final class TokensCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<source>", description = "a jar, a tool-schemas bundle or a class directory")
  Path source;

  @Override
  public void run() {
    ToolSource tools = ToolSource.read(source);
    List<String> dialects = tools.countedDialects();
    if (dialects.isEmpty()) {
      throw new UsageException(source + ": no token counts (no build report in"
          + " META-INF/toolwright/*.json); the build did not count tokens");
    }
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("TOOL"));
    header.addAll(dialects);
    rows.add(header);
    long[] totals = new long[dialects.size()];
    for (String name : tools.tools().keySet()) {
      Map<String, Integer> counts = tools.tokens().getOrDefault(name, Map.of());
      List<String> row = new ArrayList<>(List.of(name));
      for (int i = 0; i < dialects.size(); i++) {
        Integer count = counts.get(dialects.get(i));
        row.add(count == null ? "-" : count.toString());
        totals[i] += count == null ? 0 : count;
      }
      rows.add(row);
    }
    List<String> total = new ArrayList<>(List.of("TOTAL"));
    for (long sum : totals) {
      total.add(Long.toString(sum));
    }
    rows.add(total);
    PrintWriter out = spec.commandLine().getOut();
    Table.print(out, rows);
    out.flush();
  }
}
