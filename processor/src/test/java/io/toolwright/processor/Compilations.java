package io.toolwright.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Compiles test sources with the processor, and reads what it generated. */
final class Compilations {

  /**
   * The tool-quality lint rules of package {@code lint} set to {@code ignore}, as a value of {@code
   * -Atoolwright.severity}, for tests about something else that set that option themselves.
   */
  static final String QUALITY_OFF =
      "short-description:ignore,vague-description:ignore,wide-parameter:ignore,"
          + "missing-enum:ignore,destructive-description:ignore,unbounded-input:ignore,"
          + "tools-alike:ignore,tool-naming:ignore,mcp-name:ignore";

  /**
   * {@code missing-description}, {@code token-budget} and the tool-quality lint rules, off in
   * fixtures that are about something else: fixtures document and name only what they test, and the
   * type matrix's tools are large on purpose. Each rule has tests of its own.
   */
  static final String LINT_OFF =
      "-Atoolwright.severity=missing-description:ignore,token-budget:ignore," + QUALITY_OFF;

  /**
   * Lint everything but the processing lint, which flags every annotation no processor claims. The
   * tool-quality lint is off ({@link #LINT_OFF}).
   */
  static final List<String> OPTIONS = List.of("-Xlint:all,-processing", "-Werror", LINT_OFF);

  private Compilations() {}

  static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(new ToolProcessor()), sources);
  }

  /**
   * Compiles without {@code -Werror}, for tests of warnings; undocumented parameters are not
   * reported, as in {@link #OPTIONS}.
   */
  static Compilation compileKeepingWarnings(JavaFileObject... sources) {
    return javac().withProcessors(new ToolProcessor()).withOptions(LINT_OFF).compile(sources);
  }

  static Compilation compile(List<Processor> processors, JavaFileObject... sources) {
    return javac().withProcessors(processors).withOptions(OPTIONS).compile(sources);
  }

  /**
   * A source file of class {@code p.<simpleName>}: its package, {@code imports} (one import line
   * each, as written), then {@code body} inside the class, one line per string, so that tests can
   * find the lines their diagnostics point at.
   */
  static JavaFileObject classInP(String simpleName, List<String> imports, String... body) {
    List<String> lines = new ArrayList<>();
    lines.add("package p;");
    lines.addAll(imports);
    lines.add("public class " + simpleName + " {");
    lines.addAll(List.of(body));
    lines.add("}");
    return JavaFileObjects.forSourceLines("p." + simpleName, lines.toArray(String[]::new));
  }

  /** Sources under {@code src/test/resources/sources/}, e.g. {@code billing/Invoice.java}. */
  static JavaFileObject[] resources(String... paths) {
    List<JavaFileObject> files = new ArrayList<>();
    for (String path : paths) {
      files.add(JavaFileObjects.forResource("sources/" + path));
    }
    return files.toArray(JavaFileObject[]::new);
  }

  static String generatedSource(Compilation compilation, String qualifiedName) {
    return contents(compilation.generatedSourceFile(qualifiedName), qualifiedName);
  }

  static String resource(Compilation compilation, String path) {
    return contents(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path), path);
  }

  private static String contents(Optional<JavaFileObject> file, String name) {
    try {
      return file.orElseThrow(() -> new AssertionError("not generated: " + name))
          .getCharContent(false)
          .toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
