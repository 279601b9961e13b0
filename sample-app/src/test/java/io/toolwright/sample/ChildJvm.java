package io.toolwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@code main} in a fresh JVM on this test's class path, for tests of what a cold JVM loads:
 * a JVM that already ran other tests has loaded nearly everything.
 */
final class ChildJvm {

  private ChildJvm() {}

  /**
   * The child's standard output and error, with {@code -verbose:class}: one line per class loaded,
   * {@code [class,load] <name> source: ...}, between the lines {@code main} prints.
   */
  static String loadedClasses(Class<?> main) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                java.toString(),
                "-verbose:class",
                "-cp",
                System.getProperty("java.class.path"),
                main.getName())
            .redirectErrorStream(true)
            .start();
    String output;
    try (InputStream in = child.getInputStream()) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      in.transferTo(bytes);
      output = bytes.toString(StandardCharsets.UTF_8);
    }
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return output;
  }
}
