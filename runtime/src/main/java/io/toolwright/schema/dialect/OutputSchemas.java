package io.toolwright.schema.dialect;

import io.toolwright.schema.CanonicalSchemaReader;
import io.toolwright.schema.JsonSchema;
import io.toolwright.schema.JsonSchema.ObjectSchema;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a tool's canonical output schema, whose root may be any schema (a record, a list, a
 * string). {@link CanonicalSchemaReader} reads object roots only, so the root is read as the one
 * property of a wrapper object that carries its {@code $defs}: one reader, one canonical form.
 */
final class OutputSchemas {

  private static final JsonFactory FACTORY = new JsonFactory();

  record Document(JsonSchema root, Map<String, JsonSchema> defs) {}

  private OutputSchemas() {}

  static Document read(String canonicalText) {
    String wrapped =
        Json.write(
            out -> {
              out.writeStartObject();
              out.writeStringProperty("type", "object");
              out.writeName("properties");
              out.writeStartObject();
              out.writeName("value");
              out.writeStartObject();
              String defs = null;
              try (JsonParser in = FACTORY.createParser(ObjectReadContext.empty(), canonicalText)) {
                if (in.nextToken() != JsonToken.START_OBJECT) {
                  throw new IllegalArgumentException("not a schema: " + canonicalText);
                }
                for (JsonToken t = in.nextToken(); t != JsonToken.END_OBJECT; t = in.nextToken()) {
                  String name = in.currentName();
                  in.nextToken();
                  if (name.equals("$defs")) {
                    defs = Json.write(copy -> copy.copyCurrentStructure(in));
                  } else if (name.equals("$schema")) {
                    in.skipChildren();
                  } else {
                    out.writeName(name);
                    out.copyCurrentStructure(in);
                  }
                }
              }
              out.writeEndObject();
              out.writeEndObject();
              out.writeBooleanProperty("additionalProperties", false);
              if (defs != null) {
                out.writeName("$defs");
                out.writeRawValue(defs);
              }
              out.writeEndObject();
            });
    ObjectSchema wrapper = CanonicalSchemaReader.read(wrapped);
    return new Document(wrapper.properties().get("value"), wrapper.defs());
  }
}
