package io.toolwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The sample app under the default severities: clean as shipped, and failing, at the method and the
 * parameter, once one of its tools is written badly.
 */
class SampleAppLintTest {

  private static final Path SOURCES = Path.of("../sample-app/src/main/java/io/toolwright/sample");

  private static final String REFUND_DOC =
      """
        /**
         * Refunds part or all of a paid invoice to the customer's card. The money leaves at once and
         * cannot be taken back: confirm the amount with the customer first. Refunds above 5000.00 need a
         * human agent.
      """;

  private static final String REASON_DOC =
      "   * @param reason why the customer is refunded, in a sentence the finance team will read\n";

  @Test
  void shippedSampleHasNoFindings() throws IOException {
    Compilation compilation = compile(sources(null));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void badVariantOfIssueRefundFailsTheBuild() throws IOException {
    String billing = Files.readString(SOURCES.resolve("BillingService.java"));
    assertThat(billing).contains(REFUND_DOC).contains(REASON_DOC);
    String bad =
        billing
            .replace(REFUND_DOC, "  /**\n   * Runs the action.\n")
            .replace(REASON_DOC, "   * @param reason one of 'duplicate', 'fraud' or 'other'\n");
    JavaFileObject variant =
        JavaFileObjects.forSourceString("io.toolwright.sample.BillingService", bad);
    Compilation compilation = compile(sources(variant));

    // Printed for the record: the README quotes this failure.
    compilation.diagnostics().forEach(d -> System.out.println(d));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadWarningCount(1);
    CompileErrorTest.assertErrorAt(
        compilation,
        variant,
        "public Refund issueRefund(",
        "issueRefund(",
        "[toolwright:vague-description] Tool BillingService.issueRefund has the description \"Runs"
            + " the action.\", whose words (\"runs\", \"action\") fit any tool");
    CompileErrorTest.assertErrorAt(
        compilation,
        variant,
        "public Refund issueRefund(",
        "issueRefund(",
        "[toolwright:destructive-description] Tool BillingService.issueRefund is DESTRUCTIVE, but"
            + " its description \"Runs the action.\" does not say what it destroys or changes");
    CompileErrorTest.assertAt(
        compilation,
        javax.tools.Diagnostic.Kind.WARNING,
        variant,
        "String reason)",
        "reason)",
        "[toolwright:missing-enum] parameter 'reason' of BillingService.issueRefund is a free"
            + " String, but its description lists values ('duplicate', 'fraud')");
  }

  /**
   * {@code createTicket} without the bound on its body: a warning by default, an error with {@code
   * -Atoolwright.lint.unbounded_input=error}.
   */
  @Test
  void createTicketWithoutItsBoundsIsUnboundedInput() throws IOException {
    String tickets = Files.readString(SOURCES.resolve("TicketService.java"));
    String bounded = "@NotBlank @Size(max = 4000) String body) {";
    assertThat(tickets).contains(bounded);
    JavaFileObject variant =
        JavaFileObjects.forSourceString(
            "io.toolwright.sample.TicketService",
            tickets.replace(bounded, "@NotBlank String body) {"));
    Compilation warned = compile(sources("TicketService.java", variant));
    assertThat(warned).succeeded();
    assertThat(warned).hadWarningCount(1);
    String message =
        "[toolwright:unbounded-input] parameter 'body' of TicketService.createTicket has no"
            + " maximum on the length of body, and TicketService.createTicket is a WRITE tool";
    CompileErrorTest.assertAt(
        warned, javax.tools.Diagnostic.Kind.WARNING, variant, "String body)", "body)", message);

    Compilation failed =
        compile(
            sources("TicketService.java", variant), "-Atoolwright.lint.unbounded_input=error");
    assertThat(failed).failed();
    assertThat(failed).hadErrorCount(1);
    CompileErrorTest.assertErrorAt(failed, variant, "String body)", "body)", message);
  }

  private static Compilation compile(List<JavaFileObject> sources, String... more) {
    List<String> options =
        new ArrayList<>(List.of("-Xlint:all,-processing", "-Atoolwright.dialects=all"));
    options.addAll(List.of(more));
    return javac().withProcessors(new ToolProcessor()).withOptions(options).compile(sources);
  }

  /** The sample's sources, with {@code billing} in place of BillingService when not null. */
  private static List<JavaFileObject> sources(JavaFileObject billing) throws IOException {
    return sources("BillingService.java", billing);
  }

  /** The sample's sources, with {@code replacement} in place of {@code name} when not null. */
  private static List<JavaFileObject> sources(String name, JavaFileObject replacement)
      throws IOException {
    List<JavaFileObject> sources = new ArrayList<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      // The desk package only: sample/mcp is a subpackage that needs the MCP module.
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        if (replacement != null && file.getFileName().toString().equals(name)) {
          sources.add(replacement);
        } else {
          sources.add(JavaFileObjects.forResource(file.toUri().toURL()));
        }
      }
    }
    return sources;
  }
}
