package io.toolwright.cli;

import io.toolwright.contract.ContractFormatException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar toolwright-cli.jar <command>}: inspects the tools of jars, schema bundles and
 * class directories (README, "Command line").
 *
 * <p>Exit codes: 0 done (for {@code diff}: no breaking change), 1 {@code diff} found a breaking
 * change, 2 a usage error or input that cannot be read (the message says which), 3 an
 * unexpected failure (a bug; the stack trace is printed).
 */
@Command(
    name = "toolwright",
    mixinStandardHelpOptions = true,
    version = "toolwright-cli 0.1.0",
    description = "Inspects the tools of a jar, a tool-schemas bundle or a class directory.",
    subcommands = {ListCommand.class, ShowCommand.class, DiffCommand.class, TokensCommand.class})
public final class ToolwrightCli implements Runnable {
  /** Exit code of a diff with a breaking change. */
  public static final int BREAKING = 1;
  /** Exit code of a usage error or unreadable input; picocli's own for a bad option. */
  public static final int USAGE = CommandLine.ExitCode.USAGE;
  /** Exit code of an unexpected failure inside the tool, with its stack trace. */
  public static final int INTERNAL_ERROR = 3;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with its error handling: what {@link #main} runs and the tests drive. */
  public static CommandLine commandLine() {
    CommandLine line = new CommandLine(new ToolwrightCli());
    line.setExecutionExceptionHandler((e, command, parsed) -> {
      if (e instanceof UsageException || e instanceof ContractFormatException || e instanceof UncheckedIOException) {
        command.getErr().println("toolwright: " + e.getMessage());
        return USAGE;
      }
      // A bug, not a verdict: neither 1 (breaking) nor 2 (the user's mistake).
      e.printStackTrace(command.getErr());
      return INTERNAL_ERROR;
    });
    return line;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: list, show, diff or tokens");
  }
}
