package io.toolwright;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
  static String loadedClasses(Class<?> main, String... args)
      throws IOException, InterruptedException {
    return run(List.of("-verbose:class"), main, args);
  }

  /**
   * Like {@link #loadedClasses}, with {@code -Xlog:class+init} as well: also a line {@code
   * Initializing '<name with slashes>'} per class initialised, and one per class verified.
   */
  static String loadedAndInitialisedClasses(Class<?> main, String... args)
      throws IOException, InterruptedException {
    return run(List.of("-verbose:class", "-Xlog:class+init=info"), main, args);
  }

  private static String run(List<String> options, Class<?> main, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
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
