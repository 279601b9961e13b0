package io.toolwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.toolwright.ToolContext;
import io.toolwright.ToolSet;
import io.toolwright.dispatch.ToolBinding;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code bind()} gives every tool an instance of one generated {@code Invoker} class that picks the
 * tool's {@code prepare...} method by its index: each binding must run its own tool, static or
 * not, and no binding may be a lambda (a class spun at run time, which is what the class avoids).
 */
class GeneratedInvokerTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void everyBindingRunsItsOwnToolThroughOneNestedClass() throws Exception {
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "p.Desk",
            "package p;",
            "import io.toolwright.annotation.Tool;",
            "public class Desk {",
            "  private final String name;",
            "  public Desk(String name) { this.name = name; }",
            "  @Tool public String first(int n) { return name + \" first \" + n; }",
            "  @Tool public String second(int n) { return name + \" second \" + n; }",
            "  @Tool public static String third(int n) { return \"static third \" + n; }",
            "  @Tool public String fourth(int n) { return name + \" fourth \" + n; }",
            "  public static final class Utilities {",
            "    private Utilities() {}",
            "    @Tool static String upper(String text) { return text.toUpperCase(); }",
            "    @Tool static String lower(String text) { return text.toLowerCase(); }",
            "  }",
            "  public static final class Single {",
            "    @Tool public String only(int n) { return \"only \" + n; }",
            "  }",
            "}");
    Compilation compilation = Compilations.compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Compilations.generatedSource(compilation, "p.DeskTools"))
        .contains("new Invoker(target, 3)")
        .doesNotContain("(args, context) ->");
    assertThat(Compilations.generatedSource(compilation, "p.Desk_UtilitiesTools"))
        .contains("new Invoker(1)");
    // One tool: nothing to choose, so no index and no switch.
    assertThat(Compilations.generatedSource(compilation, "p.Desk_SingleTools"))
        .contains("new Invoker(target)")
        .doesNotContain("switch");

    CompiledClasses classes = new CompiledClasses(compilation);
    Class<?> desk = classes.loadClass("p.Desk");
    Class<?> deskTools = classes.loadClass("p.DeskTools");
    ToolSet tools =
        (ToolSet)
            deskTools
                .getMethod("bind", desk)
                .invoke(null, desk.getConstructor(String.class).newInstance("ana's"));
    assertThat(answers(tools, "{\"n\":7}"))
        .containsExactly(
            "ana's first 7", "ana's second 7", "static third 7", "ana's fourth 7");
    assertOneNestedInvokerClass(tools, deskTools);

    Class<?> utilitiesTools = classes.loadClass("p.Desk_UtilitiesTools");
    ToolSet utilities = (ToolSet) utilitiesTools.getMethod("bind").invoke(null);
    assertThat(answers(utilities, "{\"text\":\"MiXed\"}")).containsExactly("MIXED", "mixed");
    assertOneNestedInvokerClass(utilities, utilitiesTools);

    Class<?> single = classes.loadClass("p.Desk$Single");
    Class<?> singleTools = classes.loadClass("p.Desk_SingleTools");
    ToolSet one =
        (ToolSet)
            singleTools.getMethod("bind", single).invoke(null, single.getConstructor().newInstance());
    assertThat(answers(one, "{\"n\":3}")).containsExactly("only 3");
    assertOneNestedInvokerClass(one, singleTools);
  }

  /** Each binding's answer, in binding order. */
  private static List<Object> answers(ToolSet tools, String arguments) throws Exception {
    ObjectNode args = (ObjectNode) JSON.readTree(arguments);
    List<Object> answers = new ArrayList<>();
    for (ToolBinding binding : tools.bindings()) {
      answers.add(binding.invoker().prepare(args, ToolContext.empty()).invoke());
    }
    return answers;
  }

  private static void assertOneNestedInvokerClass(ToolSet tools, Class<?> toolsClass) {
    List<Class<?>> invokerClasses =
        tools.bindings().stream().<Class<?>>map(b -> b.invoker().getClass()).distinct().toList();
    assertThat(invokerClasses).hasSize(1);
    Class<?> invoker = invokerClasses.get(0);
    assertThat(invoker.isHidden()).as("a lambda's class is hidden").isFalse();
    assertThat(invoker.getEnclosingClass()).isEqualTo(toolsClass);
    assertThat(invoker.getSimpleName()).isEqualTo("Invoker");
  }
}
