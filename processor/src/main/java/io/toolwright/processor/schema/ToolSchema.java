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
 * @param fingerprint the tool's {@link ToolFingerprint}, as {@code ToolDefinition} computes it
 * @param namedTypes def name → the record or bean behind it, to point a diagnostic about a def at
 *     its source
 */
public record ToolSchema(
    ToolMethod tool,
    ObjectSchema root,
    String canonical,
    String fingerprint,
    Map<String, ObjectType> namedTypes) {

  public static ToolSchema of(ToolMethod tool, TypeCatalog types) {
    ToolSchemas.Derived derived = ToolSchemas.deriveNamed(tool, types);
    ObjectSchema root = derived.root();
    String canonical = CanonicalSchemaWriter.write(root);
    // Generated code rebuilds the schema from this text when its class loads; a text the runtime
    // reads differently would fail in the user's application, so fail here, at build time.
    String reread = CanonicalSchemaWriter.write(CanonicalSchemaReader.read(canonical));
    if (!reread.equals(canonical)) {
      throw new IllegalStateException(
          "the runtime reads the schema of tool " + tool.name() + " differently: " + canonical);
    }
    String fingerprint =
        ToolFingerprint.of(
            tool.name(), tool.description(), tool.effect(), tool.idempotent(), canonical);
    return new ToolSchema(tool, root, canonical, fingerprint, Map.copyOf(derived.namedTypes()));
  }

  /** The definition generated code builds for this tool, as the runtime sees it. */
  public ToolDefinition definition() {
    return ToolDefinition.of(
        tool.name(), tool.description(), tool.effect(), tool.idempotent(), canonical);
  }
}
