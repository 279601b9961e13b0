package io.toolwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.toolwright.ToolCall;
import io.toolwright.ToolContext;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolSet;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A result the generator cannot write exactly as the default mapper does gets no generated writer,
 * and the mapper writes it: what the mapper makes of a Jackson annotation, a bean's getters or a
 * record's extra getter is the mapper's business.
 */
class ResultWriterFallbackTest {

  private static final List<JavaFileObject> SOURCES =
      List.of(
          JavaFileObjects.forSourceLines(
              "p.Plain", "package p;", "public record Plain(String name, int count) {}"),
          JavaFileObjects.forSourceLines(
              "p.Renamed",
              "package p;",
              "import com.fasterxml.jackson.annotation.JsonProperty;",
              "public record Renamed(@JsonProperty(\"renamed\") String name) {}"),
          JavaFileObjects.forSourceLines(
              "p.Hidden",
              "package p;",
              "import com.fasterxml.jackson.annotation.JsonIgnore;",
              "public record Hidden(String name, @JsonIgnore String secret) {}"),
          JavaFileObjects.forSourceLines(
              "p.Bean",
              "package p;",
              "public class Bean {",
              "  public String getName() { return \"bean\"; }",
              "}"),
          JavaFileObjects.forSourceLines(
              "p.WithGetter",
              "package p;",
              "public record WithGetter(String name) {",
              "  public String getfoo() { return \"extra\"; }",
              "}"),
          JavaFileObjects.forSourceLines(
              "p.Named",
              "package p;",
              "public interface Named { default String getLabel() { return \"label\"; } }"),
          JavaFileObjects.forSourceLines(
              "p.Inherits", "package p;", "public record Inherits(String name) implements Named {}"),
          JavaFileObjects.forSourceLines(
              "p.Holder", "package p;", "public record Holder(Plain plain, Bean bean) {}"),
          Compilations.classInP(
              "Svc",
              List.of("import io.toolwright.annotation.Tool;", "import java.util.Map;"),
              "  /** Plain. */ @Tool public Plain plain() { return new Plain(\"p\", 1); }",
              "  /** Renamed. */ @Tool public Renamed renamed() { return new Renamed(\"r\"); }",
              "  /** Hidden. */ @Tool public Hidden hidden() { return new Hidden(\"h\", \"s\"); }",
              "  /** Bean. */ @Tool public Bean bean() { return new Bean(); }",
              "  /** Getter. */ @Tool public WithGetter withGetter() { return new WithGetter(\"w\"); }",
              "  /** Inherits. */ @Tool public Inherits inherits() { return new Inherits(\"i\"); }",
              "  /** Holder. */ @Tool public Holder holder() {",
              "    return new Holder(new Plain(\"p\", 1), new Bean());",
              "  }",
              "  /** By number. */ @Tool public Map<Integer, String> byNumber() {",
              "    return Map.of(1, \"one\");",
              "  }"));

  @Test
  void onlyThePlainRecordGetsAGeneratedWriter() {
    Compilation compilation = Compilations.compile(SOURCES.toArray(JavaFileObject[]::new));
    assertThat(compilation).succeeded();
    String tools = Compilations.generatedSource(compilation, "p.SvcTools");

    // plain is tool 0: its call carries the invoker as its writer, whose write has its one case.
    assertThat(tools)
        .contains("return PreparedCall.callingWritten(null, invoker, invoker);")
        .contains("case 0:\n          writePlain(json, (Plain) value);");
    assertThat(tools.split("callingWritten\\(", -1)).hasSize(2);
    // The seven others are written by the mapper.
    assertThat(tools.split("return PreparedCall.calling\\(null, invoker\\);", -1)).hasSize(8);
    assertThat(tools).doesNotContain("writeBean").doesNotContain("writeHolder");
  }

  @Test
  void aMapResultsWriterLoopTakesNoParametersName() throws ReflectiveOperationException {
    JavaFileObject svc =
        Compilations.classInP(
            "ByName",
            List.of("import io.toolwright.annotation.Tool;", "import java.util.Map;"),
            "  /**",
            "   * By name.",
            "   *",
            "   * @param map1 a name the writer's loop takes",
            "   * @param entry2 another",
            "   */",
            "  @Tool public Map<String, Plain> byName(String map1, String entry2) {",
            "    return Map.of(map1, new Plain(entry2, 2));",
            "  }");
    Compilation compilation = Compilations.compile(SOURCES.get(0), svc);
    assertThat(compilation).succeeded();
    assertThat(Compilations.generatedSource(compilation, "p.ByNameTools"))
        .contains("var map1 = (Map<String, Plain>) value;")
        .contains("for (var entry2 : map1.entrySet())")
        .contains("writePlain(json, entry2.getValue());")
        .doesNotContain("::");

    CompiledClasses classes = new CompiledClasses(compilation);
    Class<?> type = classes.loadClass("p.ByName");
    ToolSet set =
        (ToolSet)
            classes
                .loadClass("p.ByNameTools")
                .getMethod("bind", type)
                .invoke(null, type.getConstructor().newInstance());
    assertThat(
            ToolRegistry.of(set)
                .execute(
                    List.of(ToolCall.of("c", "by_name", "{\"map1\":\"k\",\"entry2\":\"v\"}")),
                    ToolContext.empty())
                .get(0)
                .contentJson())
        .isEqualTo("{\"k\":{\"name\":\"v\",\"count\":2}}");
  }

  @Test
  void whatTheGeneratorRefusesIsWrittenByTheMapper() throws ReflectiveOperationException {
    Compilation compilation = Compilations.compile(SOURCES.toArray(JavaFileObject[]::new));
    CompiledClasses classes = new CompiledClasses(compilation);
    Class<?> svc = classes.loadClass("p.Svc");
    ToolSet set =
        (ToolSet)
            classes
                .loadClass("p.SvcTools")
                .getMethod("bind", svc)
                .invoke(null, svc.getConstructor().newInstance());
    ToolRegistry registry = ToolRegistry.of(set);

    assertThat(result(registry, "plain")).isEqualTo("{\"name\":\"p\",\"count\":1}");
    assertThat(result(registry, "renamed")).isEqualTo("{\"renamed\":\"r\"}");
    assertThat(result(registry, "hidden")).isEqualTo("{\"name\":\"h\"}");
    assertThat(result(registry, "bean")).isEqualTo("{\"name\":\"bean\"}");
    assertThat(result(registry, "with_getter")).isEqualTo("{\"name\":\"w\",\"foo\":\"extra\"}");
    assertThat(result(registry, "inherits")).isEqualTo("{\"name\":\"i\",\"label\":\"label\"}");
    assertThat(result(registry, "by_number")).isEqualTo("{\"1\":\"one\"}");
  }

  private static String result(ToolRegistry registry, String tool) {
    return registry
        .execute(List.of(ToolCall.of("c", tool, "{}")), ToolContext.empty())
        .get(0)
        .contentJson();
  }
}
