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
 * The lint rules on a class's tools together and on their names: {@code tools-alike}, {@code
 * tool-naming}, {@code mcp-name}. For each, a finding at its line and column with its text, good
 * tools that pass, a severity override, and suppression.
 */
class NameLintRulesTest {

  private static Compilation compile(List<String> extra, JavaFileObject... sources) {
    List<String> options = new ArrayList<>(List.of("-Xlint:all,-processing"));
    options.addAll(extra);
    return javac().withProcessors(new ToolProcessor()).withOptions(options).compile(sources);
  }

  private static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  private static JavaFileObject tools(String... body) {
    return Compilations.classInP(
        "Shop",
        List.of(
            "import io.toolwright.annotation.Tool;",
            "import java.util.List;"),
        body);
  }

  // tools-alike

  private static final String[] ALIKE = {
    "  /** Lists the unpaid invoices of the signed-in customer in all accounts, newest first. */",
    "  @Tool public List<String> listInvoices() { return null; }",
    "  @Tool(description = \"Lists the signed-in customer's unpaid invoices in all accounts,"
        + " newest first.\")",
    "  public List<String> openInvoices() { return null; }"
  };

  @Test
  void alikeDescriptionsFailAtTheSecondToolsDescription() {
    JavaFileObject file = tools(ALIKE);
    Compilation compilation = compile(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    CompileErrorTest.assertErrorAt(
        compilation,
        file,
        "description = \"Lists the signed-in",
        "\"Lists the signed-in",
        "[toolwright:tools-alike] Tool Shop.openInvoices reads too much like Shop.listInvoices to"
            + " tell apart: their descriptions have a similarity of 1.00 (cosine over their words;"
            + " -Atoolwright.toolsAlike.threshold=90 flags 0.90 and above), and neither says a"
            + " thing the other does not, so a model picks between them by chance. Fix: Say what"
            + " sets them apart: what each acts on or returns that the other does not, and when to"
            + " call Shop.openInvoices rather than Shop.listInvoices, in the Javadoc comment of"
            + " Shop.openInvoices or in @Tool(description = \"...\"); or merge them into one tool"
            + " with a parameter for the difference.");
  }

  @Test
  void alikeJavadocIsReportedAtTheMethodWithTheWordsThatDiffer() {
    JavaFileObject file =
        tools(
            "  /** Finds nearby stores open now, with address, opening hours, phone, prices and rating. */",
            "  @Tool public List<String> findNearby() { return null; }",
            "  /** Finds nearby shops open now, with address, opening hours, phone, prices and rating. */",
            "  @Tool public List<String> findNear() { return null; }");
    Compilation compilation = compile(file);
    assertThat(compilation).failed();
    CompileErrorTest.assertErrorAt(
        compilation,
        file,
        "public List<String> findNear(",
        "findNear(",
        "[toolwright:tools-alike] Tool Shop.findNear reads too much like Shop.findNearby to tell"
            + " apart: their descriptions have a similarity of 0.90 (cosine over their words;"
            + " -Atoolwright.toolsAlike.threshold=90 flags 0.90 and above), and what differs"
            + " (\"stores\", \"shops\") is not in both tools' names");
  }

  /** One word apart, but the word each tool's name stands on: as BFCL's tool sets are written. */
  @Test
  void toolsThatNameWhatSetsThemApartPass() {
    JavaFileObject file =
        tools(
            "  /** Locates nearby stores that are open now, with their address and opening hours. */",
            "  @Tool(name = \"store_find_nearby\") public List<String> stores() { return null; }",
            "  /** Locates nearby libraries that are open now, with their address and opening hours. */",
            "  @Tool(name = \"library_find_nearby\") public List<String> libraries() { return null; }",
            "  /** Lists the signed-in customer's support tickets, newest first. */",
            "  @Tool public List<String> listTickets() { return null; }");
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @Test
  void alikeNamesFailAtTheName() {
    JavaFileObject file =
        tools(
            "  /** Lists the unpaid invoices of the signed-in customer, newest first. */",
            "  @Tool public List<String> listInvoices() { return null; }",
            "  /** Lists every refund of the customer's paid invoices, with amounts. */",
            "  @Tool(name = \"invoices_list\") public List<String> refunds() { return null; }");
    Compilation compilation = compile(file);
    assertThat(compilation).failed();
    CompileErrorTest.assertErrorAt(
        compilation,
        file,
        "name = \"invoices_list\"",
        "\"invoices_list\"",
        "[toolwright:tools-alike] Tool name \"invoices_list\" of Shop.refunds has the same words as"
            + " \"list_invoices\" of Shop.listInvoices, only in another order or inflection, so a"
            + " model that remembers one calls the other. Fix: Say what sets them apart in the"
            + " names, e.g. list_open_invoices and list_paid_invoices, with @Tool(name = \"...\");"
            + " or merge them into one tool.");
  }

  @Test
  void toolsAlikeAsWarningWithAThresholdAndSuppressed() {
    Compilation warned = compile(List.of("-Atoolwright.severity=tools-alike:warning"), tools(ALIKE));
    assertThat(warned).succeeded();
    assertThat(warned).hadWarningCount(1);
    assertThat(warned).hadWarningContaining("[toolwright:tools-alike] Tool Shop.openInvoices");

    String[] slightlyApart = ALIKE.clone();
    slightlyApart[2] = slightlyApart[2].replace("newest", "oldest");
    assertThat(compile(tools(slightlyApart))).succeededWithoutWarnings();
    assertThat(compile(List.of("-Atoolwright.toolsAlike.threshold=85"), tools(slightlyApart)))
        .hadErrorContaining("similarity of 0.88 (cosine over their words;"
            + " -Atoolwright.toolsAlike.threshold=85 flags 0.85 and above)");

    String[] suppressed = ALIKE.clone();
    suppressed[3] = "  @SuppressWarnings(\"toolwright:tools-alike\")" + suppressed[3];
    assertThat(compile(tools(suppressed))).succeededWithoutWarnings();
  }

  // tool-naming

  @Test
  void genericNameWarnsAtTheName() {
    JavaFileObject file =
        tools(
            "  /** Lists the unpaid invoices of the signed-in customer, newest first. */",
            "  @Tool(name = \"get_data\") public List<String> invoices() { return null; }");
    Compilation compilation = compile(file);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    CompileErrorTest.assertAt(
        compilation,
        Diagnostic.Kind.WARNING,
        file,
        "name = \"get_data\"",
        "\"get_data\"",
        "[toolwright:tool-naming] Tool name \"get_data\" of Shop.invoices is made of words that fit"
            + " any tool (\"get\", \"data\"), so it tells a model neither what the tool does nor to"
            + " what. Fix: Name the action and its object, verb_noun like search_invoices or"
            + " cancel_order, with @Tool(name = \"...\") or by renaming the method.");
  }

  @Test
  void genericMethodNameWarnsAtTheMethod() {
    JavaFileObject file =
        tools(
            "  /** Lists the unpaid invoices of the signed-in customer, newest first. */",
            "  @Tool public List<String> run() { return null; }");
    CompileErrorTest.assertAt(
        compile(file),
        Diagnostic.Kind.WARNING,
        file,
        "public List<String> run(",
        "run(",
        "[toolwright:tool-naming] Tool name \"run\" of Shop.run is made of words that fit any tool");
  }

  @Test
  void mixedConventionsAndShortNamesWarn() {
    JavaFileObject file =
        tools(
            "  /** Lists the unpaid invoices of the signed-in customer, newest first. */",
            "  @Tool(name = \"listInvoices_byCustomer\") public List<String> a() { return null; }",
            "  /** Cancels the customer's pending order and releases its reserved stock. */",
            "  @Tool(name = \"cancel-pending_order\") public void b() {}",
            "  /** Returns the delivery status of one of the customer's parcels. */",
            "  @Tool(name = \"go\") public String c() { return null; }");
    Compilation compilation = compile(file);
    assertThat(compilation).hadWarningCount(3);
    CompileErrorTest.assertAt(
        compilation,
        Diagnostic.Kind.WARNING,
        file,
        "listInvoices_byCustomer",
        "\"listInvoices_byCustomer\"",
        "[toolwright:tool-naming] Tool name \"listInvoices_byCustomer\" of Shop.a mixes camelCase"
            + " with '_', so a model that writes the name from memory, in one convention, gets it"
            + " wrong. Fix: Use one convention: @Tool(name = \"list_invoices_by_customer\")"
            + " (snake_case, like the names derived from method names).");
    CompileErrorTest.assertAt(
        compilation,
        Diagnostic.Kind.WARNING,
        file,
        "cancel-pending_order",
        "\"cancel-pending_order\"",
        "mixes '_' and '-', so a model that writes the name from memory, in one convention, gets"
            + " it wrong. Fix: Use one convention: @Tool(name = \"cancel_pending_order\")");
    CompileErrorTest.assertAt(
        compilation,
        Diagnostic.Kind.WARNING,
        file,
        "name = \"go\"",
        "\"go\"",
        "[toolwright:tool-naming] Tool name \"go\" of Shop.c has 2 characters, too few to say what"
            + " the tool does.");
  }

  /** Noun first (a namespace), no verb, one specific word: names models call right in BFCL. */
  @Test
  void namesBfclShowsModelsHandlePass() {
    JavaFileObject file =
        tools(
            "  /** Returns one invoice of the signed-in customer with its status and refunds. */",
            "  @Tool(name = \"invoice_get\") public String a() { return null; }",
            "  /** Converts an amount of money between two currencies at today's rate. */",
            "  @Tool(name = \"currency_converter\") public String b() { return null; }",
            "  /** Translates a text into another language, keeping its formatting. */",
            "  @Tool(name = \"translate\") public String c() { return null; }",
            "  /** Searches the help center's articles by words in their titles. */",
            "  @Tool public String searchArticles() { return null; }");
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @Test
  void toolNamingAsErrorAndSuppressedOnTheClass() {
    String[] body = {
      "  /** Lists the unpaid invoices of the signed-in customer, newest first. */",
      "  @Tool(name = \"get_data\") public List<String> invoices() { return null; }"
    };
    Compilation failed = compile(List.of("-Atoolwright.severity=tool-naming:error"), tools(body));
    assertThat(failed).failed();
    assertThat(failed).hadErrorContaining("[toolwright:tool-naming] Tool name \"get_data\"");

    JavaFileObject suppressed =
        JavaFileObjects.forSourceLines(
            "p.Shop",
            "package p;",
            "import io.toolwright.annotation.Tool;",
            "@SuppressWarnings(\"toolwright:tool-naming\")",
            "public class Shop {",
            body[0],
            body[1].replace("List<String>", "String"),
            "}");
    assertThat(compile(List.of("-Atoolwright.severity=tool-naming:error"), suppressed))
        .succeededWithoutWarnings();
  }

  // mcp-name

  private static final String LONG = "list_unpaid_invoices_of_every_billing_account"; // 45

  @Test
  void nameTooLongOncePrefixedWarnsAtTheName() {
    JavaFileObject file =
        tools(
            "  /** Lists the unpaid invoices of the signed-in customer, newest first. */",
            "  @Tool(name = \"" + LONG + "\") public List<String> unpaid() { return null; }");
    Compilation compilation = compile(file);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    CompileErrorTest.assertAt(
        compilation,
        Diagnostic.Kind.WARNING,
        file,
        LONG,
        "\"" + LONG + "\"",
        "[toolwright:mcp-name] Tool name \""
            + LONG
            + "\" of Shop.unpaid has 45 characters; an MCP client puts its server's name before it"
            + " (Claude Code: mcp__<server>__"
            + LONG
            + "), and with a prefix of 24 characters (-Atoolwright.mcpPrefix) it has 69, over the"
            + " 64 that OpenAI and Anthropic accept: the client drops the tool or the request"
            + " fails. Fix: Shorten the name to at most 40 characters with @Tool(name = \"...\");"
            + " or, if your clients' prefix is shorter, lower -Atoolwright.mcpPrefix.");

    assertThat(compile(List.of("-Atoolwright.mcpPrefix=19"), file)).succeededWithoutWarnings();
    Compilation failed = compile(List.of("-Atoolwright.severity=mcp-name:error"), file);
    assertThat(failed).failed();
    assertThat(failed).hadErrorContaining("[toolwright:mcp-name]");
  }

  @Test
  void namesEqualButForCaseAndSeparatorsCollide() {
    JavaFileObject file =
        tools(
            "  /** Returns one invoice of the signed-in customer with its status and refunds. */",
            "  @Tool public String getInvoice() { return null; }",
            "  /** Returns the PDF of one invoice of the signed-in customer, base64-encoded. */",
            "  @Tool(name = \"get-invoice\") public String pdf() { return null; }");
    Compilation compilation = compile(file);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    CompileErrorTest.assertAt(
        compilation,
        Diagnostic.Kind.WARNING,
        file,
        "name = \"get-invoice\"",
        "\"get-invoice\"",
        "[toolwright:mcp-name] Tool name \"get-invoice\" of Shop.pdf differs from \"get_invoice\""
            + " of Shop.getInvoice only in case or in '-', '_' and '.', so the two collide in a"
            + " client that normalizes names, and a model that misspells one calls the other. Fix:"
            + " Give one of them a name that differs in a word, with @Tool(name = \"...\").");
  }

  @Test
  void mcpNameSuppressedInPackageInfo() {
    JavaFileObject packageInfo =
        JavaFileObjects.forSourceLines(
            "p.package-info",
            "@io.toolwright.annotation.SuppressLint(\"toolwright:mcp-name\")",
            "package p;");
    JavaFileObject file =
        tools(
            "  /** Lists the unpaid invoices of the signed-in customer, newest first. */",
            "  @Tool(name = \"" + LONG + "\") public List<String> unpaid() { return null; }");
    assertThat(compile(List.of("-Atoolwright.severity=mcp-name:error"), packageInfo, file))
        .succeededWithoutWarnings();
  }
}
