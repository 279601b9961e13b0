package io.toolwright;

import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON content of a {@link ToolResult}, held in the form it was made in (a tree for errors,
 * UTF-8 bytes for serialised return values) and converted to the other on first request. Callers on
 * Jackson 3 take the tree, everyone else the text or the bytes, and neither pays for the other.
 *
 * <p>Bytes are always one well-formed JSON value that {@code Mappers.READER} reads (the executor {@linkplain
 * #checked checks} what an application's serializer returns), so converting never fails later.
 */
final class JsonContent {

  /**
   * The mappers, each built on first use (a JsonMapper costs a cold JVM a noticeable share of its
   * start): a result usually stays in the form it came in.
   */
  private static final class Mappers {
    /**
     * Reads results back into trees: decimals exact, and no limits on sizes, since results come
     * from the application, not the model.
     */
    static final JsonMapper READER =
        JsonMapper.builder(
              JsonFactory.builder()
                  .recyclerPool(JsonRecyclerPools.threadLocalPool())
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxStringLength(Integer.MAX_VALUE)
                          .maxNumberLength(Integer.MAX_VALUE)
                          .maxNameLength(Integer.MAX_VALUE)
                          .maxNestingDepth(Integer.MAX_VALUE)
                          .build())
                  .build())
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();
  }

  /**
   * Both mappers use a buffer pool per thread, as the registry does by default: Jackson 3's
   * default pool is one deque shared by every thread, and these run on every call with an
   * application's serializer (checked) or a tree result (written).
   */
  private static final class Writers {
    static final JsonMapper WRITER =
        JsonMapper.builder(
                JsonFactory.builder().recyclerPool(JsonRecyclerPools.threadLocalPool()).build())
            .build();
  }

  private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);

  // Benign races: both forms are immutable once made, and either thread's copy is equal.
  private volatile JsonNode tree;
  private volatile byte[] bytes;

  private JsonContent(JsonNode tree, byte[] bytes) {
    this.tree = tree;
    this.bytes = bytes;
  }

  static JsonContent ofTree(JsonNode tree) {
    return new JsonContent(tree, null);
  }

  /** JSON {@code null}, for a tool that returned {@code null}. */
  static JsonContent ofNull() {
    return new JsonContent(null, NULL);
  }

  /** Bytes written by Jackson 3 itself, which are well-formed by construction. */
  static JsonContent ofTrusted(byte[] utf8Json) {
    return new JsonContent(null, utf8Json);
  }

  /**
   * Bytes from an application's serializer, checked to be exactly one JSON value.
   *
   * @throws IllegalArgumentException when they are not
   */
  static JsonContent checked(byte[] utf8Json) {
    if (utf8Json == null) {
      throw new IllegalArgumentException("the serializer returned null");
    }
    try (JsonParser parser = Mappers.READER.createParser(utf8Json)) {
      if (parser.nextToken() == null) {
        throw new IllegalArgumentException("the serializer returned no JSON");
      }
      parser.skipChildren();
      if (parser.nextToken() != null) {
        throw new IllegalArgumentException("the serializer returned more than one JSON value");
      }
    } catch (JacksonException e) {
      throw new IllegalArgumentException("the serializer returned malformed JSON", e);
    }
    return new JsonContent(null, utf8Json.clone());
  }

  JsonNode tree() {
    JsonNode read = tree;
    if (read == null) {
      read = Mappers.READER.readTree(bytes);
      tree = read;
    }
    return read;
  }

  /** The UTF-8 bytes; callers must not modify them. */
  byte[] bytes() {
    byte[] written = bytes;
    if (written == null) {
      written = Writers.WRITER.writeValueAsBytes(tree);
      bytes = written;
    }
    return written;
  }

  String text() {
    return new String(bytes(), StandardCharsets.UTF_8);
  }

  /** Equal when the JSON values are, whatever their form or spacing. */
  @Override
  public boolean equals(Object other) {
    return other instanceof JsonContent that && tree().equals(that.tree());
  }

  @Override
  public int hashCode() {
    return tree().hashCode();
  }

  /** At most {@value Excerpts#LIMIT} characters on one line, for logs. */
  @Override
  public String toString() {
    byte[] json = bytes();
    String head =
        new String(json, 0, Math.min(json.length, 4 * Excerpts.LIMIT), StandardCharsets.UTF_8);
    return Excerpts.text(head, Excerpts.LIMIT);
  }
}
