package io.toolwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.toolwright.ToolContext;
import io.toolwright.ToolSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The locals of a generated {@code prepare} method keep the names of the parameters they hold. */
class PrepareMethodNamesTest {

  /** Context values are passed on as read, with no local whose name could clash. */
  @Test
  void contextValuesWhateverTheirNamesReachTheMethod() throws Exception {
    Compilation compilation =
        Compilations.compile(
            JavaFileObjects.forSourceLines(
                "names.Names",
                "package names;",
                "import io.toolwright.annotation.Context;",
                "import io.toolwright.annotation.Tool;",
                "public class Names {",
                "  /** Joins. @param text the text */",
                "  @Tool public String join(String text, @Context String argumentsFromContext,",
                "      @Context String problems, @Context String context, @Context String c) {",
                "    return text + argumentsFromContext + problems + context + c;",
                "  }",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    String source = Compilations.generatedSource(compilation, "names.NamesTools");
    assertThat(source)
        .contains(
            "PreparedCall.calling(null, this, text,"
                + " context.require(\"argumentsFromContext\", String.class),"
                + " context.require(\"problems\", String.class),"
                + " context.require(\"context\", String.class), context.require(\"c\", String.class))");

    CompiledClasses classes = new CompiledClasses(compilation);
    Class<?> names = classes.loadClass("names.Names");
    ToolSet tools =
        (ToolSet)
            classes
                .loadClass("names.NamesTools")
                .getMethod("bind", names)
                .invoke(null, names.getConstructor().newInstance());
    ObjectNode args = (ObjectNode) JsonMapper.builder().build().readTree("{\"text\":\"t\"}");
    Object joined =
        tools
            .bindings()
            .get(0)
            .invoker()
            .prepare(
                args,
                ToolContext.builder()
                    .put("argumentsFromContext", "a")
                    .put("problems", "p")
                    .put("context", "x")
                    .put("c", "y")
                    .build())
            .invoke();
    assertThat(joined).isEqualTo("tapxy");
  }

  /**
   * Model-supplied arguments are read into locals named like them, except where such a local would
   * take a name the method uses, or obscure a package or type it names in full: here {@code
   * io.toolwright.dispatch.Problems}, written in full because the tool class's package has a
   * {@code Problems} of its own.
   */
  @Test
  void argumentLocalsDoNotHideWhatTheMethodNames() throws Exception {
    Compilation compilation =
        Compilations.compile(
            JavaFileObjects.forSourceLines(
                "names.Problems", "package names;", "public record Problems(String text) {}"),
            JavaFileObjects.forSourceLines(
                "names.Clashes",
                "package names;",
                "import io.toolwright.annotation.Tool;",
                "import jakarta.validation.constraints.Size;",
                "public class Clashes {",
                "  /**",
                "   * Joins.",
                "   *",
                "   * @param io a",
                "   * @param args b",
                "   * @param problems c",
                "   * @param target d",
                "   * @param Problems e",
                "   * @param arguments f",
                "   */",
                "  @Tool public String clash(String io, String args, String problems, String target,",
                "      Problems Problems, @Size(max = 1, message = \"one at most\") String arguments) {",
                "    return io + args + problems + target + Problems.text() + arguments;",
                "  }",
                "}"));
    assertThat(compilation).succeeded();
    String source = Compilations.generatedSource(compilation, "names.ClashesTools");
    assertThat(source)
        .contains("io.toolwright.dispatch.Problems problems = new io.toolwright.dispatch.Problems()")
        .contains("String io_ = ")
        .contains("String args_ = ")
        .contains("String problems_ = ")
        .contains("Problems Problems_ = ")
        .contains("ClashArguments arguments = new ClashArguments(Problems_, arguments_)");

    CompiledClasses classes = new CompiledClasses(compilation);
    Class<?> clashes = classes.loadClass("names.Clashes");
    ToolSet tools =
        (ToolSet)
            classes
                .loadClass("names.ClashesTools")
                .getMethod("bind", clashes)
                .invoke(null, clashes.getConstructor().newInstance());
    ObjectNode args =
        (ObjectNode)
            JsonMapper.builder()
                .build()
                .readTree(
                    "{\"io\":\"a\",\"args\":\"b\",\"problems\":\"c\",\"target\":\"d\","
                        + "\"Problems\":{\"text\":\"e\"},\"arguments\":\"f\"}");
    var prepared = tools.bindings().get(0).invoker().prepare(args, ToolContext.builder().build());
    assertThat(prepared.invoke()).isEqualTo("abcdef");
    // Only what Bean Validation checks is gathered: the constrained text and the record (@Valid).
    assertThat(prepared.arguments().getClass().getDeclaredFields())
        .extracting(java.lang.reflect.Field::getName)
        .containsExactly("Problems", "arguments");
  }

  /** A tool without constraints has no arguments class, and its calls skip Bean Validation. */
  @Test
  void unconstrainedToolHasNoArgumentsClass() throws Exception {
    Compilation compilation =
        Compilations.compile(
            JavaFileObjects.forSourceLines(
                "names.Plain",
                "package names;",
                "import io.toolwright.annotation.Tool;",
                "public class Plain {",
                "  /** Adds. @param a one @param b two */",
                "  @Tool public static int add(int a, int b) { return a + b; }",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    String source = Compilations.generatedSource(compilation, "names.PlainTools");
    assertThat(source)
        .doesNotContain("class AddArguments")
        .contains("return PreparedCall.calling(null, this, a, b);");
    CompiledClasses classes = new CompiledClasses(compilation);
    ToolSet tools =
        (ToolSet) classes.loadClass("names.PlainTools").getMethod("bind").invoke(null);
    ObjectNode args = (ObjectNode) JsonMapper.builder().build().readTree("{\"a\":2,\"b\":3}");
    var prepared = tools.bindings().get(0).invoker().prepare(args, ToolContext.builder().build());
    assertThat(prepared.arguments()).isNull();
    assertThat(prepared.invoke()).isEqualTo(5);
  }
}
