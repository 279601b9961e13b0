package io.toolwright.maven;

import io.toolwright.contract.Change;
import io.toolwright.contract.ContractComparator;
import io.toolwright.contract.ContractFormatException;
import io.toolwright.contract.LockFile;
import io.toolwright.contract.ToolContract;
import io.toolwright.contract.ToolResources;
import java.io.File;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the lock file from the build's tools: the deliberate step that accepts their contract,
 * breaking changes included. Bound to no phase: run it after a compile,
 * {@code mvn process-classes toolwright:lock}, and commit the file.
 */
@Mojo(name = "lock", threadSafe = true)
public class LockMojo extends AbstractMojo {
  /** Where the processor wrote {@code META-INF/toolwright/*.json}. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
  private File classesDirectory;

  /** The lock to write. */
  @Parameter(property = "toolwright.lockFile", defaultValue = "${project.basedir}/toolwright.lock.json", required = true)
  private File lockFile;

  @Override
  public void execute() throws MojoFailureException {
    writeLock(classesDirectory, lockFile, getLog());
  }

  /**
   * Writes the lock from the tools under {@code classesDirectory}, logging the changes it accepts.
   * A module without tools gets no lock file and a warning, so a multi-module build can run the
   * goal from its root.
   */
  static void writeLock(File classesDirectory, File lockFile, Log log) throws MojoFailureException {
    try {
      Map<String, ToolContract> built = ToolResources.byName(ToolResources.read(classesDirectory.toPath()));
      if (built.isEmpty()) {
        log.warn("No tools in " + classesDirectory + "/META-INF/toolwright: no lock written. Compile first "
            + "(`mvn process-classes toolwright:lock`), with the Toolwright processor on the annotation-processor path.");
        return;
      }
      if (lockFile.isFile()) {
        for (Change change : ContractComparator.compare(LockFile.read(lockFile.toPath()), built,
            ToolResources.retirements(classesDirectory.toPath())).changes()) {
          log.info("accepted: " + change.message());
        }
      }
      LockFile.write(lockFile.toPath(), built.values());
      log.info("Toolwright: wrote " + lockFile + " with " + built.size() + " tools; commit it.");
    } catch (ContractFormatException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
  }
}
