package io.toolwright.processor.schema;

import io.toolwright.ToolDefinition;
import io.toolwright.processor.model.ObjectType;
import io.toolwright.processor.model.ToolMethod;
import io.toolwright.processor.model.TypeCatalog;
import io.toolwright.schema.CanonicalSchemaReader;
import io.toolwright.schema.CanonicalSchemaWriter;
import io.toolwright.schema.JsonSchema.ObjectSchema;
import io.toolwright.schema.ToolFingerprint;
import java.util.Map;

/**
 * A tool with its derived schema in canonical form, as embedded in generated code and resources.
 *
 * @param canonical the text of {@code root} from {@link CanonicalSchemaWriter#write}
 * @param canonicalOutput the canonical text of the schema of what the tool returns, or {@code
 *     null} when it has none ({@link ToolSchemas#deriveResult})
 * @param fingerprint the tool's {@link ToolFingerprint}, as {@code ToolDefinition} computes it
 * @param namedTypes def name → the record or bean behind it, to point a diagnostic about a def at
 *     its source
 */
public record ToolSchema(
    ToolMethod tool,
    ObjectSchema root,
    String canonical,
    String canonicalOutput,
    String fingerprint,
    Map<String, ObjectType> namedTypes) {

  public static ToolSchema of(ToolMethod tool, TypeCatalog types) {
    ToolSchemas.Derived derived = ToolSchemas.deriveNamed(tool, types);
    ObjectSchema root = derived.root();
    String canonical = canonical(root, tool, "schema");
    String canonicalOutput =
        ToolSchemas.deriveResult(tool)
            .map(output -> canonical(output, tool, "output schema"))
            .orElse(null);
    String fingerprint =
        ToolFingerprint.of(
            tool.name(),
            tool.description(),
            tool.effect(),
            tool.idempotent(),
            canonical,
            canonicalOutput,
            tool.exampleTexts());
    return new ToolSchema(
        tool, root, canonical, canonicalOutput, fingerprint, Map.copyOf(derived.namedTypes()));
  }

  private static String canonical(ObjectSchema schema, ToolMethod tool, String what) {
    String canonical = CanonicalSchemaWriter.write(schema);
    // Generated code rebuilds the schema from this text when its class loads; a text the runtime
    // reads differently would fail in the user's application, so fail here, at build time.
    String reread = CanonicalSchemaWriter.write(CanonicalSchemaReader.read(canonical));
    if (!reread.equals(canonical)) {
      throw new IllegalStateException(
          "the runtime reads the " + what + " of tool " + tool.name() + " differently: " + canonical);
    }
    return canonical;
  }

  /** The definition generated code builds for this tool, as the runtime sees it. */
  public ToolDefinition definition() {
    ToolDefinition definition =
        ToolDefinition.of(
            tool.name(), tool.description(), tool.effect(), tool.idempotent(), canonical);
    if (canonicalOutput != null) {
      definition = definition.withOutputSchema(canonicalOutput);
    }
    return tool.examples().isEmpty() ? definition : definition.withExamples(tool.exampleTexts());
  }
}
