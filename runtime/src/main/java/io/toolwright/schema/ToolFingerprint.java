package io.toolwright.schema;

import io.toolwright.annotation.Effect;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * A tool's fingerprint: the SHA-256 of everything the model is told about the tool and everything
 * the run time decides from its declaration, so that it changes whenever one of them does: a new
 * description, a parameter added, a tool turned from read-only into a write.
 *
 * <p>The one implementation: the processor writes it into {@code META-INF/toolwright/<class>.json}
 * and {@code ToolDefinition} computes it when generated code loads, both with {@link #of}.
 *
 * <p>The input is the UTF-8 bytes of one compact JSON object ({@link #canonicalInput}), keys in this
 * order and no whitespace:
 *
 * <pre>{@code
 * {"name":<name>,"description":<description>,"effect":"<READ_ONLY|WRITE|DESTRUCTIVE>",
 *  "idempotent":<true|false>,"parameters":<canonical schema text>
 *  [,"output":<canonical output schema text>][,"examples":[<example>,...]]}
 * }</pre>
 *
 * (shown on three lines here; it is one). {@code output} and {@code examples} are there only when
 * the tool declares an output schema or examples, so a tool without them keeps the fingerprint it
 * had before they existed; each example is its compact JSON text inserted as it is. Strings are JSON strings as Jackson writes them: {@code "}
 * and {@code \} escaped with a backslash, control characters below U+0020 as {@code \b \t \n \f \r}
 * or {@code \}{@code u00XX} with upper-case hex, every other character as itself.
 * {@code idempotent} is {@code true} for a read-only tool whatever was declared. {@code parameters}
 * is the canonical schema text ({@link CanonicalSchemaWriter#write}) inserted as it is. The
 * fingerprint is the lower-case hex of the SHA-256 digest of those bytes.
 */
public final class ToolFingerprint {

  private static final JsonFactory FACTORY = new JsonFactory();

  private ToolFingerprint() {}

  /** The fingerprint of a tool without an output schema or examples. */
  public static String of(
      String name, String description, Effect effect, boolean idempotent, String canonicalSchema) {
    return of(name, description, effect, idempotent, canonicalSchema, null, List.of());
  }

  /**
   * The lower-case hex SHA-256 of {@link #canonicalInput}.
   *
   * @param canonicalOutputSchema the result's canonical schema text, or {@code null}
   * @param examples example arguments, each compact JSON text; may be empty
   */
  public static String of(
      String name,
      String description,
      Effect effect,
      boolean idempotent,
      String canonicalSchema,
      String canonicalOutputSchema,
      List<String> examples) {
    byte[] input =
        canonicalInput(
                name,
                description,
                effect,
                idempotent,
                canonicalSchema,
                canonicalOutputSchema,
                examples)
            .getBytes(StandardCharsets.UTF_8);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  /** The text the fingerprint hashes, as described in the class documentation. */
  public static String canonicalInput(
      String name,
      String description,
      Effect effect,
      boolean idempotent,
      String canonicalSchema,
      String canonicalOutputSchema,
      List<String> examples) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(canonicalSchema, "canonicalSchema");
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      generator.writeStartObject();
      generator.writeStringProperty("name", name);
      generator.writeStringProperty("description", description);
      generator.writeStringProperty("effect", effect.name());
      generator.writeBooleanProperty("idempotent", idempotent || effect == Effect.READ_ONLY);
      generator.writeName("parameters");
      generator.writeRawValue(canonicalSchema);
      if (canonicalOutputSchema != null) {
        generator.writeName("output");
        generator.writeRawValue(canonicalOutputSchema);
      }
      if (!examples.isEmpty()) {
        generator.writeName("examples");
        generator.writeStartArray();
        for (String example : examples) {
          generator.writeRawValue(example);
        }
        generator.writeEndArray();
      }
      generator.writeEndObject();
    }
    return out.toString();
  }
}
