package io.toolwright.schema;

import io.toolwright.schema.JsonSchema.ArraySchema;
import io.toolwright.schema.JsonSchema.BooleanSchema;
import io.toolwright.schema.JsonSchema.NumberSchema;
import io.toolwright.schema.JsonSchema.ObjectSchema;
import io.toolwright.schema.JsonSchema.RefSchema;
import io.toolwright.schema.JsonSchema.StringSchema;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes a {@link JsonSchema} as canonical JSON Schema 2020-12: compact, keys in one fixed order,
 * properties in declaration order. The same model always gives the same bytes, so the text can go
 * into a tool's {@linkplain ToolFingerprint fingerprint}, which changes exactly when it does.
 */
public final class CanonicalSchemaWriter {

  /** The dialect every root schema declares. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private static final JsonFactory FACTORY = new JsonFactory();

  private CanonicalSchemaWriter() {}

  /** The canonical text of a tool's root parameter schema, with {@code $schema} first. */
  public static String write(ObjectSchema root) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      writeSchema(generator, root, true);
    }
    return out.toString();
  }

  private static void writeSchema(JsonGenerator out, JsonSchema schema, boolean root) {
    out.writeStartObject();
    if (root) {
      out.writeStringProperty("$schema", DIALECT);
    }
    // An instanceof chain, not a pattern switch: the runtime targets Java 17.
    if (schema instanceof RefSchema ref) {
      writeRef(out, ref);
    } else if (schema instanceof StringSchema string) {
      writeString(out, string);
    } else if (schema instanceof NumberSchema number) {
      writeNumber(out, number);
    } else if (schema instanceof BooleanSchema bool) {
      writeBoolean(out, bool);
    } else if (schema instanceof ArraySchema array) {
      writeArray(out, array);
    } else {
      writeObject(out, (ObjectSchema) schema);
    }
    if (schema.description() != null) {
      out.writeStringProperty("description", schema.description());
    }
    if (schema instanceof ObjectSchema object && !object.defs().isEmpty()) {
      out.writeName("$defs");
      out.writeStartObject();
      for (Map.Entry<String, JsonSchema> def : object.defs().entrySet()) {
        out.writeName(def.getKey());
        writeSchema(out, def.getValue(), false);
      }
      out.writeEndObject();
    }
    out.writeEndObject();
  }

  private static void writeRef(JsonGenerator out, RefSchema ref) {
    if (ref.nullable()) {
      out.writeName("anyOf");
      out.writeStartArray();
      out.writeStartObject();
      out.writeStringProperty("$ref", ref.pointer());
      out.writeEndObject();
      out.writeStartObject();
      out.writeStringProperty("type", "null");
      out.writeEndObject();
      out.writeEndArray();
    } else {
      out.writeStringProperty("$ref", ref.pointer());
    }
  }

  private static void writeString(JsonGenerator out, StringSchema string) {
    writeType(out, "string", string.nullable());
    optionalString(out, "format", string.format());
    if (!string.allowed().isEmpty()) {
      out.writeName("enum");
      out.writeStartArray();
      for (String value : string.allowed()) {
        out.writeString(value);
      }
      if (string.nullable()) {
        out.writeNull();
      }
      out.writeEndArray();
    }
    optionalInt(out, "minLength", string.minLength());
    optionalInt(out, "maxLength", string.maxLength());
    optionalString(out, "pattern", string.pattern());
  }

  private static void writeNumber(JsonGenerator out, NumberSchema number) {
    writeType(out, number.integral() ? "integer" : "number", number.nullable());
    optionalString(out, "format", number.format());
    optionalDecimal(out, "minimum", number.minimum());
    optionalDecimal(out, "exclusiveMinimum", number.exclusiveMinimum());
    optionalDecimal(out, "maximum", number.maximum());
    optionalDecimal(out, "exclusiveMaximum", number.exclusiveMaximum());
    optionalDecimal(out, "multipleOf", number.multipleOf());
  }

  private static void writeBoolean(JsonGenerator out, BooleanSchema bool) {
    writeType(out, "boolean", bool.nullable());
    if (bool.constant() == null) {
      return;
    }
    if (bool.nullable()) {
      // "const" would forbid the null the type allows.
      out.writeName("enum");
      out.writeStartArray();
      out.writeBoolean(bool.constant());
      out.writeNull();
      out.writeEndArray();
    } else {
      out.writeBooleanProperty("const", bool.constant());
    }
  }

  private static void writeArray(JsonGenerator out, ArraySchema array) {
    writeType(out, "array", array.nullable());
    out.writeName("items");
    writeSchema(out, array.items(), false);
    optionalInt(out, "minItems", array.minItems());
    optionalInt(out, "maxItems", array.maxItems());
    if (array.uniqueItems()) {
      out.writeBooleanProperty("uniqueItems", true);
    }
  }

  private static void writeObject(JsonGenerator out, ObjectSchema object) {
    writeType(out, "object", object.nullable());
    if (object.additionalProperties() == null) {
      out.writeName("properties");
      out.writeStartObject();
      for (Map.Entry<String, JsonSchema> property : object.properties().entrySet()) {
        out.writeName(property.getKey());
        writeSchema(out, property.getValue(), false);
      }
      out.writeEndObject();
      writeStrings(out, "required", object.required());
      out.writeBooleanProperty("additionalProperties", false);
    } else {
      out.writeName("additionalProperties");
      writeSchema(out, object.additionalProperties(), false);
    }
    optionalInt(out, "minProperties", object.minProperties());
    optionalInt(out, "maxProperties", object.maxProperties());
  }

  private static void writeType(JsonGenerator out, String type, boolean nullable) {
    if (nullable) {
      writeStrings(out, "type", List.of(type, "null"));
    } else {
      out.writeStringProperty("type", type);
    }
  }

  private static void writeStrings(JsonGenerator out, String name, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    out.writeName(name);
    out.writeStartArray();
    for (String value : values) {
      out.writeString(value);
    }
    out.writeEndArray();
  }

  private static void optionalString(JsonGenerator out, String name, String value) {
    if (value != null) {
      out.writeStringProperty(name, value);
    }
  }

  private static void optionalInt(JsonGenerator out, String name, Integer value) {
    if (value != null) {
      out.writeNumberProperty(name, value.intValue());
    }
  }

  private static void optionalDecimal(JsonGenerator out, String name, BigDecimal value) {
    if (value != null) {
      out.writeName(name);
      // Plain notation: "1E+2" is valid JSON but reads badly in a schema a person reviews. A whole
      // number has no zeros to strip: dividing the 309 digits of the double limit by ten until
      // they are gone would be most of the schema's cost.
      BigDecimal plain = value.scale() <= 0 ? value : value.stripTrailingZeros();
      out.writeNumber(plain.toPlainString());
    }
  }
}
