package io.toolwright.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The provider responses the runtime's wire tests read (runtime/src/test/resources/wire), so that
 * the SDKs read the very same text; {@code -Dtoolwright.wireFixtureDir} points elsewhere.
 */
final class WireFixtures {

  private WireFixtures() {}

  static String text(String name) {
    Path dir =
        Path.of(
            System.getProperty("toolwright.wireFixtureDir", "../runtime/src/test/resources/wire"));
    try {
      return Files.readString(dir.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
