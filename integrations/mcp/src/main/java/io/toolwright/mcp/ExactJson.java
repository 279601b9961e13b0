package io.toolwright.mcp;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tool's JSON as the Java values the SDK writes back out unchanged: members in their order and
 * decimals as written ({@code 149.00}, {@code 12345678901234567.89}). The SDK's own {@code
 * structuredContent(mapper, json)} reads into a {@code HashMap} of doubles, which reorders the
 * members and rounds a long decimal, so that {@code structuredContent} would no longer be the JSON
 * its text copy is.
 */
final class ExactJson {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private ExactJson() {}

  /** The JSON object {@code json} as an insertion-ordered map. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> object(String json) {
    return MAPPER.readValue(json, LinkedHashMap.class);
  }
}
