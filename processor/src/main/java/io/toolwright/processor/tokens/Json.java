package io.toolwright.processor.tokens;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a rendered tool and writes JSON back compactly, numbers exactly as they were written. */
final class Json {

  // Exact decimals both ways, as the resource writer reads and writes them: a bound of 0.1 must
  // not be counted as 0.1000000000000000055...
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private Json() {}

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("not a JSON tool: " + e.getOriginalMessage(), e);
    }
  }

  static String compact(JsonNode node) {
    return MAPPER.writeValueAsString(node);
  }
}
