package io.toolwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar cli/target/toolwright-cli.jar} as a user runs it, in its own JVM, on the sample
 * app's jar: the shaded jar must hold its main class, picocli, Jackson and the contract module. Runs
 * in the integration-test phase, after {@code package} has shaded the jar.
 */
class ShadedJarIT {
  private static final String BILLING = "META-INF/toolwright/io.toolwright.sample.BillingService.json";
  private static final Path JAR = Path.of("target/toolwright-cli.jar");

  private final Path sampleApp = SampleAppCliTest.sampleAppRoot();

  @Test
  void theSampleAppIsReadFromAJar() {
    assertThat(sampleApp.toString()).as("the sample app's packaged jar in this phase").endsWith(".jar");
    assertThat(JAR).isRegularFile();
  }

  @Test
  void listPrintsEveryToolOfTheJar() throws Exception {
    Run run = java("list", sampleApp.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines().toList()).hasSize(1 + 8)
        .anySatisfy(line -> assertThat(line).startsWith("get_invoice ").contains("READ_ONLY"));
  }

  @Test
  void showPrintsOneToolInADialect() throws Exception {
    Run run = java("show", sampleApp.toString(), "get_invoice", "--dialect", "anthropic");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"input_schema\"", "\"invoiceId\"");
  }

  @Test
  void diffExitsZeroWhenNothingChangedOneOnABreakingChangeTwoOnBadInput(@TempDir Path work) throws Exception {
    // The new version keeps only the billing tools: every ticket tool is removed.
    Path billingOnly = work.resolve("billing-only");
    Files.createDirectories(billingOnly.resolve("META-INF/toolwright"));
    try (InputStream in = SampleAppCliTest.class.getClassLoader().getResourceAsStream(BILLING)) {
      Files.copy(in, billingOnly.resolve(BILLING));
    }

    Run same = java("diff", sampleApp.toString(), sampleApp.toString());
    Run breaking = java("diff", sampleApp.toString(), billingOnly.toString());
    Run missing = java("diff", sampleApp.toString(), work.resolve("no-such.jar").toString());

    assertThat(same.exitCode()).as(same.err()).isZero();
    assertThat(same.out()).contains("verdict: COMPATIBLE (no changes)");
    assertThat(breaking.exitCode()).as(breaking.err()).isEqualTo(1);
    assertThat(breaking.out()).contains("BREAKING [toolwright:tool-removed] tool create_ticket")
        .contains("verdict: BREAKING");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("no-such.jar: no such file or directory");
  }

  private record Run(int exitCode, String out, String err) {}

  private static Run java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("toolwright-cli", ".out");
    Path err = Files.createTempFile("toolwright-cli", ".err");
    try {
      Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("java -jar did not end: " + command);
      }
      return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
