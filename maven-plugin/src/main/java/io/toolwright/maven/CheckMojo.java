package io.toolwright.maven;

import io.toolwright.contract.Change;
import io.toolwright.contract.ContractComparator;
import io.toolwright.contract.ContractDiff;
import io.toolwright.contract.ContractFormatException;
import io.toolwright.contract.LockFile;
import io.toolwright.contract.ToolContract;
import io.toolwright.contract.ToolResources;
import java.io.File;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build on a breaking change to its tools against the committed lock file: a tool or
 * parameter removed or renamed, a new required parameter, a narrowed type, a tightened constraint,
 * an enum value removed, a more dangerous effect or a lost idempotency. Compatible changes are
 * printed as notes. The table of change kinds is in docs/contract.md.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {
  /** Where the processor wrote {@code META-INF/toolwright/*.json}. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
  private File classesDirectory;

  /** The committed lock; {@code toolwright:lock} writes it. */
  @Parameter(property = "toolwright.lockFile", defaultValue = "${project.basedir}/toolwright.lock.json", required = true)
  private File lockFile;

  /** When false, breaking changes are printed as errors but the build goes on. */
  @Parameter(property = "toolwright.check.failOnBreaking", defaultValue = "true")
  private boolean failOnBreaking;

  @Parameter(property = "toolwright.skip", defaultValue = "false")
  private boolean skip;

  /**
   * When true, writes the lock instead of checking against it, as {@code toolwright:lock} does.
   * For a build that runs the plugin from its own reactor (as this repository's sample app), where
   * a goal named on the command line would run before the plugin is built.
   */
  @Parameter(property = "toolwright.updateLock", defaultValue = "false")
  private boolean updateLock;

  @Override
  public void execute() throws MojoFailureException {
    if (skip) {
      getLog().info("toolwright:check skipped (toolwright.skip)");
      return;
    }
    if (updateLock) {
      LockMojo.writeLock(classesDirectory, lockFile, getLog());
      return;
    }
    try {
      Map<String, ToolContract> built = ToolResources.byName(ToolResources.read(classesDirectory.toPath()));
      if (!lockFile.isFile()) {
        if (built.isEmpty()) {
          getLog().info("No tools in " + classesDirectory + " and no lock file: nothing to check");
          return;
        }
        throw new MojoFailureException("No lock file at " + lockFile + ". toolwright:check compares the "
            + built.size() + " tools of this build with it: create it once with `mvn process-classes "
            + "toolwright:lock`, review it, and commit it.");
      }
      ContractDiff diff = ContractComparator.compare(LockFile.read(lockFile.toPath()), built,
          ToolResources.retirements(classesDirectory.toPath()));
      for (Change change : diff.compatible()) {
        getLog().info(change.message());
      }
      for (Change change : diff.breaking()) {
        getLog().error(change.message());
      }
      if (!diff.isBreaking()) {
        getLog().info("Toolwright: the " + built.size() + " tools keep the contract of " + lockFile.getName()
            + (diff.changes().isEmpty() ? "" : " (" + diff.changes().size() + " compatible changes)"));
        return;
      }
      String summary = diff.breaking().size() + " breaking change" + (diff.breaking().size() == 1 ? "" : "s")
          + " to the tools against " + lockFile.getName() + "; the first: " + diff.breaking().get(0).message()
          + ". Restore the old contract, or accept the change on purpose with `mvn process-classes "
          + "toolwright:lock` and commit " + lockFile.getName() + ".";
      if (failOnBreaking) {
        throw new MojoFailureException(summary);
      }
      getLog().warn(summary);
    } catch (ContractFormatException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
  }
}
