package io.toolwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Tools whose parameter types another processor generates in a later round. */
class ProcessingRoundsTest {

  /** Generates the record {@code gen.Query} in the first round, as e.g. Immutables would. */
  static final class QueryGenerator extends AbstractProcessor {
    private boolean generated;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!generated) {
        generated = true;
        try (Writer out = processingEnv.getFiler().createSourceFile("gen.Query").openWriter()) {
          out.write(
              "package gen;\n"
                  + "/** @param text what to look for */\n"
                  + "public record Query(String text, int limit) {}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  private static final JavaFileObject WRAPPER =
      JavaFileObjects.forSourceLines(
          "gen.Wrapper", "package gen;", "public record Wrapper(java.util.List<Query> queries) {}");

  private static final JavaFileObject SEARCH =
      JavaFileObjects.forSourceLines(
          "gen.Search",
          "package gen;",
          "public class Search {",
          "  @io.toolwright.annotation.Tool public String search(Query query) { return query.text(); }",
          "  @io.toolwright.annotation.Tool public int wrapped(Wrapper wrapper) { return 0; }",
          "}");

  @Test
  void toolIsProcessedOnceItsParameterTypeIsGenerated() {
    for (List<Processor> processors :
        List.<List<Processor>>of(
            List.of(new ToolProcessor(), new QueryGenerator()),
            List.of(new QueryGenerator(), new ToolProcessor()))) {
      Compilation compilation = Compilations.compile(processors, SEARCH, WRAPPER);
      assertThat(compilation).succeededWithoutWarnings();
      assertThat(compilation).generatedSourceFile("gen.SearchTools");
      assertThat(Compilations.resource(compilation, "META-INF/toolwright/gen.Search.json"))
          .contains("\"$ref\" : \"#/$defs/Query\"")
          .contains("\"description\" : \"what to look for\"");
    }
  }

  @Test
  void typeNeverGeneratedIsReportedAtTheEnd() {
    Compilation compilation = Compilations.compile(SEARCH, WRAPPER);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[toolwright:unresolved-type] Parameter 'query' of Search.search has type Query")
        .inFile(SEARCH)
        .onLineContaining("Query query");
  }

  @Test
  void typeNeverGeneratedInsideARecordIsReportedAtItsComponent() {
    JavaFileObject wrappedOnly =
        JavaFileObjects.forSourceLines(
            "gen.Search",
            "package gen;",
            "public class Search {",
            "  @io.toolwright.annotation.Tool public int wrapped(Wrapper wrapper) { return 0; }",
            "}");
    Compilation compilation = Compilations.compile(wrappedOnly, WRAPPER);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[toolwright:unresolved-type] Component 'queries' of gen.Wrapper has type"
                + " java.util.List<Query>, which could not be resolved in any annotation processing"
                + " round, so no tools were generated for gen.Search.")
        .inFile(WRAPPER)
        .onLineContaining("List<Query> queries");
  }

  @Test
  void toolWaitsForItsReturnTypeSoThatItsOutputSchemaDoesNotDependOnTheRound() {
    JavaFileObject finder =
        JavaFileObjects.forSourceLines(
            "gen.Finder",
            "package gen;",
            "public class Finder {",
            "  @io.toolwright.annotation.Tool public Query find(String text) {",
            "    return new Query(text, 1);",
            "  }",
            "}");
    for (List<Processor> processors :
        List.<List<Processor>>of(
            List.of(new ToolProcessor(), new QueryGenerator()),
            List.of(new QueryGenerator(), new ToolProcessor()))) {
      Compilation compilation = Compilations.compile(processors, finder);
      assertThat(compilation).succeededWithoutWarnings();
      assertThat(Compilations.resource(compilation, "META-INF/toolwright/gen.Finder.json"))
          .contains("\"outputSchema\"")
          .contains("\"description\" : \"what to look for\"");
    }
  }

  @Test
  void returnTypeNeverGeneratedIsReportedAtTheMethod() {
    JavaFileObject finder =
        JavaFileObjects.forSourceLines(
            "gen.Finder",
            "package gen;",
            "public class Finder {",
            "  @io.toolwright.annotation.Tool public Query find(String text) { return null; }",
            "}");
    Compilation compilation = Compilations.compile(finder);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[toolwright:unresolved-type] The result of Finder.find has type Query")
        .inFile(finder)
        .onLineContaining("Query find");
  }
}
