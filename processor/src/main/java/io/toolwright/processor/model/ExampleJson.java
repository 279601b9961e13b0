package io.toolwright.processor.model;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/** How examples, and the schemas they are checked against, are read and written. */
public final class ExampleJson {

  /**
   * Reads JSON as the runtime does (each name once per object, nothing after the value), numbers
   * exactly as written, so that {@code 12.50} stays {@code 12.50} and a bound of {@code 0.01} is
   * not compared as a double; writes compact, keys in the order read.
   */
  public static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private ExampleJson() {}
}
