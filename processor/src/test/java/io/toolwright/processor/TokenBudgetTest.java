package io.toolwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.toolwright.Dialect;
import io.toolwright.processor.tokens.TokenCounter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code token-budget} rule ({@code -Atoolwright.tokenBudget.tool}, {@code .class}) and the
 * build report: the {@code report} member of {@code META-INF/toolwright/<class>.json} and one
 * {@code report} NOTE per class. The figures are {@link TokenCounter}'s on the renderings the build records, whose own
 * figures {@code TokenCounterTest} checks against jtokkit and OpenAI's cookbook example.
 */
class TokenBudgetTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The dialects of {@code -Atoolwright.dialects}' default. */
  private static final Set<Dialect> DEFAULT_DIALECTS =
      Set.of(
          Dialect.OPENAI_CHAT,
          Dialect.OPENAI_RESPONSES,
          Dialect.ANTHROPIC,
          Dialect.GEMINI_JSON_SCHEMA,
          Dialect.MCP);

  /** Two tools, one with a long description. */
  private static final JavaFileObject CATALOG =
      JavaFileObjects.forSourceLines(
          "p.Catalog",
          "package p;",
          "import io.toolwright.annotation.Tool;",
          "public class Catalog {",
          "  /**",
          "   * Searches the product catalog by free text and returns the matching products, best",
          "   * match first. Use it when the customer names a product, a brand or a category; do",
          "   * not use it for orders, invoices or shipments, which have tools of their own. The",
          "   * search ignores case and accents, matches whole words and their plurals, and ranks",
          "   * products in stock above products that are not.",
          "   *",
          "   * @param query the words to search for, as the customer wrote them",
          "   * @param limit how many products to return at most",
          "   */",
          "  @Tool public String search(String query, int limit) { return query; }",
          "",
          "  /**",
          "   * Returns one product by its SKU.",
          "   *",
          "   * @param sku the product's stock keeping unit",
          "   */",
          "  @Tool public String product(String sku) { return sku; }",
          "}");

  private static Compilation compile(JavaFileObject source, String... options) {
    // The fixtures' tools take free strings; unbounded-input is tested on its own.
    List<String> all = new ArrayList<>(List.of("-Atoolwright.lint.unbounded_input=off"));
    all.addAll(List.of(options));
    return javac()
        .withProcessors(new ToolProcessor())
        .withOptions(all)
        .compile(source);
  }

  private static JsonNode resource(Compilation compilation, String path) {
    return JSON.readTree(Compilations.resource(compilation, path));
  }

  /** The class's build report: the {@code report} member of its resource. */
  private static JsonNode report(Compilation compilation, String className) {
    JsonNode report =
        resource(compilation, "META-INF/toolwright/" + className + ".json").get("report");
    assertThat(report).as("the report of %s", className).isNotNull();
    return report;
  }

  /** TokenCounter's count of one tool in the build's recorded rendering. */
  private static int counted(JsonNode tools, String tool, Dialect dialect) {
    for (JsonNode entry : tools.get("tools")) {
      if (entry.get("name").asString().equals(tool)) {
        return TokenCounter.countTool(
            dialect, entry.get("renderings").get(dialect.key()).toString());
      }
    }
    throw new AssertionError("no tool " + tool);
  }

  private static Dialect worst(JsonNode tools, String tool) {
    Dialect worst = null;
    for (Dialect dialect : DEFAULT_DIALECTS) {
      if (worst == null || counted(tools, tool, dialect) > counted(tools, tool, worst)) {
        worst = dialect;
      }
    }
    return worst;
  }

  @Test
  void aToolOverTheBudgetIsAWarningAtTheMethodNamingTheWorstDialect() {
    Compilation compilation = compile(CATALOG, "-Atoolwright.tokenBudget.tool=100");

    JsonNode tools = resource(compilation, "META-INF/toolwright/p.Catalog.json");
    Dialect worst = worst(tools, "search");
    int tokens = counted(tools, "search", worst);
    assertThat(tokens).isGreaterThan(100);
    assertThat(counted(tools, "product", worst(tools, "product"))).isLessThanOrEqualTo(100);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[toolwright:token-budget] Tool Catalog.search costs "
                + tokens
                + " prompt tokens in "
                + worst.key()
                + ", over the budget of 100 per tool (-Atoolwright.tokenBudget.tool): every"
                + " request that carries it pays them. Fix: Route (send fewer tools per request),"
                + " or split the tool / shorten descriptions; or raise the budget.")
        .inFile(CATALOG)
        .onLineContaining("public String search");
  }

  @Test
  void toolsWithinTheDefaultBudgetPass() {
    Compilation compilation = compile(CATALOG, "-Xlint:all,-processing", "-Werror");
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void onlyTheTargetedDialectsCount() {
    Compilation all = compile(CATALOG, "-Atoolwright.dialects=openai-chat");
    JsonNode tools = resource(all, "META-INF/toolwright/p.Catalog.json");
    int openAi = counted(tools, "search", Dialect.OPENAI_CHAT);
    int mcp = counted(tools, "search", Dialect.MCP);
    assertThat(mcp).isGreaterThan(openAi);

    // A budget between the two: over it in MCP only, which this build does not target.
    String budget = "-Atoolwright.tokenBudget.tool=" + openAi;
    assertThat(compile(CATALOG, "-Atoolwright.dialects=openai-chat", budget)).hadWarningCount(0);
    assertThat(compile(CATALOG, "-Atoolwright.dialects=openai-chat,mcp", budget))
        .hadWarningContaining("prompt tokens in mcp, over the budget of " + openAi);
  }

  @Test
  void raisedToAnErrorItFailsTheBuild() {
    Compilation compilation =
        compile(
            CATALOG,
            "-Atoolwright.tokenBudget.tool=100",
            "-Atoolwright.severity=token-budget:error");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[toolwright:token-budget] Tool Catalog.search costs")
        .inFile(CATALOG)
        .onLineContaining("public String search");
    // The class is abandoned as for every error (CompileErrorTest: only the others are written).
  }

  @Test
  void suppressedAtTheMethod() {
    JavaFileObject suppressed =
        JavaFileObjects.forSourceLines(
            "p.Catalog",
            "package p;",
            "import io.toolwright.annotation.Tool;",
            "public class Catalog {",
            "  /**",
            "   * Searches the product catalog by free text and returns the matching products.",
            "   *",
            "   * @param query the words to search for, as the customer wrote them",
            "   */",
            "  @SuppressWarnings(\"toolwright:token-budget\")",
            "  @Tool public String search(String query) { return query; }",
            "}");
    Compilation compilation = compile(suppressed, "-Atoolwright.tokenBudget.tool=10");
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(0);
  }

  @Test
  void aClassOverItsBudgetIsAWarningAtTheClass() {
    Compilation compilation =
        compile(CATALOG, "-Atoolwright.tokenBudget.class=150", "-Atoolwright.dialects=anthropic");
    JsonNode report = report(compilation, "p.Catalog");
    int total = report.get("totals").get("anthropic").get("tools").asInt();
    assertThat(total)
        .isEqualTo(
            counted(
                    resource(compilation, "META-INF/toolwright/p.Catalog.json"),
                    "search",
                    Dialect.ANTHROPIC)
                + counted(
                    resource(compilation, "META-INF/toolwright/p.Catalog.json"),
                    "product",
                    Dialect.ANTHROPIC));
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[toolwright:token-budget] The 2 tools of Catalog cost "
                + total
                + " prompt tokens in anthropic, over the budget of 150 per class")
        .inFile(CATALOG)
        .onLineContaining("public class Catalog");
  }

  @Test
  void aBudgetThatIsNotANumberIsAWarningAndTheDefaultApplies() {
    Compilation compilation = compile(CATALOG, "-Atoolwright.tokenBudget.tool=many");
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[toolwright:invalid-option] Option -Atoolwright.tokenBudget.tool=many is not valid:"
                + " \"many\" is not a whole number of 0 or more, so its default, 1000, applies.");
  }

  /** The report's figures are TokenCounter's on the renderings in the class's resource. */
  @Test
  void theReportHoldsTokenCounterFiguresForEveryToolAndDialect() {
    Compilation compilation = compile(CATALOG);
    JsonNode tools = resource(compilation, "META-INF/toolwright/p.Catalog.json");
    JsonNode report = report(compilation, "p.Catalog");

    assertThat(report.get("class").asString()).isEqualTo("p.Catalog");
    int checked = 0;
    for (JsonNode tool : report.get("tools")) {
      String name = tool.get("name").asString();
      for (Dialect dialect : Dialect.values()) {
        assertThat(tool.get("tokens").get(dialect.key()).asInt())
            .as("%s in %s", name, dialect)
            .isEqualTo(counted(tools, name, dialect));
        checked++;
      }
    }
    assertThat(checked).isEqualTo(2 * Dialect.values().length);
    for (Dialect dialect : Dialect.values()) {
      List<String> renderings = new ArrayList<>();
      tools
          .get("tools")
          .forEach(t -> renderings.add(t.get("renderings").get(dialect.key()).toString()));
      var count = TokenCounter.count(dialect, renderings);
      JsonNode total = report.get("totals").get(dialect.key());
      assertThat(total.get("tools").asInt()).as("%s", dialect).isEqualTo(count.total());
      assertThat(total.get("oncePerRequest").asInt()).isEqualTo(count.fixedOverhead());
    }
    assertThat(report.get("totals").get("anthropic").get("oncePerRequest").asInt())
        .isEqualTo(TokenCounter.ANTHROPIC_TOOL_SYSTEM_PROMPT);
  }

  @Test
  void oneNotePerClass() {
    JavaFileObject other =
        JavaFileObjects.forSourceLines(
            "p.Clock",
            "package p;",
            "public class Clock {",
            "  /** Tells the time in UTC. */",
            "  @io.toolwright.annotation.Tool public String now() { return \"\"; }",
            "}");
    Compilation compilation = javac().withProcessors(new ToolProcessor()).compile(CATALOG, other);
    JsonNode report = report(compilation, "p.Catalog");
    JsonNode totals = report.get("totals");

    assertThat(compilation).hadNoteCount(2);
    assertThat(compilation)
        .hadNoteContaining(
            "[toolwright:report] Catalog: 2 tools, openai-chat/openai-responses "
                + totals.get("openai-chat").get("tools").asInt()
                + " tokens, anthropic "
                + totals.get("anthropic").get("tools").asInt()
                + " (+346 once), ")
        .inFile(CATALOG)
        .onLineContaining("public class Catalog");
    assertThat(compilation)
        .hadNoteContaining(
            "mcp "
                + totals.get("mcp").get("tools").asInt()
                + ". Per tool figures are in"
                + " META-INF/toolwright/p.Catalog.json, under \"report\";"
                + " -Atoolwright.lint.report=off"
                + " silences this line.");
    assertThat(compilation).hadNoteContaining("[toolwright:report] Clock: 1 tool, ");
  }

  /**
   * The report travels in the class's resource: the processor creates two resources per class
   * (the {@code .json} and the {@code .renderings}), not a third in {@code toolwright-report/}.
   */
  @Test
  void theReportIsNoResourceOfItsOwn() {
    Compilation compilation = compile(CATALOG);
    assertThat(
            compilation.generatedFile(
                StandardLocation.CLASS_OUTPUT, "META-INF/toolwright-report/p.Catalog.json"))
        .isEmpty();
    List<String> resources = new ArrayList<>();
    compilation.generatedFiles().stream()
        .map(file -> file.toUri().getPath())
        .filter(path -> path.contains("META-INF/"))
        .forEach(path -> resources.add(path.substring(path.indexOf("META-INF/"))));
    assertThat(resources)
        .containsExactlyInAnyOrder(
            "META-INF/toolwright/p.Catalog.json", "META-INF/toolwright/p.Catalog.renderings");
  }

  @Test
  void theNoteCanBeSilencedAndCountingSwitchedOff() {
    Compilation silenced = compile(CATALOG, "-Atoolwright.severity=report:ignore");
    assertThat(silenced).hadNoteCount(0);
    assertThat(report(silenced, "p.Catalog").get("class").asString()).isEqualTo("p.Catalog");

    Compilation off =
        compile(CATALOG, "-Atoolwright.tokens=false", "-Atoolwright.tokenBudget.tool=10");
    assertThat(off).succeeded();
    assertThat(off).hadNoteCount(0);
    assertThat(off).hadWarningCount(0);
    assertThat(resource(off, "META-INF/toolwright/p.Catalog.json").has("report")).isFalse();
  }

  /** The lint findings printed for the class, with the severity printed; suppressed ones not. */
  @Test
  void theReportListsTheFindingsPrintedForTheClass() {
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "p.Desk",
            "package p;",
            "import io.toolwright.annotation.Tool;",
            "public class Desk {",
            "  /** Closes a support ticket that was answered. */",
            "  @Tool public void close(String id) {}",
            "  /** Opens a support ticket with a title. */",
            "  @SuppressWarnings(\"toolwright:missing-description\")",
            "  @Tool public void open(String title) {}",
            "}");
    Compilation compilation =
        compile(
            source,
            "-Atoolwright.severity=missing-description:note",
            "-Atoolwright.tokenBudget.tool=10");
    JsonNode findings =
        report(compilation, "p.Desk").get("findings");

    List<String> seen = new ArrayList<>();
    findings.forEach(
        f ->
            seen.add(
                f.get("rule").asString()
                    + " "
                    + f.get("severity").asString()
                    + " "
                    + f.get("element").asString()));
    assertThat(seen)
        .containsExactly(
            "missing-description note p.Desk.close(id)",
            "token-budget warning p.Desk.close",
            "token-budget warning p.Desk.open");
    assertThat(findings.get(0).get("message").asString())
        .isEqualTo(
            compilation.diagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.NOTE)
                .map(d -> d.getMessage(null))
                .filter(m -> m.contains("missing-description"))
                .findFirst()
                .orElseThrow());
  }
}
