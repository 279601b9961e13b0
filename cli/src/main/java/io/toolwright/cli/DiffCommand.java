package io.toolwright.cli;

import io.toolwright.contract.Change;
import io.toolwright.contract.ContractComparator;
import io.toolwright.contract.ContractDiff;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code diff <old> <new>}: the comparison {@code toolwright:check} runs (docs/contract.md), with
 * {@code <old>} in the place of the lock. Exit code 0 when nothing breaks, 1 when something does.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Compares two versions' tools; exit code 0 compatible, 1 breaking, 2 usage error.")
final class DiffCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<old>",
      description = "the version clients use: a jar, a bundle, a class directory or a toolwright.lock.json")
  Path oldSource;

  @Parameters(index = "1", paramLabel = "<new>", description = "the version to compare with it")
  Path newSource;

  @Override
  public Integer call() {
    ToolSource newer = ToolSource.read(newSource);
    // The new version's @RetiredTool declarations name the replacement of a tool it removed.
    ContractDiff diff = ContractComparator.compare(ToolSource.read(oldSource).tools(), newer.tools(), newer.retired());
    PrintWriter out = spec.commandLine().getOut();
    for (Change change : diff.changes()) {
      out.println(change.verdict() + " " + change.message());
    }
    int breaking = diff.breaking().size();
    int compatible = diff.compatible().size();
    if (diff.isBreaking()) {
      out.println("verdict: BREAKING (" + breaking + " breaking, " + compatible + " compatible)");
    } else {
      out.println("verdict: COMPATIBLE (" + (compatible == 0 ? "no changes" : compatible + " compatible") + ")");
    }
    out.flush();
    return diff.isBreaking() ? ToolwrightCli.BREAKING : 0;
  }
}
