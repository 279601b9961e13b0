package io.toolwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.toolwright.ToolContext;
import io.toolwright.ToolSet;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The kinds of classes that may declare tools, and what is generated for each. */
class ToolClassKindsTest {

  @Test
  void nestedGenericInterfaceAndStaticOnlyClasses() throws Exception {
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "p.Kinds",
            "package p;",
            "import io.toolwright.annotation.Context;",
            "import io.toolwright.annotation.Tool;",
            "import java.util.List;",
            "import java.util.Map;",
            "public class Kinds {",
            "  public static class Nested {",
            "    @Tool String nested(int count, @Context(\"limits\") Map<String, Integer> limits,",
            "        @Context int retries) {",
            "      return count + \" \" + limits + \" \" + retries;",
            "    }",
            "  }",
            "  public static class Repository<T> {",
            "    @Tool public String count(String kind) { return \"counted \" + kind; }",
            "  }",
            "  public interface Catalog {",
            "    @Tool List<String> list();",
            "  }",
            "  public static final class Utilities {",
            "    private Utilities() {}",
            "    @Tool static String echo(String text) { return text; }",
            "  }",
            "}");
    Compilation compilation = Compilations.compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Compilations.generatedSource(compilation, "p.Kinds_RepositoryTools"))
        .contains("public static ToolSet bind(Kinds.Repository<?> target)");
    assertThat(Compilations.generatedSource(compilation, "p.Kinds_CatalogTools"))
        .contains("public static ToolSet bind(Kinds.Catalog target)");
    assertThat(Compilations.generatedSource(compilation, "p.Kinds_UtilitiesTools"))
        .contains("public static ToolSet bind() {")
        .contains("public static ToolSet bind(Kinds.Utilities target) {\n    return bind();");
    assertThat(Compilations.generatedSource(compilation, "p.Kinds_NestedTools"))
        .contains("@SuppressWarnings(\"unchecked\")")
        .contains("List.of(\"limits\", \"retries\")");

    CompiledClasses classes = new CompiledClasses(compilation);
    Class<?> nested = classes.loadClass("p.Kinds$Nested");
    Object instance = nested.getConstructor().newInstance();
    ToolSet tools =
        (ToolSet)
            classes
                .loadClass("p.Kinds_NestedTools")
                .getMethod("bind", nested)
                .invoke(null, instance);
    ObjectNode args = (ObjectNode) JsonMapper.builder().build().readTree("{\"count\":2}");
    ToolContext context =
        ToolContext.builder().put("limits", Map.of("a", 1)).put("retries", 3).build();
    assertThat(tools.bindings().get(0).invoker().prepare(args, context).invoke())
        .isEqualTo("2 {a=1} 3");

    ToolSet utilities =
        (ToolSet) classes.loadClass("p.Kinds_UtilitiesTools").getMethod("bind").invoke(null);
    assertThat(utilities.definitions()).hasSize(1);
    assertThat(List.of(utilities.source())).containsExactly("p.Kinds.Utilities");
  }
}
