package io.toolwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code missing-description} warning, and {@code @SuppressWarnings} on it. */
class MissingDescriptionTest {

  private static final String QUALITY_OFF = "-Atoolwright.severity=" + Compilations.QUALITY_OFF;

  /**
   * The test options without {@code -Werror}, so that warnings can be counted; the tool-quality
   * lint, which the fixtures' short descriptions would trip, is off.
   */
  private static Compilation compile(JavaFileObject... sources) {
    return javac()
        .withProcessors(new ToolProcessor())
        .withOptions("-Xlint:all,-processing", QUALITY_OFF)
        .compile(sources);
  }

  /** The same, with {@code library} in front of the test's own class path. */
  private static Compilation compileWith(Path library, JavaFileObject... sources) {
    List<File> classpath = new ArrayList<>();
    classpath.add(library.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    return javac()
        .withProcessors(new ToolProcessor())
        .withOptions("-Xlint:all,-processing", QUALITY_OFF)
        .withClasspath(classpath)
        .compile(sources);
  }

  @Test
  void undocumentedToolParameterComponentAndBeanProperty() {
    JavaFileObject file =
        JavaFileObjects.forSourceLines(
            "p.Shop",
            "package p;",
            "import io.toolwright.annotation.Tool;",
            "public class Shop {",
            "  public record Item(String sku,",
            "      int quantity) {}",
            "  public static class Note {",
            "    private String text;",
            "    public String getText() { return text; }",
            "    public void setText(String text) { this.text = text; }",
            "  }",
            "  @Tool public void order(Item item,",
            "      Note note) {}",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(6);
    CompileErrorTest.assertAt(
        compilation,
        javax.tools.Diagnostic.Kind.WARNING,
        file,
        "public void order(",
        "order(",
        "[toolwright:missing-description] Tool Shop.order has no description (no Javadoc comment,"
            + " no @Tool(description = ...)), so a model has only its name to decide when to call"
            + " it. Fix: Write a Javadoc comment on Shop.order saying what the tool does and when"
            + " to use it, or set @Tool(description = \"...\").");
    CompileErrorTest.assertAt(
        compilation,
        javax.tools.Diagnostic.Kind.WARNING,
        file,
        "public void order(",
        "item,",
        "[toolwright:missing-description] parameter 'item' of Shop.order has no description, so a"
            + " model has only its name to decide what to send. Fix: Add \"@param item <what to"
            + " send>\" to the Javadoc comment of Shop.order.");
    assertThat(compilation)
        .hadWarningContaining("[toolwright:missing-description] parameter 'note' of Shop.order")
        .inFile(file)
        .onLineContaining("Note note");
    assertThat(compilation)
        .hadWarningContaining(
            "[toolwright:missing-description] component 'sku' of record p.Shop.Item has no"
                + " description, so a model has only its name to decide what to send. Fix: Add"
                + " \"@param sku <what to send>\" to the Javadoc comment of record p.Shop.Item.")
        .inFile(file)
        .onLineContaining("String sku");
    assertThat(compilation)
        .hadWarningContaining("[toolwright:missing-description] component 'quantity'")
        .inFile(file)
        .onLineContaining("int quantity");
    assertThat(compilation)
        .hadWarningContaining(
            "[toolwright:missing-description] property 'text' of p.Shop.Note has no description,"
                + " so a model has only its name to decide what to send. Fix: Write a Javadoc"
                + " comment on its field, getter or setter in p.Shop.Note.")
        .inFile(file)
        .onLineContaining("private String text");
  }

  /** Enums and records documented themselves describe a parameter that holds them. */
  @Test
  void documentedToolsCompileWithoutWarnings() {
    JavaFileObject file =
        JavaFileObjects.forSourceLines(
            "p.Shop",
            "package p;",
            "import io.toolwright.annotation.Tool;",
            "public class Shop {",
            "  /** How fast. */",
            "  public enum Speed { SLOW, FAST }",
            "  /**",
            "   * An order line.",
            "   *",
            "   * @param sku the article",
            "   */",
            "  public record Item(String sku) {}",
            "  /**",
            "   * Orders an item.",
            "   *",
            "   * @param count how many",
            "   */",
            "  @Tool public void order(Item item, Speed speed, int count) {}",
            "  /** Pings. */",
            "  @Tool(description = \"Says pong.\") public String ping() { return \"pong\"; }",
            "}");
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @Test
  void suppressedOnTheElementOrAnEnclosingOne() {
    JavaFileObject file =
        JavaFileObjects.forSourceLines(
            "p.Shop",
            "package p;",
            "import io.toolwright.annotation.Tool;",
            "public class Shop {",
            "  /** @param quantity how many */",
            "  public record Item(@SuppressWarnings(\"toolwright:missing-description\") String"
                + " sku,",
            "      int quantity) {}",
            "  /** Orders. */",
            "  @Tool public void order(",
            "      @SuppressWarnings(\"toolwright:missing-description\") Item item) {}",
            "  @SuppressWarnings({\"unused\", \"toolwright:missing-description\"})",
            "  @Tool public void cancel(String id) {}",
            "  @SuppressWarnings(\"toolwright:missing-description\")",
            "  public static class Inner {",
            "    @Tool public void ping(String text) {}",
            "  }",
            "}");
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  /** A rule no option may lower cannot be silenced either. */
  @Test
  void errorsThatMeanBrokenCodeAreNotSuppressed() {
    JavaFileObject file =
        JavaFileObjects.forSourceLines(
            "p.Shop",
            "package p;",
            "import io.toolwright.annotation.Tool;",
            "@SuppressWarnings(\"toolwright:unsupported-type\")",
            "public class Shop {",
            "  /** @param any anything */",
            "  @Tool public void take(Object any) {}",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[toolwright:unsupported-type] parameter 'any' of Shop.take")
        .inFile(file)
        .onLineContaining("Object any");
  }

  /**
   * Class files keep no Javadoc: a documented record from a library has no descriptions in the
   * schema, which is said where a tool first holds it.
   */
  @Test
  void typeCompiledInAnEarlierCompilation(@TempDir Path library) throws IOException {
    JavaFileObject address =
        JavaFileObjects.forSourceLines(
            "lib.Address",
            "package lib;",
            "/**",
            " * A postal address.",
            " *",
            " * @param street the street and number",
            " */",
            "public record Address(String street) {}");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(library));
      assertThat(
              javac
                  .getTask(null, files, null, List.of("-proc:none"), null, List.of(address))
                  .call())
          .isTrue();
    }
    JavaFileObject file =
        JavaFileObjects.forSourceLines(
            "p.Shipping",
            "package p;",
            "import io.toolwright.annotation.Tool;",
            "import lib.Address;",
            "public class Shipping {",
            "  /**",
            "   * Ships a parcel.",
            "   *",
            "   * @param to where to",
            "   */",
            "  @Tool public void ship(Address to) {}",
            "}");
    Compilation compilation = compileWith(library, file);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[toolwright:missing-description] parameter 'to' of Shipping.ship holds lib.Address,"
                + " which was compiled in an earlier compilation (a library, another module, or an"
                + " incremental build): class files keep no Javadoc, so the schema has no"
                + " description for lib.Address or its properties. Fix: Compile lib.Address in the"
                + " same compilation as the tools, or accept the missing descriptions with"
                + " @SuppressWarnings(\"toolwright:missing-description\") here.")
        .inFile(file)
        .onLineContaining("Address to");
    assertThat(Compilations.resource(compilation, "META-INF/toolwright/p.Shipping.json"))
        .doesNotContain("A postal address")
        .doesNotContain("the street and number");
  }
}
