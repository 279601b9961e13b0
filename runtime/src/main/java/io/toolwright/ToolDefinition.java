package io.toolwright;

import io.toolwright.annotation.Effect;
import io.toolwright.schema.CanonicalSchemaReader;
import io.toolwright.schema.CanonicalSchemaWriter;
import io.toolwright.schema.JsonSchema.ObjectSchema;
import io.toolwright.schema.ToolFingerprint;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a model is told about one tool: its name, description, effect and the JSON Schema of its
 * parameters. Generated {@code <Class>Tools} classes hold one constant per tool.
 *
 * <p>A value: two definitions are equal when name, description, effect, idempotency, canonical
 * schema, output schema and examples are. A final class rather than a record, so that it can gain properties (an output schema,
 * annotations) without breaking callers, and so that its one factory, {@link #of}, is the only way
 * to make one: schema, canonical text and fingerprint always agree, and a read-only tool is always
 * idempotent.
 */
public final class ToolDefinition {

  private final String name;
  private final String description;
  private final Effect effect;
  private final boolean idempotent;
  /**
   * Parsed from {@link #canonicalSchema} when first asked for: sending a dialect's definitions
   * uses the build's renderings and needs no schema model (nor Jackson to parse it). Benign race:
   * every thread parses the same text into equal models.
   */
  private volatile ObjectSchema parameters;

  private final String canonicalSchema;

  /** Canonical JSON text of the result's schema, or {@code null} when the tool declares none. */
  private final String canonicalOutputSchema;

  /** Example arguments objects, each compact JSON text, checked against the schema at build time. */
  private final List<String> examples;

  /**
   * Derived from the fields above when first asked for: generated classes build every definition
   * when they load, and hashing each one there costs start-up time few applications use.
   * Benign race: every thread computes the same string.
   */
  private volatile String fingerprint;

  private ToolDefinition(
      String name,
      String description,
      Effect effect,
      boolean idempotent,
      ObjectSchema parameters,
      String canonicalSchema,
      String canonicalOutputSchema,
      List<String> examples) {
    this.name = name;
    this.description = description;
    this.effect = effect;
    this.idempotent = idempotent;
    this.parameters = parameters;
    this.canonicalSchema = canonicalSchema;
    this.canonicalOutputSchema = canonicalOutputSchema;
    this.examples = examples;
  }

  /**
   * Builds a definition from the canonical schema text that generated code embeds; the schema model
   * and the fingerprint are derived from it when first asked for.
   *
   * @param idempotent whether calling the tool twice with the same arguments equals calling it once;
   *     ignored, and taken as {@code true}, for a {@link Effect#READ_ONLY} tool
   * @param canonicalSchema the canonical JSON text of the parameters' schema, as written by {@link
   *     CanonicalSchemaWriter#write}; parsed when first needed: {@link #parameters()} throws {@code
   *     IllegalArgumentException} if it is not a schema Toolwright reads, and so does building a
   *     registry of the definition unless the build recorded this exact tool
   */
  public static ToolDefinition of(
      String name, String description, Effect effect, boolean idempotent, String canonicalSchema) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(canonicalSchema, "canonicalSchema");
    boolean repeatable = idempotent || effect == Effect.READ_ONLY;
    return new ToolDefinition(
        name,
        description,
        effect,
        repeatable,
        null,
        canonicalSchema,
        null,
        List.of());
  }

  /**
   * A copy whose result is described by {@code canonicalOutputSchema} (MCP's {@code outputSchema}),
   * the canonical JSON text of the schema of what the tool returns.
   */
  public ToolDefinition withOutputSchema(String canonicalOutputSchema) {
    Objects.requireNonNull(canonicalOutputSchema, "canonicalOutputSchema");
    return new ToolDefinition(
        name,
        description,
        effect,
        idempotent,
        parameters,
        canonicalSchema,
        canonicalOutputSchema,
        examples);
  }

  /**
   * A copy with example arguments: each a JSON object, as compact text, that the tool accepts.
   * Generated code passes the examples the processor checked against the schema.
   */
  public ToolDefinition withExamples(List<String> examples) {
    return new ToolDefinition(
        name,
        description,
        effect,
        idempotent,
        parameters,
        canonicalSchema,
        canonicalOutputSchema,
        List.copyOf(examples));
  }

  /** The tool's name, unique within a registry. */
  public String name() {
    return name;
  }

  /** What the tool does, for the model. */
  public String description() {
    return description;
  }

  /** What calling it does to the world. */
  public Effect effect() {
    return effect;
  }

  /** Whether calling it twice with the same arguments equals calling it once. */
  public boolean idempotent() {
    return idempotent;
  }

  /**
   * The schema of the arguments object, parsed from {@link #canonicalSchema()} on the first call.
   *
   * @throws IllegalArgumentException if the canonical text is not a schema Toolwright reads
   */
  public ObjectSchema parameters() {
    ObjectSchema parsed = parameters;
    if (parsed == null) {
      parsed = CanonicalSchemaReader.read(canonicalSchema);
      parameters = parsed;
    }
    return parsed;
  }

  /** The canonical JSON text of {@link #parameters()}. */
  public String canonicalSchema() {
    return canonicalSchema;
  }

  /** The canonical JSON text of the result's schema, when the tool declares one. */
  public Optional<String> canonicalOutputSchema() {
    return Optional.ofNullable(canonicalOutputSchema);
  }

  /** Example arguments objects, each compact JSON text; empty when none are declared. */
  public List<String> examples() {
    return examples;
  }

  /**
   * SHA-256 (lower-case hex) of the name, description, effect, idempotency, canonical schema and,
   * when present, output schema and examples,
   * exactly as {@link ToolFingerprint} describes; equal to the fingerprint in the tool's {@code
   * META-INF/toolwright} resource.
   */
  public String fingerprint() {
    String computed = fingerprint;
    if (computed == null) {
      computed =
          ToolFingerprint.of(
              name,
              description,
              effect,
              idempotent,
              canonicalSchema,
              canonicalOutputSchema,
              examples);
      fingerprint = computed;
    }
    return computed;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ToolDefinition that
        && name.equals(that.name)
        && description.equals(that.description)
        && effect == that.effect
        && idempotent == that.idempotent
        && canonicalSchema.equals(that.canonicalSchema)
        && Objects.equals(canonicalOutputSchema, that.canonicalOutputSchema)
        && examples.equals(that.examples);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name, description, effect, idempotent, canonicalSchema, canonicalOutputSchema, examples);
  }

  /** Name, effect, idempotency and fingerprint; not the schema, which may be long. */
  @Override
  public String toString() {
    return "ToolDefinition[name="
        + name
        + ", effect="
        + effect
        + ", idempotent="
        + idempotent
        + ", fingerprint="
        + fingerprint()
        + "]";
  }
}
