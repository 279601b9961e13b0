package io.toolwright.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}, compared exactly, so that any change in
 * generated output shows up in review.
 *
 * <p>After an intended change, regenerate them and review the diff:
 *
 * <pre>./mvnw -q -o -pl processor test -Dtoolwright.updateGolden=true</pre>
 */
final class Golden {

  static final String UPDATE = "toolwright.updateGolden";
  private static final Path ROOT = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  static void assertMatches(String path, String actual) {
    Path file = ROOT.resolve(path);
    try {
      if (Boolean.getBoolean(UPDATE)) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file)
          .as("golden file %s is missing; run with -D%s=true to create it", file, UPDATE)
          .exists();
      assertThat(actual)
          .as("output differs from golden file %s; if intended, rerun with -D%s=true", file, UPDATE)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
