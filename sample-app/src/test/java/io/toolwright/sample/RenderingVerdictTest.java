package io.toolwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.Dialect;
import io.toolwright.ToolDefinition;
import io.toolwright.ToolResult;
import io.toolwright.dispatch.ToolBinding;
import io.toolwright.schema.dialect.DialectRenderer;
import io.toolwright.schema.dialect.Rendering;
import io.toolwright.testkit.ObservedTools;
import io.toolwright.testkit.Probe;
import io.toolwright.testkit.SchemaOracle;
import io.toolwright.testkit.SchemaOracle.Violation;
import io.toolwright.testkit.VerdictCheck;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What each dialect's rendering tells a model agrees with what the run time enforces, on the
 * arguments {@link io.toolwright.testkit.ProbeGenerator} makes from every desk tool's canonical
 * schema (valid instances and mutations keyword by keyword); the canonical schema's verdict equals
 * the run time's ({@link GeneratedVerdictEqualityTest}), so it stands in for the run time here:
 *
 * <ul>
 *   <li>the rendering never refuses what the run time accepts; the one documented exception is an
 *       explicit {@code null} for an optional property, which non-strict renderings leave out of
 *       the type (the model may omit the property instead) and the run time still accepts;
 *   <li>the rendering accepts what the run time refuses only where the dialect has no keyword for
 *       the constraint, which it then states in the description, or where the value lies beyond
 *       the Java type's range, whose bounds lean renderings leave out;
 *   <li>OpenAI strict sends {@code null} for every optional property left out, and the run time
 *       gives those arguments the verdict it gives the arguments without them.
 * </ul>
 */
class RenderingVerdictTest {

  private static final long SEED = Long.getLong("toolwright.verdict.seed", 20250615L);

  /** Beyond this, a bound can only be one restating a Java type's range (int at the least). */
  private static final BigDecimal TYPE_RANGE = BigDecimal.valueOf(Integer.MAX_VALUE);

  private static final Set<String> BOUNDS =
      Set.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum");

  /**
   * Keywords each dialect cannot carry, so its renderings state them in words; and, for Gemini's
   * {@code parameters}, {@code additionalProperties}, which the OpenAPI subset cannot say at all
   * (a property the model invents is refused by the run time with a structured error).
   */
  private static final Map<Dialect, Set<String>> IN_WORDS =
      Map.of(
          Dialect.OPENAI_CHAT_STRICT,
          Set.of("minLength", "maxLength", "uniqueItems", "minProperties", "maxProperties", "format"),
          Dialect.OPENAI_RESPONSES_STRICT,
          Set.of("minLength", "maxLength", "uniqueItems", "minProperties", "maxProperties", "format"),
          Dialect.ANTHROPIC_STRICT,
          Set.of(
              "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
              "minLength", "maxLength", "minItems", "maxItems", "uniqueItems", "format", "pattern",
              "minProperties", "maxProperties"),
          Dialect.GEMINI,
          Set.of("exclusiveMinimum", "exclusiveMaximum", "multipleOf", "uniqueItems", "format",
              "const", "minProperties", "maxProperties", "additionalProperties"));

  @TestFactory
  Stream<DynamicTest> everyRenderingAgreesWithTheRunTime() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Dialect dialect : Dialect.values()) {
      for (var set : SupportDesk.withSampleData().toolSets()) {
        for (ToolBinding binding : set.bindings()) {
          tests.add(
              DynamicTest.dynamicTest(
                  dialect.key() + " " + binding.definition().name(),
                  () -> check(dialect, binding)));
        }
      }
    }
    return tests.stream();
  }

  private static void check(Dialect dialect, ToolBinding binding) {
    ToolDefinition tool = binding.definition();
    Rendering rendering = DialectRenderer.render(dialect, tool);
    assertThat(rendering.problems()).as("the desk's tools suit every dialect").isEmpty();
    JsonNode schema = RenderedSchemas.parametersOf(dialect, rendering.json());
    JsonNode canonical = VerdictCheck.schema(tool);
    ObservedTools tools = new ObservedTools(SupportDesk.withSampleData().toolSets());
    VerdictCheck runtime = new VerdictCheck(tools, SupportDesk.signedIn(SampleData.ANA));
    List<String> disagreements = new ArrayList<>();
    List<Probe> probes = VerdictCheck.probes(tool, binding.contextNames(), SEED);
    for (Probe probe : probes) {
      JsonNode instance = probe.instance();
      boolean fillsNulls = dialect == Dialect.OPENAI_CHAT_STRICT
          || dialect == Dialect.OPENAI_RESPONSES_STRICT;
      JsonNode sent = fillsNulls ? RenderedSchemas.withNullsForAbsent(schema, instance) : instance;
      List<Violation> byCanonical = SchemaOracle.violations(canonical, instance);
      List<Violation> byRendering = SchemaOracle.violations(schema, sent);
      if (byCanonical.isEmpty() && !byRendering.isEmpty()
          && (fillsNulls || !RenderedSchemas.containsNull(instance))) {
        disagreements.add("refuses what the run time accepts: " + probe + " " + byRendering);
      }
      if (!byCanonical.isEmpty() && byRendering.isEmpty()) {
        for (Violation violation : byCanonical) {
          // Under a union ({"anyOf":[{"$ref"},{"type":"null"}]}) the validator names the
          // branches' keywords, so the keyword the probe broke counts too.
          if (!inWords(dialect, violation, instance)
              && !IN_WORDS.getOrDefault(dialect, Set.of()).contains(probe.keyword())) {
            disagreements.add("accepts, without a word, what the run time refuses: " + probe
                + " " + violation);
          }
        }
      }
      if (fillsNulls && !sent.equals(instance)) {
        ToolResult withNulls =
            runtime.execute(tool.name(), canonical, withInstance(probe, sent)).result();
        ToolResult without = runtime.execute(tool.name(), canonical, probe).result();
        if (accepted(withNulls) != accepted(without)) {
          disagreements.add("null is not absent at run time: " + probe);
        }
      }
    }
    assertThat(disagreements)
        .as("%s in %s, %d probes (seed %d)", tool.name(), dialect.key(), probes.size(), SEED)
        .isEmpty();
  }

  /** Whether the run time let the arguments through to the method (a refusal there counts). */
  private static boolean accepted(ToolResult result) {
    return !(result instanceof ToolResult.Failure failure)
        || failure.error().code() == io.toolwright.ErrorCode.TOOL_FAILED;
  }

  private static boolean inWords(Dialect dialect, Violation violation, JsonNode instance) {
    if (IN_WORDS.getOrDefault(dialect, Set.of()).contains(violation.keyword())) {
      return true;
    }
    if (BOUNDS.contains(violation.keyword())) {
      JsonNode value = instance.at(violation.pointer());
      return value.isNumber() && value.decimalValue().abs().compareTo(TYPE_RANGE) >= 0;
    }
    return false;
  }

  private static Probe withInstance(Probe probe, JsonNode instance) {
    return new Probe(probe.kind(), probe.keyword(), probe.pointer(), probe.label(), instance);
  }

  /** Reading the parameters' schema out of each dialect's tool JSON. */
  static final class RenderedSchemas {

    private RenderedSchemas() {}

    static JsonNode parametersOf(Dialect dialect, String json) {
      JsonNode tool = SchemaOracle.JSON.readTree(json);
      JsonNode schema =
          switch (dialect) {
            case OPENAI_CHAT, OPENAI_CHAT_STRICT -> tool.get("function").get("parameters");
            case OPENAI_RESPONSES, OPENAI_RESPONSES_STRICT -> tool.get("parameters");
            case ANTHROPIC, ANTHROPIC_STRICT -> tool.get("input_schema");
            case GEMINI -> tool.has("parameters")
                ? fromOpenApi(tool.get("parameters"))
                : SchemaOracle.JSON.readTree("{\"type\":\"object\",\"additionalProperties\":false}");
            case GEMINI_JSON_SCHEMA -> tool.get("parametersJsonSchema");
            case MCP -> tool.get("inputSchema");
          };
      assertThat(schema).as("the parameters of %s", json).isNotNull();
      return schema;
    }

    /**
     * Gemini's OpenAPI 3.0 subset as JSON Schema, for the validator: {@code nullable: true} is a
     * type that also allows {@code null}, type names in any case.
     */
    static JsonNode fromOpenApi(JsonNode node) {
      if (node.isArray()) {
        ArrayNode copy = SchemaOracle.JSON.createArrayNode();
        node.forEach(item -> copy.add(fromOpenApi(item)));
        return copy;
      }
      if (!node.isObject()) {
        return node;
      }
      ObjectNode copy = SchemaOracle.JSON.createObjectNode();
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        String key = entry.getKey();
        JsonNode value = entry.getValue();
        if (key.equals("properties")) {
          ObjectNode properties = copy.putObject("properties");
          for (Map.Entry<String, JsonNode> property : value.properties()) {
            properties.set(property.getKey(), fromOpenApi(property.getValue()));
          }
        } else if (key.equals("type")) {
          copy.put("type", value.asString().toLowerCase(java.util.Locale.ROOT));
        } else if (!key.equals("nullable")) {
          copy.set(key, fromOpenApi(value));
        }
      }
      if (node.path("nullable").asBoolean(false)) {
        ArrayNode types = SchemaOracle.JSON.createArrayNode();
        types.add(copy.get("type").asString()).add("null");
        copy.set("type", types);
        if (copy.has("enum")) {
          ((ArrayNode) copy.get("enum")).addNull();
        }
      }
      return copy;
    }

    /** {@code instance} with {@code null} for every property a strict schema requires but it lacks. */
    static JsonNode withNullsForAbsent(JsonNode root, JsonNode instance) {
      JsonNode copy = instance.deepCopy();
      fill(root, root, copy);
      return copy;
    }

    private static void fill(JsonNode root, JsonNode schema, JsonNode instance) {
      schema = resolve(root, schema);
      if (schema.has("anyOf")) {
        for (JsonNode branch : schema.get("anyOf")) {
          fill(root, branch, instance);
        }
        return;
      }
      if (instance instanceof ObjectNode object && schema.has("properties")) {
        for (Map.Entry<String, JsonNode> property : schema.get("properties").properties()) {
          JsonNode value = object.get(property.getKey());
          if (value == null) {
            if (allowsNull(root, property.getValue())) {
              object.putNull(property.getKey());
            }
          } else {
            fill(root, property.getValue(), value);
          }
        }
      } else if (instance.isArray() && schema.has("items")) {
        for (JsonNode item : instance) {
          fill(root, schema.get("items"), item);
        }
      }
    }

    private static boolean allowsNull(JsonNode root, JsonNode schema) {
      schema = resolve(root, schema);
      JsonNode type = schema.get("type");
      if (type != null && type.isArray()) {
        for (JsonNode t : type) {
          if (t.asString().equals("null")) {
            return true;
          }
        }
      }
      if (type != null && type.asString().equals("null")) {
        return true;
      }
      if (schema.has("anyOf")) {
        for (JsonNode branch : schema.get("anyOf")) {
          if (allowsNull(root, branch)) {
            return true;
          }
        }
      }
      return false;
    }

    private static JsonNode resolve(JsonNode root, JsonNode schema) {
      JsonNode ref = schema.get("$ref");
      return ref == null ? schema : root.at(ref.asString().substring(1));
    }

    static boolean containsNull(JsonNode node) {
      if (node.isNull()) {
        return true;
      }
      for (JsonNode child : node) {
        if (containsNull(child)) {
          return true;
        }
      }
      return false;
    }
  }
}
