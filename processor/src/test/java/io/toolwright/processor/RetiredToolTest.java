package io.toolwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static io.toolwright.processor.CompileErrorTest.assertAt;
import static io.toolwright.processor.CompileErrorTest.assertErrorAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.toolwright.ErrorCode;
import io.toolwright.ToolCall;
import io.toolwright.ToolContext;
import io.toolwright.ToolDefinition;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolResult;
import io.toolwright.ToolSet;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @RetiredTool}: read, checked, written to the resource and the generated class, linted. */
class RetiredToolTest {

  private static JavaFileObject orders(String... retired) {
    String[] lines = new String[retired.length + 8];
    lines[0] = "package p;";
    lines[1] = "import io.toolwright.annotation.*;";
    System.arraycopy(retired, 0, lines, 2, retired.length);
    int at = retired.length + 2;
    lines[at] = "public class Orders {";
    lines[at + 1] = "  /** Finds one order by its id, such as ORD-1001, with its lines and status. */";
    lines[at + 2] = "  @Tool public String findOrder(String id) { return id; }";
    lines[at + 3] = "  /** Cancels one open order by its id; an order already shipped cannot be cancelled. */";
    lines[at + 4] = "  @Tool public void cancelOrder(String id) {}";
    lines[at + 5] = "}";
    return JavaFileObjects.forSourceLines("p.Orders", lines);
  }

  private static final String GET_ORDER =
      "@RetiredTool(name = \"get_order\", replacement = \"find_order\", since = \"2026-11-01\", until = \"2027-03-01\")";

  private static Compilation compile(String today, JavaFileObject source) {
    return javac()
        .withProcessors(new ToolProcessor())
        .withOptions(Compilations.LINT_OFF, "-Atoolwright.today=" + today)
        .compile(source);
  }

  @Test
  void aRetiredToolIsWrittenToTheResourceAndAnsweredByTheGeneratedClass() throws Exception {
    Compilation compilation = compile("2026-12-03", orders(GET_ORDER,
        "@RetiredTool(name = \"drop_order\", replacement = \"cancel_order\")"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Compilations.resource(compilation, "META-INF/toolwright/p.Orders.json"))
        .contains("\"retired\" : [ {\n    \"name\" : \"get_order\",\n    \"replacement\" : \"find_order\",\n"
            + "    \"since\" : \"2026-11-01\",\n    \"until\" : \"2027-03-01\"\n  }, {\n    \"name\" : \"drop_order\"");
    assertThat(Compilations.generatedSource(compilation, "p.OrdersTools"))
        .contains("RetiredTool.of(\"get_order\", \"find_order\", \"2026-11-01\", \"2027-03-01\")")
        .contains("RetiredTool.of(\"drop_order\", \"cancel_order\", \"\", \"\")");

    CompiledClasses classes = new CompiledClasses(compilation);
    Object orders = classes.loadClass("p.Orders").getConstructor().newInstance();
    ToolSet set = (ToolSet) classes.loadClass("p.OrdersTools")
        .getMethod("bind", classes.loadClass("p.Orders")).invoke(null, orders);
    ToolRegistry registry = ToolRegistry.of(set);
    assertThat(registry.definitions()).extracting(ToolDefinition::name)
        .containsExactly("find_order", "cancel_order");
    List<ToolResult> results = registry.execute(
        List.of(ToolCall.of("c1", "get_order", "{\"id\":\"ORD-1001\"}")), ToolContext.empty());
    ToolResult.Failure failure = (ToolResult.Failure) results.get(0);
    assertThat(failure.error().code()).isEqualTo(ErrorCode.RETIRED_TOOL);
    assertThat(failure.error().message()).isEqualTo("get_order was retired; use find_order instead");
  }

  @Test
  void aRetiredNameThatIsStillAToolIsAnErrorAtTheName() {
    JavaFileObject file = orders("@RetiredTool(name = \"find_order\", replacement = \"cancel_order\")");

    Compilation compilation = compile("2026-12-03", file);

    assertThat(compilation).hadErrorCount(1);
    assertErrorAt(compilation, file, "@RetiredTool", "\"find_order\"",
        "[toolwright:retired-tool-declaration] @RetiredTool(name = \"find_order\") on p.Orders: name is still a tool of this class.");
  }

  @Test
  void aBadDateOrReplacementIsAnErrorAtThatAttribute() {
    JavaFileObject file = orders(
        "@RetiredTool(name = \"get_order\", replacement = \"find_order\", until = \"01/03/2027\")",
        "@RetiredTool(name = \"drop_order\", replacement = \"drop_order\")",
        "@RetiredTool(name = \"old_order\", replacement = \"find_order\", since = \"2027-01-01\", until = \"2026-01-01\")");

    Compilation compilation = compile("2026-12-03", file);

    assertThat(compilation).hadErrorCount(3);
    assertErrorAt(compilation, file, "get_order", "\"01/03/2027\"",
        "until has the date \"01/03/2027\", not YYYY-MM-DD");
    assertErrorAt(compilation, file, "drop_order", "\"drop_order\")", "replacement names no other tool");
    assertErrorAt(compilation, file, "old_order", "\"2026-01-01\"",
        "until ends on 2026-01-01, before it was retired on 2027-01-01");
  }

  @Test
  void pastItsUntilDateARetiredToolIsAWarningAtTheDate() {
    JavaFileObject file = orders(GET_ORDER);

    Compilation onTheDay = compile("2027-03-01", file);
    Compilation dayAfter = compile("2027-03-02", file);

    assertThat(onTheDay).succeededWithoutWarnings();
    assertThat(dayAfter).succeeded();
    assertAt(dayAfter, Diagnostic.Kind.WARNING, file, "@RetiredTool", "\"2027-03-01\"",
        "[toolwright:retired-tool] Tool get_order was retired in favour of find_order until 2027-03-01,"
            + " and the build's date is 2027-03-02");
  }

  @Test
  void onAClassWithoutToolsItIsAnErrorAtTheClass() {
    JavaFileObject file = JavaFileObjects.forSourceLines("p.Legacy",
        "package p;",
        "import io.toolwright.annotation.*;",
        "@RetiredTool(name = \"get_order\", replacement = \"find_order\")",
        "public class Legacy {}");

    Compilation compilation = compile("2026-12-03", file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[toolwright:retired-tool-declaration] @RetiredTool(name = \"...\") on"
        + " p.Legacy: the class has no @Tool method").inFile(file).onLineContaining("public class Legacy");
  }

  @Test
  void theRuleCanBeTurnedOff() {
    Compilation compilation = javac()
        .withProcessors(new ToolProcessor())
        .withOptions(Compilations.LINT_OFF, "-Atoolwright.today=2030-01-01", "-Atoolwright.lint.retired_tool=off")
        .compile(orders(GET_ORDER));

    assertThat(compilation).succeededWithoutWarnings();
  }
}
