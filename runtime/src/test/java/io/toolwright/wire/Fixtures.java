package io.toolwright.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Provider responses in their documented shapes, from {@code src/test/resources/wire}. */
final class Fixtures {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Fixtures() {}

  static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/wire/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(String name) {
    return MAPPER.readTree(text(name));
  }

  static JsonNode parse(String json) {
    return MAPPER.readTree(json);
  }
}
