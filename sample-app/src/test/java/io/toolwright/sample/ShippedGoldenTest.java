package io.toolwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.ToolSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The sample app's {@code META-INF/toolwright} resources (schemas, output schemas, examples,
 * fingerprints and every provider rendering) equal golden files under {@code
 * src/test/resources/golden/}, so any change in what the desk tells a model shows up in review.
 *
 * <p>After an intended change, regenerate them and review the diff:
 *
 * <pre>./mvnw -q -o -pl processor,sample-app -am package -Dtest=ShippedGoldenTest
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dtoolwright.updateGolden=true</pre>
 */
class ShippedGoldenTest {

  /** Surefire runs in target/ (for Jazzer) and says where the module is. */
  private static final Path GOLDEN =
      Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "golden");

  @Test
  void everyResourceEqualsItsGoldenFile() throws IOException {
    for (ToolSet set : SupportDesk.withSampleData().toolSets()) {
      String name = set.source() + ".json";
      String shipped;
      try (InputStream in =
          getClass().getClassLoader().getResourceAsStream("META-INF/toolwright/" + name)) {
        assertThat(in).as(name).isNotNull();
        shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      Path file = GOLDEN.resolve(name);
      if (Boolean.getBoolean("toolwright.updateGolden")) {
        Files.createDirectories(GOLDEN);
        Files.writeString(file, shipped, StandardCharsets.UTF_8);
        continue;
      }
      assertThat(file).as("golden file %s; run with -Dtoolwright.updateGolden=true", file).exists();
      assertThat(shipped)
          .as("%s differs from %s; if intended, rerun with -Dtoolwright.updateGolden=true", name, file)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
  }
}
