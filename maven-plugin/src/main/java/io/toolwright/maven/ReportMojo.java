package io.toolwright.maven;

import io.toolwright.contract.ContractFormatException;
import io.toolwright.maven.report.BuildSummary;
import io.toolwright.maven.report.SummaryWriter;
import io.toolwright.maven.report.ToolsAlike;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * The whole-build token summary the processor cannot give (it sees one class at a time): adds up the
 * {@code META-INF/toolwright-report/*.json} of the project and of its runtime dependencies, the
 * tools an application would register together, prints a table per class and dialect, writes it to
 * {@code target/toolwright-report.json} (or {@code .md}), and checks a total budget, tool names
 * that two classes share, and tools of different classes too alike to tell apart ({@code
 * tools-alike}, which the processor checks within a class).
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.RUNTIME)
public class ReportMojo extends AbstractMojo {
  private static final String ROUTE_OR_SPLIT = "route, or split: send each request only the tools its task"
      + " needs, or split the tools across agents or MCP servers";

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** Where the processor wrote the project's own reports. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
  private File classesDirectory;

  /** Whether the tools of compile and runtime dependencies (jars or reactor modules) count too. */
  @Parameter(property = "toolwright.report.includeDependencies", defaultValue = "true")
  private boolean includeDependencies;

  /** {@code json} or {@code markdown}. */
  @Parameter(property = "toolwright.report.format", defaultValue = "json")
  private String format;

  /** The file written; by default {@code target/toolwright-report.json} or {@code .md}. */
  @Parameter(property = "toolwright.report.file")
  private File reportFile;

  /** Most tokens a request carrying all the build's tools may cost, per dialect; 0 for none. */
  @Parameter(property = "toolwright.totalBudget", defaultValue = "0")
  private int totalBudget;

  /** The dialects the budget applies to; all the reported ones when empty. */
  @Parameter(property = "toolwright.budgetDialects")
  private List<String> budgetDialects = new ArrayList<>();

  /** {@code error} fails the build over the total budget; {@code warning} only says so. */
  @Parameter(property = "toolwright.budgetSeverity", defaultValue = "error")
  private String budgetSeverity;

  /** Whether two classes declaring a tool of the same name fails the build. */
  @Parameter(property = "toolwright.failOnCollision", defaultValue = "true")
  private boolean failOnCollision;

  /**
   * How alike, in percent, the descriptions of two tools of different classes may be (cosine over
   * their words, as {@code -Atoolwright.toolsAlike.threshold} within a class); 0 turns the check off.
   */
  @Parameter(property = "toolwright.toolsAlike.threshold", defaultValue = "90")
  private int toolsAlikeThreshold;

  /** {@code error} fails the build over tools of different classes too alike; {@code warning} only says so. */
  @Parameter(property = "toolwright.toolsAlikeSeverity", defaultValue = "error")
  private String toolsAlikeSeverity;

  @Parameter(property = "toolwright.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("toolwright:report skipped (toolwright.skip)");
      return;
    }
    boolean markdown = parseFormat();
    boolean budgetIsError = parseSeverity("toolwright.budgetSeverity", budgetSeverity);
    boolean alikeIsError = parseSeverity("toolwright.toolsAlikeSeverity", toolsAlikeSeverity);
    if (toolsAlikeThreshold < 0 || toolsAlikeThreshold > 100) {
      throw new MojoFailureException("toolwright.toolsAlike.threshold is " + toolsAlikeThreshold
          + "; use a percentage from 1 to 100, or 0 for no check");
    }
    BuildSummary summary;
    try {
      BuildSummary.Builder builder = BuildSummary.builder().add(classesDirectory.toPath(), project.getArtifactId());
      if (includeDependencies) {
        for (Artifact artifact : project.getArtifacts()) {
          if (artifact.getFile() != null && (Artifact.SCOPE_COMPILE.equals(artifact.getScope())
              || Artifact.SCOPE_RUNTIME.equals(artifact.getScope()))) {
            builder.add(artifact.getFile().toPath(), artifact.getGroupId() + ":" + artifact.getArtifactId());
          }
        }
      }
      summary = builder.build();
    } catch (ContractFormatException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
    if (summary.classes().isEmpty()) {
      getLog().info("Toolwright: no build reports found; nothing to sum");
      return;
    }
    getLog().info("Toolwright: " + summary.toolCount() + " tools in " + summary.classes().size()
        + " classes, prompt tokens of a request that carries them all (o200k_base):");
    SummaryWriter.table(summary).forEach(getLog()::info);
    List<ToolsAlike.Pair> alike = toolsAlikeThreshold > 0 ? summary.alike(toolsAlikeThreshold) : List.of();
    writeReport(summary, markdown, alike);

    List<String> problems = new ArrayList<>();
    summary.collisions().forEach((tool, owners) -> {
      String message = "[toolwright:name-collision] tool \"" + tool + "\" is declared by " + String.join(" and ", owners)
          + ": a registry holds one tool per name; rename one with @Tool(name = ...)";
      if (failOnCollision) {
        getLog().error(message);
        problems.add(message);
      } else {
        getLog().warn(message);
      }
    });
    for (ToolsAlike.Pair pair : alike) {
      String message = pair.message(toolsAlikeThreshold);
      if (alikeIsError) {
        getLog().error(message);
        problems.add(message);
      } else {
        getLog().warn(message);
      }
    }
    if (totalBudget > 0) {
      for (Map.Entry<String, Integer> over : summary.overBudget(totalBudget, budgetDialects).entrySet()) {
        String message = "[toolwright:token-budget] the build's tools cost " + over.getValue() + " tokens per request in "
            + over.getKey() + ", over the total budget of " + totalBudget + ": " + ROUTE_OR_SPLIT;
        if (budgetIsError) {
          getLog().error(message);
          problems.add(message);
        } else {
          getLog().warn(message);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new MojoFailureException(problems.size() == 1 ? problems.get(0)
          : problems.size() + " problems in the build's tools; the first: " + problems.get(0));
    }
  }

  private void writeReport(BuildSummary summary, boolean markdown, List<ToolsAlike.Pair> alike)
      throws MojoExecutionException {
    File file = reportFile != null ? reportFile
        : new File(project.getBuild().getDirectory(), markdown ? "toolwright-report.md" : "toolwright-report.json");
    try {
      Files.createDirectories(file.toPath().toAbsolutePath().getParent());
      Files.writeString(file.toPath(), markdown ? SummaryWriter.markdown(summary, totalBudget, alike)
          : SummaryWriter.json(summary, totalBudget, alike), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write " + file + ": " + e.getMessage(), e);
    }
    getLog().info("Toolwright: whole-build report in " + file);
  }

  private boolean parseFormat() throws MojoFailureException {
    return switch (format) {
      case "json" -> false;
      case "markdown", "md" -> true;
      default -> throw new MojoFailureException("toolwright.report.format is \"" + format + "\"; use json or markdown");
    };
  }

  private static boolean parseSeverity(String property, String value) throws MojoFailureException {
    return switch (value) {
      case "error" -> true;
      case "warning" -> false;
      default -> throw new MojoFailureException(property + " is \"" + value + "\"; use error or warning");
    };
  }
}
