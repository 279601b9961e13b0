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

  @Test
  void contextLocalsAreNamedLikeTheirParameters() throws Exception {
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
        .contains("String argumentsFromContext = context.require(\"argumentsFromContext\"")
        .contains("String problems_ = context.require(\"problems\"")
        .contains("String context_ = context.require(\"context\"")
        .doesNotContain("FromContextFromContext");

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
}
