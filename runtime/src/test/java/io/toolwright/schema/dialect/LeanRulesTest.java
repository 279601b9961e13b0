package io.toolwright.schema.dialect;

import static io.toolwright.schema.dialect.Tools.array;
import static io.toolwright.schema.dialect.Tools.enumOf;
import static io.toolwright.schema.dialect.Tools.integer;
import static io.toolwright.schema.dialect.Tools.number;
import static io.toolwright.schema.dialect.Tools.object;
import static io.toolwright.schema.dialect.Tools.property;
import static io.toolwright.schema.dialect.Tools.requiring;
import static io.toolwright.schema.dialect.Tools.schema;
import static io.toolwright.schema.dialect.Tools.string;
import static io.toolwright.schema.dialect.Tools.tool;
import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.Dialect;
import io.toolwright.ToolDefinition;
import io.toolwright.dispatch.JsonReaders;
import io.toolwright.schema.JsonSchema;
import io.toolwright.schema.JsonSchema.NumberSchema;
import io.toolwright.schema.JsonSchema.ObjectSchema;
import io.toolwright.schema.JsonSchema.RefSchema;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/** The lean rules, one by one, on hand-built schemas. */
class LeanRulesTest {

  private static String json(Dialect dialect, ToolDefinition tool, String property) {
    return property(dialect, tool, property).toString();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void noSchemaKeywordInAnyDialect(Dialect dialect) {
    ToolDefinition tool = tool(object("a", string(null, null, null)));
    assertThat(tool.canonicalSchema()).contains("$schema");
    assertThat(DialectRenderer.render(dialect, tool).json()).doesNotContain("$schema");
  }

  @Test
  void javaTypeRangesAndFormatsAreDropped() {
    NumberSchema anInt =
        new NumberSchema(
            null,
            false,
            true,
            "int32",
            BigDecimal.valueOf(Integer.MIN_VALUE),
            null,
            BigDecimal.valueOf(Integer.MAX_VALUE),
            null);
    NumberSchema aLong =
        new NumberSchema(
            null,
            false,
            true,
            "int64",
            null,
            BigDecimal.valueOf(Long.MIN_VALUE).subtract(BigDecimal.ONE),
            null,
            BigDecimal.valueOf(Long.MAX_VALUE).add(BigDecimal.ONE));
    NumberSchema aFloat =
        new NumberSchema(
            null,
            false,
            false,
            "float",
            JsonReaders.FLOAT_LIMIT.negate(),
            null,
            JsonReaders.FLOAT_LIMIT,
            null);
    NumberSchema aDouble =
        new NumberSchema(
            null,
            false,
            false,
            "double",
            JsonReaders.DOUBLE_LIMIT.negate(),
            null,
            JsonReaders.DOUBLE_LIMIT,
            null);
    ToolDefinition tool =
        tool(
            object(
                "i",
                anInt,
                "l",
                aLong,
                "f",
                aFloat,
                "d",
                aDouble,
                "b",
                integer("-128", null, "127", null)));
    assertThat(json(Dialect.MCP, tool, "i")).isEqualTo("{\"type\":\"integer\"}");
    assertThat(json(Dialect.MCP, tool, "l")).isEqualTo("{\"type\":\"integer\"}");
    assertThat(json(Dialect.MCP, tool, "f")).isEqualTo("{\"type\":\"number\"}");
    assertThat(json(Dialect.MCP, tool, "d")).isEqualTo("{\"type\":\"number\"}");
    // A byte's range is within a model's reach: it stays.
    assertThat(json(Dialect.MCP, tool, "b"))
        .isEqualTo("{\"type\":\"integer\",\"minimum\":-128,\"maximum\":127}");
  }

  @Test
  void aBoundBesideTheTypeRangeStays() {
    NumberSchema positiveInt =
        new NumberSchema(
            null,
            false,
            true,
            "int32",
            null,
            BigDecimal.ZERO,
            BigDecimal.valueOf(Integer.MAX_VALUE),
            null);
    ToolDefinition tool = tool(object("n", positiveInt));
    assertThat(json(Dialect.MCP, tool, "n")).isEqualTo("{\"type\":\"integer\",\"minimum\":1}");
    // Where the bound is also said in words, the type's range is not said either.
    assertThat(json(Dialect.OPENAI_CHAT, tool, "n"))
        .isEqualTo("{\"type\":\"integer\",\"minimum\":1,\"description\":\"At least 1.\"}");
  }

  @Test
  void anIntegersExclusiveBoundIsTheInclusiveOneItEquals() {
    ToolDefinition tool =
        tool(
            object(
                "a", integer(null, "0", null, "100"),
                "b", integer(null, "0.5", null, "7.5"),
                "c", integer("5", "2", null, null),
                "x", number(null, "0", null, "100")));
    assertThat(json(Dialect.MCP, tool, "a"))
        .isEqualTo("{\"type\":\"integer\",\"minimum\":1,\"maximum\":99}");
    assertThat(json(Dialect.MCP, tool, "b"))
        .isEqualTo("{\"type\":\"integer\",\"minimum\":1,\"maximum\":7}");
    assertThat(json(Dialect.MCP, tool, "c")).isEqualTo("{\"type\":\"integer\",\"minimum\":5}");
    // Not for a number: 0.5 is greater than 0, and so is 0.0001.
    assertThat(json(Dialect.MCP, tool, "x"))
        .isEqualTo("{\"type\":\"number\",\"exclusiveMinimum\":0,\"exclusiveMaximum\":100}");
  }

  @Test
  void minLengthOneGoesWhereThePatternAlreadyExcludesTheEmptyString() {
    ToolDefinition tool =
        tool(
            object(
                "notBlank", string(1, null, "\\S"),
                "code", string(1, null, "^[A-Z]{3}$"),
                "maybeEmpty", string(1, null, "^a*$"),
                "two", string(2, null, "\\S")));
    assertThat(json(Dialect.MCP, tool, "notBlank"))
        .isEqualTo("{\"type\":\"string\",\"pattern\":\"\\\\S\"}");
    assertThat(json(Dialect.MCP, tool, "code")).doesNotContain("minLength");
    assertThat(json(Dialect.MCP, tool, "maybeEmpty")).contains("\"minLength\":1");
    assertThat(json(Dialect.MCP, tool, "two")).contains("\"minLength\":2");
  }

  @Test
  void anEnumsLegendIsWrittenOnce() {
    String legend = "OPEN: Not yet paid. PAID: Settled in full.";
    ToolDefinition tool =
        tool(
            object(
                "status", enumOf("only invoices in this status. " + legend, "OPEN", "PAID"),
                "previous", enumOf("the status before. " + legend, "OPEN", "PAID"),
                "bare", enumOf(legend, "OPEN", "PAID"),
                "other", enumOf("another enum. OPEN: Open for business.", "OPEN", "CLOSED")));
    assertThat(property(Dialect.ANTHROPIC, tool, "status").get("description").asString())
        .isEqualTo("only invoices in this status. " + legend);
    assertThat(property(Dialect.ANTHROPIC, tool, "previous").get("description").asString())
        .isEqualTo("the status before.");
    assertThat(property(Dialect.ANTHROPIC, tool, "bare").has("description")).isFalse();
    // Another enum's legend is its own.
    assertThat(property(Dialect.ANTHROPIC, tool, "other").get("description").asString())
        .isEqualTo("another enum. OPEN: Open for business.");
  }

  @Test
  void aTypeUsedOnceIsInlinedWithItsUsesDescription() {
    ObjectSchema address =
        object("street", string(null, null, null)).withDescription("A postal address.");
    ObjectSchema root =
        object("to", RefSchema.to("Address").withDescription("where to send it"))
            .withDefs(Map.of("Address", address));
    String json = schema(Dialect.MCP, tool(root)).toString();
    assertThat(json).doesNotContain("$defs", "$ref");
    assertThat(json)
        .contains(
            "\"to\":{\"type\":\"object\",\"properties\":{\"street\":{\"type\":\"string\"}},"
                + "\"required\":[\"street\"],\"additionalProperties\":false,"
                + "\"description\":\"where to send it\"}");
  }

  @Test
  void aTypeUsedTwiceStaysWhereThatSavesCharacters() {
    ObjectSchema large =
        object(
                "street", string(null, 200, null).withDescription("street and number"),
                "city", string(null, 100, null).withDescription("the city"),
                "postcode", string(null, 10, null).withDescription("the postal code"))
            .withDescription("A postal address.");
    ObjectSchema tiny = object("v", string(null, null, null));
    ObjectSchema root =
        object(
                "from", RefSchema.to("Address"),
                "to", RefSchema.to("Address"),
                "x", RefSchema.to("Tiny"),
                "y", RefSchema.to("Tiny"))
            .withDefs(Map.of("Address", large, "Tiny", tiny));
    JsonNode schema = schema(Dialect.MCP, tool(root));
    assertThat(schema.get("properties").get("from").toString())
        .isEqualTo("{\"$ref\":\"#/$defs/Address\"}");
    assertThat(schema.get("$defs").has("Address")).isTrue();
    assertThat(schema.get("$defs").has("Tiny")).isFalse();
    assertThat(schema.get("properties").get("x").get("type").asString()).isEqualTo("object");
    // Gemini's JSON Schema keeps definitions for recursion only.
    assertThat(schema(Dialect.GEMINI_JSON_SCHEMA, tool(root)).has("$defs")).isFalse();
  }

  @Test
  void aRecursiveTypeStaysInDefs() {
    ObjectSchema node =
        object(
            "label",
            string(null, null, null),
            "children",
            array(RefSchema.to("Node"), null, null, false));
    ObjectSchema root = object("tree", RefSchema.to("Node")).withDefs(Map.of("Node", node));
    for (Dialect dialect :
        new Dialect[] {Dialect.MCP, Dialect.GEMINI_JSON_SCHEMA, Dialect.OPENAI_CHAT_STRICT}) {
      JsonNode schema = schema(dialect, tool(root));
      assertThat(schema.get("properties").get("tree").toString())
          .isEqualTo("{\"$ref\":\"#/$defs/Node\"}");
      assertThat(
              schema
                  .get("$defs")
                  .get("Node")
                  .get("properties")
                  .get("children")
                  .get("items")
                  .toString())
          .isEqualTo("{\"$ref\":\"#/$defs/Node\"}");
    }
  }

  @Test
  void aReferenceStandsAloneInOpenAi() {
    ObjectSchema node =
        object(
            "label",
            string(null, null, null),
            "children",
            array(RefSchema.to("Node"), null, null, false));
    ObjectSchema root =
        object("tree", RefSchema.to("Node").withDescription("the whole tree"))
            .withDefs(Map.of("Node", node));
    assertThat(property(Dialect.OPENAI_CHAT, tool(root), "tree").toString())
        .isEqualTo("{\"anyOf\":[{\"$ref\":\"#/$defs/Node\"}],\"description\":\"the whole tree\"}");
    assertThat(property(Dialect.MCP, tool(root), "tree").toString())
        .isEqualTo("{\"$ref\":\"#/$defs/Node\",\"description\":\"the whole tree\"}");
  }

  @Test
  void anOptionalPropertyDoesNotAlsoAllowNullOutsideOpenAiStrict() {
    JsonSchema maybe = string(null, null, null).withNullable(true);
    ToolDefinition tool = tool(requiring(object("a", string(null, null, null), "b", maybe), "a"));
    for (Dialect dialect : Dialect.values()) {
      JsonNode b = property(dialect, tool, "b");
      if (dialect == Dialect.OPENAI_CHAT_STRICT || dialect == Dialect.OPENAI_RESPONSES_STRICT) {
        assertThat(b.toString()).isEqualTo("{\"type\":[\"string\",\"null\"]}");
        assertThat(schema(dialect, tool).get("required").toString()).isEqualTo("[\"a\",\"b\"]");
      } else {
        assertThat(b.toString())
            .as(dialect.name())
            .isEqualTo(
                dialect == Dialect.GEMINI ? "{\"type\":\"STRING\"}" : "{\"type\":\"string\"}");
        assertThat(schema(dialect, tool).get("required").toString()).isEqualTo("[\"a\"]");
      }
    }
  }

  @Test
  void aRequiredNullableValueKeepsItsNull() {
    JsonSchema nullable = string(null, null, null).withNullable(true);
    ToolDefinition tool = tool(object("a", nullable));
    assertThat(json(Dialect.ANTHROPIC, tool, "a")).isEqualTo("{\"type\":[\"string\",\"null\"]}");
    assertThat(json(Dialect.GEMINI, tool, "a"))
        .isEqualTo("{\"type\":\"STRING\",\"nullable\":true}");
  }
}
