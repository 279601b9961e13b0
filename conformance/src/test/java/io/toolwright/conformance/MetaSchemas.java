package io.toolwright.conformance;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * An independent JSON Schema implementation (networknt json-schema-validator) judging the schemas
 * in the renderings: against the 2020-12 meta-schema, and Gemini's OpenAPI-subset {@code
 * parameters} against {@code meta/gemini-schema.json}, a closed description of that subset.
 */
final class MetaSchemas {

  static final String DRAFT_2020_12 = SpecificationVersion.DRAFT_2020_12.getDialectId();

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private static final Schema META_SCHEMA = REGISTRY.getSchema(SchemaLocation.of(DRAFT_2020_12));

  private static final Schema GEMINI_SCHEMA =
      REGISTRY.getSchema(resource("meta/gemini-schema.json"));

  private MetaSchemas() {}

  /** What the 2020-12 meta-schema finds wrong with {@code schema}; empty when it is valid. */
  static List<Error> draft202012Errors(JsonNode schema) {
    return META_SCHEMA.validate(schema);
  }

  /** What Gemini's Schema subset finds wrong with {@code schema}; empty when it is valid. */
  static List<Error> geminiSchemaErrors(JsonNode schema) {
    return GEMINI_SCHEMA.validate(schema);
  }

  /** Compiles {@code schema}, resolving every {@code $ref} in it; a dangling one throws. */
  static Schema compile(JsonNode schema) {
    Schema compiled = REGISTRY.getSchema(schema);
    compiled.initializeValidators();
    return compiled;
  }

  static JsonNode resource(String name) {
    try (InputStream in = MetaSchemas.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + name);
      }
      return Json.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
