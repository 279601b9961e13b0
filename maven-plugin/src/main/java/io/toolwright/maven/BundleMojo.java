package io.toolwright.maven;

import io.toolwright.contract.bundle.BundleWriter;
import io.toolwright.contract.ContractFormatException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Builds the schema bundle (every tool's canonical schema, renderings per dialect, fingerprints and
 * token counts) and attaches it to the build with the classifier {@code tool-schemas}, so that
 * {@code install} and {@code deploy} publish it beside the jar. Layout: docs/contract.md.
 */
@Mojo(name = "bundle", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BundleMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Component
  private MavenProjectHelper projectHelper;

  /** Where the processor wrote {@code META-INF/toolwright/*.json}. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
  private File classesDirectory;

  @Parameter(defaultValue = "${project.build.directory}", required = true)
  private File outputDirectory;

  @Parameter(defaultValue = "${project.build.finalName}", required = true)
  private String finalName;

  /** The classifier of the attached artifact. */
  @Parameter(property = "toolwright.bundle.classifier", defaultValue = "tool-schemas", required = true)
  private String classifier;

  @Parameter(property = "toolwright.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("toolwright:bundle skipped (toolwright.skip)");
      return;
    }
    Path bundle = outputDirectory.toPath().resolve(finalName + "-" + classifier + ".jar");
    try {
      int tools = BundleWriter.write(classesDirectory.toPath(), bundle,
          project.getGroupId(), project.getArtifactId(), project.getVersion());
      if (tools == 0) {
        java.nio.file.Files.deleteIfExists(bundle);
        getLog().info("No tools in " + classesDirectory + ": no schema bundle attached");
        return;
      }
      projectHelper.attachArtifact(project, "jar", classifier, bundle.toFile());
      getLog().info("Toolwright: schema bundle of " + tools + " tools attached as " + bundle.getFileName());
    } catch (ContractFormatException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (IOException | UncheckedIOException e) {
      throw new MojoExecutionException("cannot write " + bundle + ": " + e.getMessage(), e);
    }
  }
}
