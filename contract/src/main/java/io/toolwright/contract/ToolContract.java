package io.toolwright.contract;

import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * What one tool promises its callers: the part of {@code META-INF/toolwright/<class>.json} that a
 * model or client depends on, plus the renderings per dialect when read from a build.
 *
 * @param name the tool's name, unique in one build
 * @param className the class that declares it
 * @param description what the model reads about the tool
 * @param effect read-only, write or destructive
 * @param idempotent as declared; {@link #effectivelyIdempotent()} is what the run time uses
 * @param fingerprint SHA-256 of the canonical form (docs/api.md, "The fingerprint")
 * @param schema the canonical JSON Schema of the parameters
 * @param outputSchema the canonical output schema, or {@code null} when the tool has none
 * @param renderings per dialect, as the processor rendered the tool; empty when read from a lock
 */
public record ToolContract(
    String name,
    String className,
    String description,
    Effect effect,
    boolean idempotent,
    String fingerprint,
    JsonNode schema,
    JsonNode outputSchema,
    Map<String, JsonNode> renderings) {

  public ToolContract {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(schema, "schema");
    description = description == null ? "" : description;
    fingerprint = fingerprint == null ? "" : fingerprint;
    renderings = Map.copyOf(renderings);
  }

  /** A read-only tool is always safe to repeat, whatever it declares (as the run time reads it). */
  public boolean effectivelyIdempotent() {
    return idempotent || effect == Effect.READ_ONLY;
  }
}
