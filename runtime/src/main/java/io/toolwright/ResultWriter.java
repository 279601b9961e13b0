package io.toolwright;

import io.toolwright.dispatch.JsonWriters;
import io.toolwright.spi.ResultSerializer;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.databind.ObjectMapper;

/**
 * Turns a tool's return value into a result's JSON content, with the registry's Jackson 3 mapper or
 * the application's {@link ResultSerializer}. A {@code null} return is JSON {@code null} either way.
 *
 * <p>With the registry's default mapper, a value whose tool has a generated result writer is
 * written by that writer on a bare jackson-core generator instead: the same bytes, without the
 * mapper, which is built only when a value without a writer comes. An application's mapper or
 * serializer writes every value, since it may configure what the generated writer cannot know.
 */
final class ResultWriter {

  private final Supplier<ObjectMapper> mapper;
  private final ResultSerializer serializer;

  /** The default mapper's factory, for generated writers; {@code null} when they do not apply. */
  private final JsonFactory generatedWriters;

  private ResultWriter(
      Supplier<ObjectMapper> mapper, ResultSerializer serializer, JsonFactory generatedWriters) {
    this.mapper = mapper;
    this.serializer = serializer;
    this.generatedWriters = generatedWriters;
  }

  /** Jackson 3 writes well-formed JSON, so its output needs no check. */
  static ResultWriter jackson(ObjectMapper mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return new ResultWriter(() -> mapper, null, null);
  }

  /**
   * The registry's default: generated writers on {@code factory}, and otherwise {@code mapper},
   * which must be a default {@code JsonMapper} on that same factory (so that both write alike).
   */
  static ResultWriter defaults(JsonFactory factory, Supplier<ObjectMapper> mapper) {
    return new ResultWriter(
        Objects.requireNonNull(mapper, "mapper"), null, Objects.requireNonNull(factory, "factory"));
  }

  /** An application's serializer, whose output is checked to be one JSON value. */
  static ResultWriter custom(ResultSerializer serializer) {
    return new ResultWriter(null, Objects.requireNonNull(serializer, "serializer"), null);
  }

  /** Like {@link #write(Object, JsonWriters.Writer)} without a generated writer. */
  JsonContent write(Object value) throws Exception {
    return write(value, null);
  }

  /**
   * @param generated the tool's generated result writer, or {@code null}
   * @throws Exception whatever the mapper, writer or serializer throws, or {@link
   *     IllegalArgumentException} when a serializer's output is not one JSON value
   */
  JsonContent write(Object value, JsonWriters.Writer<Object> generated) throws Exception {
    if (value == null) {
      return JsonContent.ofNull();
    }
    if (generated != null && generatedWriters != null) {
      return JsonContent.ofTrusted(written(value, generated));
    }
    return mapper != null
        ? JsonContent.ofTrusted(mapper.get().writeValueAsBytes(value))
        : JsonContent.checked(serializer.serialize(value));
  }

  /** UTF-8, one value, in the generator's pooled buffer; see {@link Output}. */
  private byte[] written(Object value, JsonWriters.Writer<Object> generated) {
    Output bytes = new Output();
    try (JsonGenerator json =
        generatedWriters.createGenerator(ObjectWriteContext.empty(), bytes, JsonEncoding.UTF8)) {
      generated.write(json, value);
    }
    return bytes.toByteArray();
  }

  /**
   * Where a generator writes a result. A result that fits the generator's pooled buffer (about 8
   * KB) reaches it in one piece when the generator closes, and is copied once, into an array of
   * its size: not into a builder first and then out of it, as {@code writeValueAsBytes} does. A
   * larger one goes on into a builder of blocks.
   */
  private static final class Output extends OutputStream {
    private byte[] first;
    private ByteArrayBuilder rest;

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      if (len == 0) {
        return;
      }
      if (first == null && rest == null) {
        first = Arrays.copyOfRange(b, off, off + len);
        return;
      }
      if (rest == null) {
        rest = new ByteArrayBuilder();
        rest.write(first);
        first = null;
      }
      rest.write(b, off, len);
    }

    byte[] toByteArray() {
      return rest != null ? rest.toByteArray() : first != null ? first : new byte[0];
    }
  }
}
