package io.toolwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Under a build tool that wraps javac's processing environment, as Gradle and IntelliJ do, the
 * syntax tree that reveals tools in local classes is out of reach: the build says so in a note.
 */
class WrappedEnvironmentTest {

  private static final JavaFileObject SOURCE =
      JavaFileObjects.forSourceLines(
          "p.Jobs",
          "package p;",
          "import io.toolwright.annotation.Tool;",
          "public class Jobs {",
          "  /** Starts the nightly export of the job queue. */",
          "  @Tool public void runNightlyJobs() {}",
          "  void work() {",
          "    class Local {",
          "      @Tool void hidden() {}",
          "    }",
          "  }",
          "}");

  /** What a build tool does: hands the processor its own implementation of the interface. */
  private static final class Wrapping extends AbstractProcessor {
    private final ToolProcessor delegate = new ToolProcessor();

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      delegate.init(
          (ProcessingEnvironment)
              Proxy.newProxyInstance(
                  getClass().getClassLoader(),
                  new Class<?>[] {ProcessingEnvironment.class},
                  (proxy, method, args) -> {
                    try {
                      return method.invoke(env, args);
                    } catch (InvocationTargetException e) {
                      throw e.getCause();
                    }
                  }));
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }
  }

  @Test
  void wrappedEnvironmentNotesOnceThatLocalClassesAreNotChecked() {
    Compilation compilation =
        javac()
            .withProcessors(new Wrapping())
            .withOptions("-Xlint:all,-processing", "-Werror", "-Atoolwright.severity=report:ignore")
            .compile(SOURCE);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).hadNoteCount(1);
    assertThat(compilation)
        .hadNoteContaining(
            "[toolwright:local-classes-unchecked] @Tool methods in local and anonymous classes are"
                + " not reported in this build: javac does not show them to processors, and the"
                + " syntax tree that reveals them is not available through this processing"
                + " environment (");
  }

  @Test
  void theNoteCanBeSwitchedOff() {
    Compilation compilation =
        javac()
            .withProcessors(new Wrapping())
            .withOptions("-Atoolwright.severity=local-classes-unchecked:ignore,report:ignore")
            .compile(SOURCE);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).hadNoteCount(0);
  }

  /**
   * Without javac's syntax tree, a repeated {@code @ToolExample} is reported where javac can point
   * (the method), and the message numbers it.
   */
  @Test
  void repeatedExampleFallsBackToTheMethodAndIsNumbered() {
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "p.Find",
            "package p;",
            "import io.toolwright.annotation.*;",
            "public class Find {",
            "  @Tool",
            "  @ToolExample(\"{\\\"query\\\": \\\"x\\\"}\")",
            "  @ToolExample(\"{\\\"query\\\": 1}\")",
            "  public void find(String query) {}",
            "}");
    Compilation compilation =
        javac()
            .withProcessors(new Wrapping())
            .withOptions("-Atoolwright.severity=local-classes-unchecked:ignore")
            .compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[toolwright:invalid-example] @ToolExample #2 of Find.find does not match the tool's"
                + " schema (1 problem): at /query, type: ")
        .inFile(source)
        .onLineContaining("public void find");
  }

  /** javac's own environment: the local tool is an error, and there is no note. */
  @Test
  void javacItselfReportsTheLocalTool() {
    Compilation compilation =
        javac()
            .withProcessors(new ToolProcessor())
            .withOptions("-Atoolwright.severity=report:ignore")
            .compile(SOURCE);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[toolwright:unreachable-method] Tool method hidden is declared in local class Local")
        .inFile(SOURCE)
        .onLineContaining("hidden()");
    assertThat(compilation).hadNoteCount(0);
  }
}
