package io.toolwright.anthropic;

import com.anthropic.core.ObjectMappers;
import com.fasterxml.jackson.databind.ObjectMapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bridge between the runtime's JSON (Jackson 3) and the SDK's model classes (Jackson 2 inside
 * the SDK): through JSON text, read and written by the SDK's own mapper so that its classes see
 * exactly what the API would send.
 */
final class SdkJson {

  private static final ObjectMapper SDK = ObjectMappers.jsonMapper();
  private static final JsonMapper OURS = JsonMapper.builder().build();

  private SdkJson() {}

  /** {@code json} as the SDK's {@code type}. */
  static <T> T toSdk(String json, Class<T> type) {
    try {
      return SDK.readValue(json, type);
    } catch (Exception e) {
      throw new IllegalArgumentException(
          "the Anthropic SDK cannot read this as " + type.getSimpleName() + ": " + json, e);
    }
  }

  static <T> T toSdk(JsonNode node, Class<T> type) {
    return toSdk(OURS.writeValueAsString(node), type);
  }

  /** An SDK object as the runtime's JSON. */
  static JsonNode fromSdk(Object value) {
    try {
      return OURS.readTree(SDK.writeValueAsString(value));
    } catch (Exception e) {
      throw new IllegalStateException(
          "the Anthropic SDK cannot write its own " + value.getClass(), e);
    }
  }
}
