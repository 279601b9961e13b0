package io.toolwright.sample;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.regex.JoniRegularExpressionFactory;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An independent JSON Schema 2020-12 implementation (networknt json-schema-validator), to check the
 * schemas Toolwright generates and the verdicts its runtime gives against.
 */
final class JsonSchemas {

  static final String DIALECT = SpecificationVersion.DRAFT_2020_12.getDialectId();

  /**
   * Instances are read strictly: a duplicate key or a second value after the first is not one JSON
   * object (RFC 8259 leaves duplicate names undefined, and a lenient parser would silently keep the
   * last one), so such text has no schema verdict but "invalid". Decimals are read exactly, so that
   * 5000.000000000001 is above a maximum of 5000 and not rounded onto it.
   */
  static final JsonMapper STRICT =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  // Format assertions on: in 2020-12 "format" only annotates unless the validator is told to assert.
  // Joni: "pattern" is an ECMA-262 regular expression, whose \s, \d and $ are not java.util.regex's.
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaRegistryConfig(
                  SchemaRegistryConfig.builder()
                      .formatAssertionsEnabled(true)
                      .regularExpressionFactory(JoniRegularExpressionFactory.getInstance())
                      .build()));

  private static final Schema META_SCHEMA = REGISTRY.getSchema(SchemaLocation.of(DIALECT));

  private JsonSchemas() {}

  /** What the 2020-12 meta-schema finds wrong with {@code schema}; empty when it is a valid schema. */
  static List<Error> metaSchemaErrors(JsonNode schema) {
    return META_SCHEMA.validate(schema);
  }

  static Schema compile(String schemaText) {
    return REGISTRY.getSchema(STRICT.readTree(schemaText));
  }

  /** The instance as a tree, or empty when the text is not exactly one JSON value. */
  static Optional<JsonNode> parseStrictly(String text) {
    try {
      return Optional.of(STRICT.readTree(text));
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }
}
