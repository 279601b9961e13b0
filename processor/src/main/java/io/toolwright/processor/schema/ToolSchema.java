package io.toolwright.processor.schema;

import io.toolwright.processor.model.ToolMethod;
import io.toolwright.processor.model.TypeCatalog;
import io.toolwright.schema.CanonicalSchemaReader;
import io.toolwright.schema.CanonicalSchemaWriter;
import io.toolwright.schema.JsonSchema.ObjectSchema;
import io.toolwright.schema.ToolFingerprint;

/**
 * A tool with its derived schema in canonical form, as embedded in generated code and resources.
 *
 * @param canonical the text of {@code root} from {@link CanonicalSchemaWriter#write}
 * @param fingerprint the tool's {@link ToolFingerprint}, as {@code ToolDefinition} computes it
 */
public record ToolSchema(ToolMethod tool, ObjectSchema root, String canonical, String fingerprint) {

  public static ToolSchema of(ToolMethod tool, TypeCatalog types) {
    ObjectSchema root = ToolSchemas.derive(tool, types);
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
            tool.name(),
            tool.description(),
            tool.effect(),
            tool.idempotent(),
            canonical,
            null,
            tool.exampleTexts());
    return new ToolSchema(tool, root, canonical, fingerprint);
  }
}
