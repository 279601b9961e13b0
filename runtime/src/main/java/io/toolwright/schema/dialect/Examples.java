package io.toolwright.schema.dialect;

import io.toolwright.schema.JsonSchema;
import io.toolwright.schema.JsonSchema.ArraySchema;
import io.toolwright.schema.JsonSchema.ObjectSchema;
import io.toolwright.schema.JsonSchema.RefSchema;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Example arguments as a lean rendering must show them. Anthropic checks {@code input_examples}
 * against {@code input_schema}, where an optional property no longer allows {@code null}: an
 * example's {@code null} for an optional property, which the run time reads as absent, is left out.
 * Everything else is copied token for token (numbers keep their text).
 */
final class Examples {

  private static final JsonFactory FACTORY = new JsonFactory();

  private Examples() {}

  static void write(JsonGenerator out, String example, ObjectSchema parameters) {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), example)) {
      copy(parser, parser.nextToken(), out, parameters, parameters.defs());
    }
  }

  private static void copy(
      JsonParser in,
      JsonToken token,
      JsonGenerator out,
      JsonSchema schema,
      Map<String, JsonSchema> defs) {
    JsonSchema resolved = schema instanceof RefSchema ref ? defs.get(ref.name()) : schema;
    switch (token) {
      case START_OBJECT -> {
        out.writeStartObject();
        for (JsonToken next = in.nextToken(); next != JsonToken.END_OBJECT; next = in.nextToken()) {
          String name = in.currentName();
          JsonToken value = in.nextToken();
          JsonSchema member = null;
          boolean optional = false;
          if (resolved instanceof ObjectSchema object) {
            member = object.properties().get(name);
            optional = member != null && !object.required().contains(name);
            if (member == null) {
              member = object.additionalProperties();
            }
          }
          if (value == JsonToken.VALUE_NULL && optional) {
            continue;
          }
          out.writeName(name);
          copy(in, value, out, member, defs);
        }
        out.writeEndObject();
      }
      case START_ARRAY -> {
        out.writeStartArray();
        JsonSchema items = resolved instanceof ArraySchema array ? array.items() : null;
        for (JsonToken next = in.nextToken(); next != JsonToken.END_ARRAY; next = in.nextToken()) {
          copy(in, next, out, items, defs);
        }
        out.writeEndArray();
      }
      case VALUE_STRING -> out.writeString(in.getString());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> out.writeNumber(in.getString());
      case VALUE_TRUE -> out.writeBoolean(true);
      case VALUE_FALSE -> out.writeBoolean(false);
      case VALUE_NULL -> out.writeNull();
      default -> throw new IllegalArgumentException("not a JSON value: " + token);
    }
  }
}
