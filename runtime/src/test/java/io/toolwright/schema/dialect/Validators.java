package io.toolwright.schema.dialect;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.regex.JoniRegularExpressionFactory;
import io.toolwright.Dialect;
import java.util.List;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An independent JSON Schema 2020-12 implementation (networknt) to check renderings: the schema
 * part against the meta-schema, and instances against a rendered or canonical schema.
 */
final class Validators {

  /** Exact decimals: 5000.000000000001 is above 5000, not rounded onto it. */
  static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private static final String DIALECT = SpecificationVersion.DRAFT_2020_12.getDialectId();

  // Formats asserted, as the run time enforces them; ECMA-262 patterns as JSON Schema reads them.
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

  private Validators() {}

  static List<Error> metaSchemaErrors(JsonNode schema) {
    return META_SCHEMA.validate(schema);
  }

  static Schema compile(JsonNode schema) {
    return REGISTRY.getSchema(schema);
  }

  static boolean accepts(Schema schema, JsonNode instance) {
    return schema.validate(instance).isEmpty();
  }

  static JsonNode tree(String json) {
    return JSON.readTree(json);
  }

  /** The parameters' schema inside one rendered tool. */
  static JsonNode inputSchema(Dialect dialect, JsonNode tool) {
    return switch (dialect) {
      case OPENAI_CHAT, OPENAI_CHAT_STRICT -> tool.get("function").get("parameters");
      case OPENAI_RESPONSES, OPENAI_RESPONSES_STRICT, GEMINI -> tool.get("parameters");
      case ANTHROPIC, ANTHROPIC_STRICT -> tool.get("input_schema");
      case GEMINI_JSON_SCHEMA -> tool.get("parametersJsonSchema");
      case MCP -> tool.get("inputSchema");
    };
  }
}
