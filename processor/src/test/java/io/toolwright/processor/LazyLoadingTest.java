package io.toolwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What a build pays for only when it uses it: the example validator (networknt, built on the first
 * {@code @ToolExample}) and the o200k vocabulary (jtokkit, only when tokens are counted). Each
 * compilation runs the processor from a class loader of its own, which records every class it
 * loads, so what an earlier test loaded in this JVM does not count.
 */
class LazyLoadingTest {

  private static final String VALIDATOR = "com.networknt.";
  private static final String TOKENIZER = "com.knuddels.jtokkit.";

  private static final JavaFileObject PLAIN =
      JavaFileObjects.forSourceLines(
          "p.Weather",
          "package p;",
          "import io.toolwright.annotation.Tool;",
          "public class Weather {",
          "  /**",
          "   * Gets the current weather in a city.",
          "   *",
          "   * @param city the city, as the user wrote it",
          "   */",
          "  @Tool public String weather(String city) { return city; }",
          "}");

  private static final JavaFileObject WITH_EXAMPLE =
      JavaFileObjects.forSourceLines(
          "p.Weather",
          "package p;",
          "import io.toolwright.annotation.Tool;",
          "import io.toolwright.annotation.ToolExample;",
          "public class Weather {",
          "  /**",
          "   * Gets the current weather in a city.",
          "   *",
          "   * @param city the city, as the user wrote it",
          "   */",
          "  @Tool",
          "  @ToolExample(\"{\\\"city\\\": \\\"Oslo\\\"}\")",
          "  public String weather(String city) { return city; }",
          "}");

  @Test
  void toolsWithoutExamplesLoadNoValidator() {
    RecordingLoader loader = new RecordingLoader();
    Compilation compilation = compile(loader, PLAIN);
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("p.WeatherTools");
    assertThat(loader.loadedUnder(VALIDATOR)).isEmpty();
  }

  /** The check above would pass as well if the loader saw nothing: here it sees the validator. */
  @Test
  void anExampleLoadsTheValidator() {
    RecordingLoader loader = new RecordingLoader();
    assertThat(compile(loader, WITH_EXAMPLE)).succeeded();
    assertThat(loader.loadedUnder(VALIDATOR)).isNotEmpty();
  }

  @Test
  void tokensOffLoadsNoTokenizer() {
    RecordingLoader off = new RecordingLoader();
    assertThat(compile(off, PLAIN, "-Atoolwright.tokens=false")).succeeded();
    assertThat(off.loadedUnder(TOKENIZER)).isEmpty();

    RecordingLoader on = new RecordingLoader();
    assertThat(compile(on, PLAIN)).succeeded();
    assertThat(on.loadedUnder(TOKENIZER)).isNotEmpty();
  }

  private static Compilation compile(
      RecordingLoader loader, JavaFileObject source, String... options) {
    List<String> all = new ArrayList<>(List.of(Compilations.LINT_OFF));
    all.addAll(List.of(options));
    return javac().withProcessors(loader.processor()).withOptions(all).compile(source);
  }

  /**
   * Loads the processor and its libraries itself (not from the test's class loader), and remembers
   * the name of every class it defines.
   */
  private static final class RecordingLoader extends URLClassLoader {
    private final Set<String> loaded = ConcurrentHashMap.newKeySet();

    RecordingLoader() {
      super(classPath(), ClassLoader.getPlatformClassLoader());
    }

    private static URL[] classPath() {
      String[] entries = System.getProperty("java.class.path").split(File.pathSeparator);
      URL[] urls = new URL[entries.length];
      for (int i = 0; i < entries.length; i++) {
        try {
          urls[i] = new File(entries[i]).toURI().toURL();
        } catch (MalformedURLException e) {
          throw new IllegalStateException(e);
        }
      }
      return urls;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      Class<?> type = super.findClass(name);
      loaded.add(name);
      return type;
    }

    Processor processor() {
      try {
        return (Processor)
            loadClass(ToolProcessor.class.getName()).getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }

    List<String> loadedUnder(String prefix) {
      return loaded.stream().filter(name -> name.startsWith(prefix)).sorted().toList();
    }
  }
}
