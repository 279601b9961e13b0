package io.toolwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The tool-quality lint rules of package {@code lint}: for each, a finding at its line and column
 * with its full text, a good tool that passes, a severity override, and {@code @SuppressWarnings}.
 */
class LintRulesTest {

  private static Compilation compile(String severities, JavaFileObject... sources) {
    // Most fixtures are WRITE tools taking free strings; unbounded-input has its own test class.
    List<String> options =
        new ArrayList<>(List.of("-Xlint:all,-processing", "-Atoolwright.lint.unbounded_input=off"));
    if (!severities.isEmpty()) {
      options.add("-Atoolwright.severity=" + severities);
    }
    return javac().withProcessors(new ToolProcessor()).withOptions(options).compile(sources);
  }

  private static Compilation compile(JavaFileObject... sources) {
    return compile("", sources);
  }

  private static JavaFileObject tools(String... body) {
    return Compilations.classInP(
        "Shop",
        List.of(
            "import io.toolwright.annotation.Effect;",
            "import io.toolwright.annotation.Enum;",
            "import io.toolwright.annotation.Tool;",
            "import jakarta.validation.constraints.*;",
            "import java.util.List;"),
        body);
  }

  // short-description

  @Test
  void shortDescriptionIsAWarningAtTheMethod() {
    JavaFileObject file =
        tools(
            "  /** Finds free rooms. */", "  @Tool public List<String> search() { return null; }");
    Compilation compilation = compile(file);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    CompileErrorTest.assertAt(
        compilation,
        Diagnostic.Kind.WARNING,
        file,
        "public List<String> search(",
        "search(",
        "[toolwright:short-description] Tool Shop.search has the description \"Finds free"
            + " rooms.\", under 4 words or 20 characters: too little for a model to tell when to"
            + " call it and when not. Fix: Say what the tool does, to what, and when to use it (or"
            + " not), in the Javadoc comment of Shop.search or in @Tool(description = \"...\").");
  }

  @Test
  void shortDescriptionAsErrorAndSuppressed() {
    JavaFileObject file =
        tools(
            "  /** Finds free rooms. */", "  @Tool public List<String> search() { return null; }");
    Compilation failed = compile("short-description:error", file);
    assertThat(failed).failed();
    CompileErrorTest.assertErrorAt(
        failed, file, "public List<String> search(", "search(", "[toolwright:short-description]");

    JavaFileObject suppressed =
        tools(
            "  /** Finds free rooms. */",
            "  @SuppressWarnings(\"toolwright:short-description\")",
            "  @Tool public List<String> search() { return null; }");
    Compilation compilation = compile("short-description:error", suppressed);
    assertThat(compilation).succeededWithoutWarnings();
  }

  // vague-description

  @Test
  void vagueDescriptionFailsTheBuild() {
    JavaFileObject file =
        tools(
            "  /** Handles the data and performs various operations as needed. */",
            "  @Tool public void sync() {}");
    Compilation compilation = compile(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    CompileErrorTest.assertErrorAt(
        compilation,
        file,
        "public void sync(",
        "sync(",
        "[toolwright:vague-description] Tool Shop.sync has the description \"Handles the data and"
            + " performs various operations as needed.\", whose words (\"handles\", \"data\","
            + " \"performs\", \"various\", \"operations\", \"needed\") fit any tool, so a model"
            + " cannot tell when to call this one. Fix:"
            + " Name the objects and the outcome, e.g. \"Lists the unpaid invoices of a customer,"
            + " newest first\", in the Javadoc comment of Shop.sync or in"
            + " @Tool(description = \"...\").");
  }

  /** Set in {@code @Tool(description)}, the finding is at that string, not at the method. */
  @Test
  void descriptionRepeatingTheNameIsVague() {
    JavaFileObject file =
        tools(
            "  /** @param id the invoice number, e.g. INV-1 */",
            "  @Tool(name = \"get_invoice\", description = \"Gets invoice.\")",
            "  public String invoice(String id) { return id; }");
    Compilation compilation = compile(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    CompileErrorTest.assertErrorAt(
        compilation,
        file,
        "description = \"Gets invoice.\"",
        "\"Gets invoice.\"",
        "[toolwright:vague-description] Tool Shop.invoice has the description \"Gets invoice.\","
            + " which only repeats its name get_invoice, so a model learns nothing it did not"
            + " know.");
  }

  @Test
  void specificDescriptionPasses() {
    JavaFileObject file =
        tools(
            "  /**",
            "   * Returns one invoice of the signed-in customer with its status and refunds.",
            "   *",
            "   * @param id the invoice number, e.g. INV-1",
            "   */",
            "  @Tool(name = \"get_invoice\")",
            "  public String invoice(String id) { return id; }");
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @Test
  void vagueDescriptionAsWarningAndSuppressedOnTheClass() {
    JavaFileObject file =
        tools("  /** Utility helper for stuff. */", "  @Tool public void sync() {}");
    Compilation warned = compile("vague-description:warning", file);
    assertThat(warned).succeeded();
    CompileErrorTest.assertAt(
        warned,
        Diagnostic.Kind.WARNING,
        file,
        "public void sync(",
        "sync(",
        "[toolwright:vague-description]");

    JavaFileObject suppressed =
        JavaFileObjects.forSourceLines(
            "p.Shop",
            "package p;",
            "import io.toolwright.annotation.Tool;",
            "@SuppressWarnings(\"toolwright:vague-description\")",
            "public class Shop {",
            "  /** Utility helper for stuff. */",
            "  @Tool public void sync() {}",
            "}");
    assertThat(compile(suppressed)).succeededWithoutWarnings();
  }

  @Test
  void suppressionInPackageInfoCoversThePackage() {
    JavaFileObject packageInfo =
        JavaFileObjects.forSourceLines(
            "p.package-info",
            "@io.toolwright.annotation.SuppressLint(\"toolwright:vague-description\")",
            "package p;");
    JavaFileObject file =
        tools("  /** Utility helper for stuff. */", "  @Tool public void sync() {}");
    assertThat(compile(packageInfo, file)).succeededWithoutWarnings();
  }

  // wide-parameter

  @Test
  void sqlParameterFailsTheBuildAtTheParameter() {
    JavaFileObject file =
        tools(
            "  /**",
            "   * Runs a read-only report over the invoices table and returns its rows.",
            "   *",
            "   * @param sql the SELECT statement to run",
            "   */",
            "  @Tool public List<String> report(",
            "      String sql) { return null; }");
    Compilation compilation = compile(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    CompileErrorTest.assertErrorAt(
        compilation,
        file,
        "String sql)",
        "sql)",
        "[toolwright:wide-parameter] parameter 'sql' of Shop.report is a String that its name"
            + " 'sql' says is a language (SQL, a query language, a shell command, a script, an"
            + " expression, code or raw JSON), so a model may send anything the language can say,"
            + " and a prompt injection can too. Fix: Take the parts as typed parameters instead (an"
            + " enum for a choice, a record for a filter, numbers and dates as such), and build the"
            + " statement in the method.");
  }

  @Test
  void queryIsWideOnlyWhenItsDescriptionSaysSql() {
    JavaFileObject file =
        tools(
            "  /**",
            "   * Searches the customer's invoices by words in their titles and notes.",
            "   *",
            "   * @param query SQL WHERE clause selecting the invoices",
            "   */",
            "  @Tool public List<String> search(",
            "      String query) { return null; }");
    Compilation compilation = compile(file);
    assertThat(compilation).failed();
    CompileErrorTest.assertErrorAt(
        compilation,
        file,
        "String query)",
        "query)",
        "parameter 'query' of Shop.search is a String that its description (\"sql\") says is a"
            + " language");

    JavaFileObject searchWords =
        tools(
            "  /**",
            "   * Searches the customer's invoices by words in their titles and notes.",
            "   *",
            "   * @param query words to look for, e.g. \"hosting March\"",
            "   */",
            "  @Tool public List<String> search(String query) { return null; }");
    assertThat(compile(searchWords)).succeededWithoutWarnings();
  }

  @Test
  void wideParameterAsWarningAndSuppressed() {
    String[] body = {
      "  /**",
      "   * Runs a read-only report over the invoices table and returns its rows.",
      "   *",
      "   * @param script the report script",
      "   */",
      "  @Tool public List<String> report(",
      "      @SuppressWarnings(\"toolwright:wide-parameter\") String script) { return null; }"
    };
    assertThat(compile(tools(body))).succeededWithoutWarnings();
    body[6] = "      String script) { return null; }";
    Compilation warned = compile("wide-parameter:warning", tools(body));
    assertThat(warned).succeeded();
    assertThat(warned).hadWarningContaining("[toolwright:wide-parameter] parameter 'script'");
  }

  // missing-enum

  @Test
  void statusNameWarnsAtTheRecordComponent() {
    JavaFileObject file =
        tools(
            "  /**",
            "   * A filter on invoices.",
            "   *",
            "   * @param status the invoice status to list",
            "   */",
            "  public record Filter(",
            "      String status) {}",
            "  /**",
            "   * Lists the signed-in customer's invoices that match the filter.",
            "   *",
            "   * @param filter which invoices",
            "   */",
            "  @Tool public List<String> list(Filter filter) { return null; }");
    Compilation compilation = compile(file);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    CompileErrorTest.assertAt(
        compilation,
        Diagnostic.Kind.WARNING,
        file,
        "String status)",
        "status)",
        "[toolwright:missing-enum] component 'status' of p.Shop.Filter is a free String, but its"
            + " name ends in 'status', so its values look like a finite set, which a model would"
            + " have to guess the spelling of. Fix: Declare status as a Java enum type, or add"
            + " @Enum({\"...\", \"...\"}) with the values the method accepts, or a @Pattern if the"
            + " values follow a format.");
  }

  @Test
  void quotedListInTheDescriptionWarns() {
    JavaFileObject file =
        tools(
            "  /**",
            "   * Lists the signed-in customer's invoices, sorted by amount.",
            "   *",
            "   * @param by 'asc' or 'desc'",
            "   */",
            "  @Tool public List<String> list(",
            "      String by) { return null; }");
    Compilation compilation = compile("missing-enum:error", file);
    assertThat(compilation).failed();
    CompileErrorTest.assertErrorAt(
        compilation,
        file,
        "String by)",
        "by)",
        "[toolwright:missing-enum] parameter 'by' of Shop.list is a free String, but its"
            + " description lists values ('asc' or 'desc')");
  }

  @Test
  void constrainedOrEnumeratedValuesPass() {
    JavaFileObject file =
        tools(
            "  public enum Direction { ASC, DESC }",
            "  /**",
            "   * Lists the signed-in customer's invoices in one currency, sorted by amount.",
            "   *",
            "   * @param currency ISO 4217 code, e.g. EUR",
            "   * @param country ISO 3166 code, e.g. FR",
            "   * @param status which invoices",
            "   * @param order which way to sort",
            "   * @param query words to look for in one of the invoice lines",
            "   */",
            "  @Tool public List<String> list(@Pattern(regexp = \"[A-Z]{3}\") String currency,",
            "      @Size(max = 2) String country, @Enum({\"open\", \"paid\"}) String status,",
            "      Direction order, String query) { return null; }");
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @Test
  void missingEnumSuppressedOnTheMethod() {
    JavaFileObject file =
        tools(
            "  /**",
            "   * Lists the signed-in customer's invoices with the given status.",
            "   *",
            "   * @param status the invoice status",
            "   */",
            "  @SuppressWarnings(\"toolwright:missing-enum\")",
            "  @Tool public List<String> list(String status) { return null; }");
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  // destructive-description

  @Test
  void destructiveToolThatDoesNotSayWhatItChangesFails() {
    JavaFileObject file =
        tools(
            "  /** Runs the cleanup action for the account right now. */",
            "  @Tool(effect = Effect.DESTRUCTIVE) public void cleanup() {}");
    Compilation compilation = compile(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    CompileErrorTest.assertErrorAt(
        compilation,
        file,
        "public void cleanup(",
        "cleanup(",
        "[toolwright:destructive-description] Tool Shop.cleanup is DESTRUCTIVE, but its"
            + " description \"Runs the cleanup action for the account right now.\" does not say"
            + " what it destroys or changes (a change verb such as deletes, cancels, refunds,"
            + " overwrites, followed by what it acts on), so neither a model nor a person approving"
            + " the call knows what is lost. Fix: Start the description with the change and its"
            + " object, e.g. \"Cancels the order and refunds its payment; cannot be undone\".");
  }

  @Test
  void destructiveVerbWithoutObjectFails() {
    JavaFileObject file =
        tools(
            "  /** Deletes it. There is no way back after this call, so be careful. */",
            "  @Tool(effect = Effect.DESTRUCTIVE) public void purge() {}");
    assertThat(compile(file)).hadErrorContaining("[toolwright:destructive-description]");
  }

  @Test
  void destructiveToolNamingTheChangePasses() {
    JavaFileObject file =
        tools(
            "  /**",
            "   * Cancels the booking and refunds its deposit; this cannot be undone.",
            "   *",
            "   * @param booking the booking number, e.g. B-12",
            "   */",
            "  @Tool(effect = Effect.DESTRUCTIVE) public void cancel(@Pattern(regexp ="
                + " \"B-[0-9]+\") String booking) {}");
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @Test
  void destructiveDescriptionAsWarningAndSuppressed() {
    String[] body = {
      "  /** Runs the cleanup action for the account right now. */",
      "  @Tool(effect = Effect.DESTRUCTIVE) public void cleanup() {}"
    };
    Compilation warned = compile("destructive-description:warning", tools(body));
    assertThat(warned).succeeded();
    assertThat(warned).hadWarningContaining("[toolwright:destructive-description]");
    body[1] = "  @SuppressWarnings(\"toolwright:destructive-description\")" + body[1];
    assertThat(compile(tools(body))).succeededWithoutWarnings();
  }
}
