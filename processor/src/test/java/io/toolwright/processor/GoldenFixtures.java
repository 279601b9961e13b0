package io.toolwright.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.toolwright.ToolContext;
import io.toolwright.ToolSet;
import io.toolwright.dispatch.ToolBinding;
import io.toolwright.testkit.ObservedTools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * The golden fixtures ({@code src/test/resources/sources/<name>/}, each with a {@code golden/<name>/}
 * directory), compiled with the processor and bound to fresh instances of their tool classes, with
 * every method call counted ({@link ObservedTools}). A fixture added under both directories is
 * picked up without a change here.
 */
final class GoldenFixtures {

  private static final Path SOURCES = Path.of("src", "test", "resources", "sources");
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final String TOOLS_SUFFIX = "Tools";
  private static final String SOURCE_OUTPUT = "/SOURCE_OUTPUT/";

  /** The context of every fixture call: the fixtures' {@code @Context} values are strings. */
  static final ToolContext CONTEXT = ToolContext.of("customer", "c-42");

  private static final Map<String, List<ToolSet>> COMPILED = new ConcurrentHashMap<>();

  private GoldenFixtures() {}

  /**
   * One compiled fixture.
   *
   * @param name the directory name, such as {@code constraints}
   */
  record Fixture(String name, ObservedTools tools) {
    List<String> contextNames(String tool) {
      return tools.toolSets().stream()
          .flatMap(set -> set.bindings().stream())
          .filter(binding -> binding.definition().name().equals(tool))
          .map(ToolBinding::contextNames)
          .findFirst()
          .orElseThrow();
    }
  }

  /** The names of the golden fixtures, sorted. */
  static List<String> names() {
    try (Stream<Path> directories = Files.list(GOLDEN)) {
      return directories
          .filter(Files::isDirectory)
          .map(path -> path.getFileName().toString())
          .filter(name -> Files.isDirectory(SOURCES.resolve(name)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixture, compiled once per test run, its calls counted from zero. */
  static Fixture fixture(String name) {
    return new Fixture(name, new ObservedTools(COMPILED.computeIfAbsent(name, GoldenFixtures::compile)));
  }

  /** The fixture's tool sets as its generated code binds them, uncounted. */
  static List<ToolSet> sets(String name) {
    return COMPILED.computeIfAbsent(name, GoldenFixtures::compile);
  }

  private static List<ToolSet> compile(String name) {
    List<JavaFileObject> sources = new ArrayList<>();
    Path directory = SOURCES.resolve(name);
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String relative = SOURCES.relativize(file).toString().replace('\\', '/');
        sources.add(JavaFileObjects.forResource("sources/" + relative));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Compilation compilation = Compilations.compile(sources.toArray(JavaFileObject[]::new));
    if (compilation.status() != Compilation.Status.SUCCESS) {
      throw new AssertionError("fixture " + name + " does not compile: " + compilation.diagnostics());
    }
    CompiledClasses classes = new CompiledClasses(compilation);
    List<ToolSet> sets = new ArrayList<>();
    for (JavaFileObject generated : compilation.generatedSourceFiles()) {
      String path = generated.toUri().getPath();
      String qualified =
          path.substring(path.indexOf(SOURCE_OUTPUT) + SOURCE_OUTPUT.length(), path.length() - 5)
              .replace('/', '.');
      if (qualified.endsWith(TOOLS_SUFFIX)) {
        String target = qualified.substring(0, qualified.length() - TOOLS_SUFFIX.length());
        sets.add(toolSet(classes, qualified, target));
      }
    }
    if (sets.isEmpty()) {
      throw new AssertionError("fixture " + name + " generated no tool set");
    }
    return List.copyOf(sets);
  }

  private static ToolSet toolSet(CompiledClasses classes, String toolsClass, String targetClass) {
    try {
      Class<?> target = classes.loadClass(targetClass);
      Object instance = target.getConstructor().newInstance();
      return (ToolSet) classes.loadClass(toolsClass).getMethod("bind", target).invoke(null, instance);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot bind " + toolsClass + " to a new " + targetClass, e);
    }
  }
}
