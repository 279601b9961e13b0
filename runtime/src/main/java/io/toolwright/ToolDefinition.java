package io.toolwright;

import io.toolwright.annotation.Effect;
import io.toolwright.schema.CanonicalSchemaReader;
import io.toolwright.schema.CanonicalSchemaWriter;
import io.toolwright.schema.JsonSchema.ObjectSchema;
import java.util.Objects;

/**
 * What a model is told about one tool: its name, description, effect and the JSON Schema of its
 * parameters. Generated {@code <Class>Tools} classes hold one constant per tool.
 *
 * @param name the tool's name, unique within a registry
 * @param description what the tool does, for the model
 * @param effect what calling it does to the world
 * @param idempotent whether calling it twice with the same arguments equals calling it once
 * @param parameters the schema of the arguments object
 * @param canonicalSchema the canonical JSON text of {@code parameters}
 * @param fingerprint SHA-256 (lower-case hex) of {@code canonicalSchema}
 */
public record ToolDefinition(
    String name,
    String description,
    Effect effect,
    boolean idempotent,
    ObjectSchema parameters,
    String canonicalSchema,
    String fingerprint) {

  public ToolDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(canonicalSchema, "canonicalSchema");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }

  /** Builds a definition from the canonical schema text that generated code embeds. */
  public static ToolDefinition of(
      String name, String description, Effect effect, boolean idempotent, String canonicalSchema) {
    return new ToolDefinition(
        name,
        description,
        effect,
        idempotent || effect == Effect.READ_ONLY,
        CanonicalSchemaReader.read(canonicalSchema),
        canonicalSchema,
        CanonicalSchemaWriter.fingerprint(canonicalSchema));
  }
}
