package io.toolwright.cli;

import io.toolwright.contract.ToolContract;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code list <source>}: one line per tool with its effect, idempotency, tokens and class. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "Lists the tools with their effect, idempotency, tokens in one dialect and class.")
final class ListCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<source>", description = "a jar, a tool-schemas bundle or a class directory")
  Path source;

  @Option(names = "--dialect", paramLabel = "<key>",
      description = "the dialect whose token count is shown (default: openai-chat, else the first counted)")
  String dialect;

  @Override
  public void run() {
    ToolSource tools = ToolSource.read(source);
    String counted = Dialects.forTokens(tools, dialect);
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("TOOL", "EFFECT", "IDEMPOTENT", counted == null ? "TOKENS" : "TOKENS(" + counted + ")", "CLASS"));
    for (ToolContract tool : tools.tools().values()) {
      Integer tokens = counted == null ? null : tools.tokens().getOrDefault(tool.name(), Map.of()).get(counted);
      rows.add(List.of(tool.name(), tool.effect().name(), String.valueOf(tool.effectivelyIdempotent()),
          tokens == null ? "-" : tokens.toString(), tool.className()));
    }
    PrintWriter out = spec.commandLine().getOut();
    Table.print(out, rows);
    out.flush();
  }
}
