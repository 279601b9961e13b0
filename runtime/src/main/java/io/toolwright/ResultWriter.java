package io.toolwright;

import io.toolwright.spi.ResultSerializer;
import java.util.Objects;
import tools.jackson.databind.ObjectMapper;

/**
 * Turns a tool's return value into a result's JSON content, with the registry's Jackson 3 mapper or
 * the application's {@link ResultSerializer}. A {@code null} return is JSON {@code null} either way.
 */
final class ResultWriter {

  private final ObjectMapper mapper;
  private final ResultSerializer serializer;

  private ResultWriter(ObjectMapper mapper, ResultSerializer serializer) {
    this.mapper = mapper;
    this.serializer = serializer;
  }

  /** Jackson 3 writes well-formed JSON, so its output needs no check. */
  static ResultWriter jackson(ObjectMapper mapper) {
    return new ResultWriter(Objects.requireNonNull(mapper, "mapper"), null);
  }

  /** An application's serializer, whose output is checked to be one JSON value. */
  static ResultWriter custom(ResultSerializer serializer) {
    return new ResultWriter(null, Objects.requireNonNull(serializer, "serializer"));
  }

  /**
   * @throws Exception whatever the mapper or serializer throws, or {@link
   *     IllegalArgumentException} when a serializer's output is not one JSON value
   */
  JsonContent write(Object value) throws Exception {
    if (value == null) {
      return JsonContent.ofNull();
    }
    return mapper != null
        ? JsonContent.ofTrusted(mapper.writeValueAsBytes(value))
        : JsonContent.checked(serializer.serialize(value));
  }
}
