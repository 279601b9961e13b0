package io.toolwright.cli;

import io.toolwright.contract.PrettyJson;
import io.toolwright.contract.ToolContract;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code show <source> <tool> [--dialect <key>]}: what a provider is sent for the tool, as the
 * processor rendered it; without {@code --dialect}, the canonical parameter schema and the dialects
 * it was rendered in.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Prints a tool as one dialect renders it, or its canonical schema without --dialect.")
final class ShowCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<source>", description = "a jar, a tool-schemas bundle or a class directory")
  Path source;

  @Parameters(index = "1", paramLabel = "<tool>", description = "the tool's name")
  String toolName;

  @Option(names = "--dialect", paramLabel = "<key>", description = "a dialect key, e.g. openai-chat, anthropic, mcp")
  String dialect;

  @Override
  public void run() {
    ToolContract tool = ToolSource.read(source).tool(toolName);
    PrintWriter out = spec.commandLine().getOut();
    if (dialect == null) {
      out.print(PrettyJson.write(tool.schema()));
      out.println("dialects: " + (tool.renderings().isEmpty() ? "none rendered"
          : String.join(", ", new java.util.TreeSet<>(tool.renderings().keySet()))));
    } else {
      Dialects.known(dialect, new java.util.TreeSet<>(tool.renderings().keySet()), "rendered " + toolName + " in");
      out.print(PrettyJson.write(tool.renderings().get(dialect)));
    }
    out.flush();
  }
}
