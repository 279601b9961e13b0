package io.toolwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.toolwright.ToolDefinition;
import io.toolwright.annotation.Tool;
import io.toolwright.dispatch.GeneratedApi;
import io.toolwright.processor.writing.ProcessorVersion;
import jakarta.validation.Valid;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;

/**
 * Generated code in a modular build: {@code @javax.annotation.processing.Generated} only where the
 * module reads {@code java.compiler}, and the option that turns it off; the version handshake.
 */
class ModularBuildTest {

  private static final JavaFileObject SERVICE =
      JavaFileObjects.forSourceLines(
          "app.Svc",
          "package app;",
          "import io.toolwright.annotation.Tool;",
          "public class Svc {",
          "  /**",
          "   * Echoes the text back to the caller, unchanged.",
          "   *",
          "   * @param text what to echo",
          "   */",
          "  @Tool public String echo(String text) { return text; }",
          "}");

  @TempDir Path jars;

  @Test
  void aModuleThatDoesNotReadJavaCompilerGetsNoGeneratedAnnotation() throws Exception {
    String generated = compileModule("");

    assertThat(generated)
        .doesNotContain("@Generated")
        .doesNotContain("javax.annotation.processing");
  }

  @Test
  void aModuleReadingJavaCompilerGetsIt() throws Exception {
    for (String requires : List.of("requires static java.compiler;", "requires java.se;")) {
      assertThat(compileModule(requires))
          .as(requires)
          .contains("@Generated(\"io.toolwright.processor.ToolProcessor\")");
    }
  }

  @Test
  void theOptionTurnsItOff() {
    Compilation off =
        javac()
            .withProcessors(new ToolProcessor())
            .withOptions(options("-Atoolwright.generatedAnnotation=false"))
            .compile(SERVICE);
    Compilation on = Compilations.compile(SERVICE);

    assertThat(off).succeededWithoutWarnings();
    assertThat(Compilations.generatedSource(off, "app.SvcTools")).doesNotContain("@Generated");
    assertThat(Compilations.generatedSource(on, "app.SvcTools")).contains("@Generated(");
  }

  @Test
  void withOnlyTheAnnotationsOnTheClasspathTheToolsAreFoundAndTheMissingRuntimeReported()
      throws Exception {
    Compilation compilation =
        javac()
            .withProcessors(new ToolProcessor())
            .withOptions(Compilations.OPTIONS)
            .withClasspath(List.of(location(Tool.class).toFile()))
            .compile(SERVICE);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[toolwright:runtime-missing] app.Svc declares @Tool methods, but toolwright-runtime is"
                + " not on the compile classpath, and the generated SvcTools needs it.")
        .inFile(SERVICE)
        .onLineContaining("public class Svc");
  }

  @Test
  void generatedCodeChecksTheRuntimeItWasGeneratedFor() {
    String version = ProcessorVersion.get();

    assertThat(version).matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(Compilations.generatedSource(Compilations.compile(SERVICE), "app.SvcTools"))
        .contains(
            "private static final int GENERATED_API_VERSION = GeneratedApi.check(\"app.SvcTools\", "
                + GeneratedApi.VERSION
                + ", \""
                + version
                + "\");");
  }

  /**
   * Compiles module {@code app} (its {@code module-info.java} requiring the runtime, the
   * annotations, Jackson, Jakarta Validation and {@code extraRequires}) with the processor, without
   * a warning, and returns the generated {@code SvcTools} source. Through the JDK's compiler API with
   * files on disk: compile-testing's in-memory file manager offers a module's sources to every
   * module on the module path.
   */
  private String compileModule(String extraRequires) throws Exception {
    Path sources = Files.createDirectories(jars.resolve("src-" + extraRequires.hashCode()));
    Files.writeString(
        sources.resolve("module-info.java"),
        String.join(
            "\n",
            "module app {",
            "  requires io.toolwright;",
            "  requires io.toolwright.annotation;",
            "  requires tools.jackson.databind;",
            "  requires jakarta.validation;",
            "  " + extraRequires,
            "}"));
    Path service = Files.createDirectories(sources.resolve("app")).resolve("Svc.java");
    Files.writeString(service, SERVICE.getCharContent(true));
    Path classes = Files.createDirectories(sources.resolve("classes"));
    Path generated = Files.createDirectories(sources.resolve("generated"));

    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      List<String> options =
          options(
              "--module-path", modulePath(),
              "-d", classes.toString(),
              "-s", generated.toString());
      JavaCompiler.CompilationTask task =
          compiler.getTask(
              null,
              files,
              diagnostics,
              options,
              null,
              files.getJavaFileObjects(sources.resolve("module-info.java"), service));
      task.setProcessors(List.of(new ToolProcessor()));
      boolean success = task.call();
      assertThat(diagnostics.getDiagnostics()).as("diagnostics").isEmpty();
      assertThat(success).isTrue();
    }
    return Files.readString(generated.resolve("app").resolve("SvcTools.java"));
  }

  /**
   * The build's lint, but an automatic module (the runtime, for now) may be required; no {@code
   * report} note, since these tests expect no diagnostics at all.
   */
  private static List<String> options(String... more) {
    List<String> options = new ArrayList<>(List.of("-Xlint:all,-processing,-requires-automatic"));
    options.add("-Werror");
    options.add("-Atoolwright.severity=report:ignore");
    options.add("-Atoolwright.lint.unbounded_input=off"); // echo takes free text on purpose
    options.addAll(List.of(more));
    return options;
  }

  /** The runtime as a jar named io.toolwright, the annotations module, Jackson 3, Jakarta. */
  private String modulePath() throws Exception {
    List<String> path = new ArrayList<>();
    path.add(runtimeJar().toString());
    for (Class<?> type :
        List.of(Tool.class, JsonNode.class, JsonParser.class, JsonProperty.class, Valid.class)) {
      path.add(location(type).toString());
    }
    return String.join(File.pathSeparator, path);
  }

  /**
   * The runtime's jar; when the build has only its classes directory, a jar of it with the module
   * name the real jar's manifest declares.
   */
  private Path runtimeJar() throws IOException, URISyntaxException {
    Path classes = location(ToolDefinition.class);
    if (!Files.isDirectory(classes)) {
      return classes;
    }
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().putValue("Automatic-Module-Name", "io.toolwright");
    Path jar = jars.resolve("toolwright-runtime.jar");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest);
        Stream<Path> files = Files.walk(classes)) {
      for (Path entry : files.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(entry).toString().replace('\\', '/')));
        Files.copy(entry, out);
        out.closeEntry();
      }
    }
    return jar;
  }

  private static Path location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
