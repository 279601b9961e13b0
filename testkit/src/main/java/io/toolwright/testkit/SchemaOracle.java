package io.toolwright.testkit;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.regex.JoniRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reference verdict: an independent JSON Schema 2020-12 implementation (networknt
 * json-schema-validator) with format assertions on and ECMA-262 regular expressions (Joni), as the
 * dialect says {@code pattern} and {@code format} mean. Thread-safe; compiled schemas are cached.
 */
public final class SchemaOracle {

  /**
   * Reads schemas and instances as a model's JSON is meant: each name once per object, nothing
   * after the value, decimals exact (so that 5000.000000000001 stays above a maximum of 5000).
   */
  public static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private static final String DIALECT = SpecificationVersion.DRAFT_2020_12.getDialectId();

  // In 2020-12 "format" only annotates unless the validator is told to assert it; Toolwright's
  // formats are promises about what the run time accepts, so they are asserted here.
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaRegistryConfig(
                  SchemaRegistryConfig.builder()
                      .formatAssertionsEnabled(true)
                      .regularExpressionFactory(JoniRegularExpressionFactory.getInstance())
                      .build()));

  /** By identity: a schema node is compiled once, however often its instances are checked. */
  private static final Map<JsonNode, Schema> SCHEMAS =
      Collections.synchronizedMap(new IdentityHashMap<>());

  private static final Map<JsonNode, JsonNode> STANDALONE =
      Collections.synchronizedMap(new IdentityHashMap<>());

  private static final Map<String, RegularExpression> PATTERNS = new ConcurrentHashMap<>();

  private SchemaOracle() {}

  /** What {@code schema} finds wrong with {@code instance}; empty when it accepts it. */
  public static List<Violation> violations(JsonNode schema, JsonNode instance) {
    List<Error> errors = compiled(schema).validate(instance);
    return errors.stream().map(Violation::of).toList();
  }

  public static boolean accepts(JsonNode schema, JsonNode instance) {
    return compiled(schema).validate(instance).isEmpty();
  }

  /**
   * {@code subschema} of {@code root} as a schema document of its own: the root's {@code $defs}
   * come along, so that its local references still resolve.
   */
  public static JsonNode standalone(JsonNode root, JsonNode subschema) {
    if (subschema == root || !subschema.isObject()) {
      return subschema;
    }
    return STANDALONE.computeIfAbsent(subschema, s -> copy(root, s));
  }

  private static JsonNode copy(JsonNode root, JsonNode subschema) {
    ObjectNode copy = ((ObjectNode) subschema).deepCopy();
    copy.put("$schema", DIALECT);
    if (root.has("$defs") && !copy.has("$defs")) {
      copy.set("$defs", root.get("$defs"));
    }
    return copy;
  }

  /** Whether {@code text} contains a match of the ECMA-262 {@code pattern}, as the keyword asks. */
  public static boolean patternFinds(String pattern, String text) {
    return PATTERNS
        .computeIfAbsent(pattern, p -> JoniRegularExpressionFactory.getInstance().getRegularExpression(p))
        .matches(text);
  }

  private static Schema compiled(JsonNode schema) {
    return SCHEMAS.computeIfAbsent(schema, REGISTRY::getSchema);
  }

  /**
   * One thing the oracle finds wrong.
   *
   * @param keyword the schema keyword, such as {@code maxLength}
   * @param pointer where in the instance, as a JSON pointer
   * @param message the validator's text
   */
  public record Violation(String keyword, String pointer, String message) {
    static Violation of(Error error) {
      return new Violation(error.getKeyword(), pointer(error.getInstanceLocation()), error.getMessage());
    }

    private static String pointer(NodePath location) {
      StringBuilder pointer = new StringBuilder();
      for (int i = 0; i < location.getNameCount(); i++) {
        pointer.append('/').append(escape(String.valueOf(location.getElement(i))));
      }
      return pointer.toString();
    }

    private static String escape(String token) {
      return token.replace("~", "~0").replace("/", "~1");
    }

    @Override
    public String toString() {
      return keyword + " at " + (pointer.isEmpty() ? "/" : pointer);
    }
  }
}
