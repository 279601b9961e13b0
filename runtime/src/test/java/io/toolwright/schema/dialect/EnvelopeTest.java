package io.toolwright.schema.dialect;

import static io.toolwright.schema.dialect.Tools.object;
import static io.toolwright.schema.dialect.Tools.requiring;
import static io.toolwright.schema.dialect.Tools.string;
import static io.toolwright.schema.dialect.Tools.tool;
import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.Dialect;
import io.toolwright.ToolDefinition;
import io.toolwright.annotation.Effect;
import io.toolwright.schema.JsonSchema.ArraySchema;
import io.toolwright.schema.JsonSchema.ObjectSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/** Each provider's tool object around the schema: keys, order, flags, examples, MCP extras. */
class EnvelopeTest {

  private static final ToolDefinition SEARCH =
      ToolDefinition.of(
          "find_invoices",
          "Finds invoices.",
          Effect.READ_ONLY,
          true,
          io.toolwright.schema.CanonicalSchemaWriter.write(
              requiring(
                  object(
                      "query",
                      string(null, null, null),
                      "status",
                      string(null, null, null).withNullable(true)),
                  "query")));

  private static final String SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"query\":{\"type\":\"string\"},\"status\":{\"type\":\"string\"}},"
          + "\"required\":[\"query\"],\"additionalProperties\":false}";

  @Test
  void openAi() {
    assertThat(DialectRenderer.render(Dialect.OPENAI_CHAT, SEARCH).json())
        .isEqualTo(
            "{\"type\":\"function\",\"function\":{\"name\":\"find_invoices\",\"description\":\"Finds"
                + " invoices.\",\"parameters\":"
                + SCHEMA
                + ",\"strict\":false}}");
    assertThat(DialectRenderer.render(Dialect.OPENAI_RESPONSES, SEARCH).json())
        .isEqualTo(
            "{\"type\":\"function\",\"name\":\"find_invoices\",\"description\":\"Finds invoices.\","
                + "\"parameters\":"
                + SCHEMA
                + ",\"strict\":false}");
    assertThat(DialectRenderer.render(Dialect.OPENAI_RESPONSES_STRICT, SEARCH).json())
        .isEqualTo(
            "{\"type\":\"function\",\"name\":\"find_invoices\",\"description\":\"Finds invoices.\","
                + "\"parameters\":{\"type\":\"object\",\"properties\":{\"query\":{\"type\":\"string\"},"
                + "\"status\":{\"type\":[\"string\",\"null\"]}},\"required\":[\"query\",\"status\"],"
                + "\"additionalProperties\":false},\"strict\":true}");
  }

  @Test
  void anthropicWithExamples() {
    ToolDefinition tool =
        SEARCH.withExamples(
            List.of(
                "{\"query\":\"late fee\",\"status\":null}",
                "{\"query\":\"x\",\"status\":\"OPEN\"}"));
    String anthropic = DialectRenderer.render(Dialect.ANTHROPIC, tool).json();
    assertThat(anthropic)
        .isEqualTo(
            "{\"name\":\"find_invoices\",\"description\":\"Finds invoices.\",\"input_schema\":"
                + SCHEMA
                + ",\"input_examples\":[{\"query\":\"late"
                + " fee\"},{\"query\":\"x\",\"status\":\"OPEN\"}]}");
    assertThat(DialectRenderer.render(Dialect.ANTHROPIC_STRICT, tool).json())
        .isEqualTo(
            "{\"name\":\"find_invoices\",\"description\":\"Finds invoices.\",\"input_schema\":"
                + SCHEMA
                + ",\"strict\":true,\"input_examples\":[{\"query\":\"late"
                + " fee\"},{\"query\":\"x\",\"status\":\"OPEN\"}]}");
    // Anthropic answers 400 when an example does not satisfy input_schema: they all must.
    JsonNode rendered = Validators.tree(anthropic);
    var schema = Validators.compile(rendered.get("input_schema"));
    rendered
        .get("input_examples")
        .forEach(example -> assertThat(Validators.accepts(schema, example)).isTrue());
    assertThat(
            Validators.accepts(schema, Validators.tree("{\"query\":\"late fee\",\"status\":null}")))
        .isFalse();
  }

  @Test
  void examplesKeepTheirNumbersAndNestedNullsWhereAllowed() {
    ObjectSchema line =
        requiring(
            object(
                "amount",
                Tools.number(null, null, null, null),
                "note",
                string(null, null, null).withNullable(true)),
            "amount");
    ObjectSchema root =
        object(
                "lines",
                ArraySchema.of(io.toolwright.schema.JsonSchema.RefSchema.to("Line"), false),
                "tag",
                string(null, null, null).withNullable(true))
            .withDefs(Map.of("Line", line));
    ToolDefinition tool =
        tool(root)
            .withExamples(List.of("{\"lines\":[{\"amount\":5.10,\"note\":null}],\"tag\":null}"));
    JsonNode rendered = Validators.tree(DialectRenderer.render(Dialect.ANTHROPIC, tool).json());
    // "tag" is required and nullable: its null stays; the optional note's goes.
    assertThat(rendered.get("input_examples").toString())
        .isEqualTo("[{\"lines\":[{\"amount\":5.10}],\"tag\":null}]");
  }

  @Test
  void gemini() {
    assertThat(DialectRenderer.render(Dialect.GEMINI, SEARCH).json())
        .isEqualTo(
            "{\"name\":\"find_invoices\",\"description\":\"Finds"
                + " invoices.\",\"parameters\":{\"type\":\"OBJECT\","
                + "\"properties\":{\"query\":{\"type\":\"STRING\"},\"status\":{\"type\":\"STRING\"}},"
                + "\"required\":[\"query\"]}}");
    assertThat(DialectRenderer.render(Dialect.GEMINI_JSON_SCHEMA, SEARCH).json())
        .isEqualTo(
            "{\"name\":\"find_invoices\",\"description\":\"Finds"
                + " invoices.\",\"parametersJsonSchema\":"
                + SCHEMA
                + "}");
    ToolDefinition none = tool("ping", Effect.READ_ONLY, object());
    assertThat(DialectRenderer.render(Dialect.GEMINI, none).json())
        .isEqualTo("{\"name\":\"ping\",\"description\":\"Does a thing.\"}");
    assertThat(DialectRenderer.render(Dialect.GEMINI_JSON_SCHEMA, none).json())
        .isEqualTo(
            "{\"name\":\"ping\",\"description\":\"Does a thing.\",\"parametersJsonSchema\":"
                + "{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}}");
  }

  @Test
  void mcp() {
    assertThat(DialectRenderer.render(Dialect.MCP, SEARCH).json())
        .isEqualTo(
            "{\"name\":\"find_invoices\",\"title\":\"Find invoices\",\"description\":\"Finds"
                + " invoices.\",\"inputSchema\":"
                + SCHEMA
                + ",\"annotations\":{\"readOnlyHint\":true,"
                + "\"destructiveHint\":false,\"idempotentHint\":true,\"openWorldHint\":true}}");
  }

  @ParameterizedTest
  @EnumSource(Effect.class)
  void mcpHintsFollowTheEffect(Effect effect) {
    for (boolean idempotent : new boolean[] {false, true}) {
      ToolDefinition tool =
          ToolDefinition.of(
              "t",
              "d",
              effect,
              idempotent,
              io.toolwright.schema.CanonicalSchemaWriter.write(object()));
      JsonNode hints =
          Validators.tree(DialectRenderer.render(Dialect.MCP, tool).json()).get("annotations");
      assertThat(hints.get("readOnlyHint").asBoolean()).isEqualTo(effect == Effect.READ_ONLY);
      assertThat(hints.get("destructiveHint").asBoolean()).isEqualTo(effect == Effect.DESTRUCTIVE);
      assertThat(hints.get("idempotentHint").asBoolean())
          .isEqualTo(idempotent || effect == Effect.READ_ONLY);
      assertThat(hints.get("openWorldHint").asBoolean()).isTrue();
    }
  }

  @Test
  void mcpTitles() {
    assertThat(ToolNames.title("find_invoices")).isEqualTo("Find invoices");
    assertThat(ToolNames.title("findInvoices")).isEqualTo("Find invoices");
    assertThat(ToolNames.title("overridden-name")).isEqualTo("Overridden name");
    assertThat(ToolNames.title("getHTTPStatus")).isEqualTo("Get HTTP status");
    assertThat(ToolNames.title("export_as_PDF")).isEqualTo("Export as PDF");
    assertThat(ToolNames.title("v2_sync")).isEqualTo("V2 sync");
    assertThat(ToolNames.title("_")).isEqualTo("_");
  }

  @Test
  void mcpOutputSchemaKeepsNullForOptionalValues() {
    ObjectSchema refund =
        requiring(
            object(
                "id",
                string(null, null, null),
                "note",
                string(null, null, null).withNullable(true)),
            "id");
    ToolDefinition tool =
        SEARCH.withOutputSchema(io.toolwright.schema.CanonicalSchemaWriter.write(refund));
    JsonNode rendered = Validators.tree(DialectRenderer.render(Dialect.MCP, tool).json());
    assertThat(rendered.get("outputSchema").toString())
        .isEqualTo(
            "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},\"note\":{\"type\":[\"string\",\"null\"]}},"
                + "\"required\":[\"id\"],\"additionalProperties\":false}");
    assertThat(Validators.metaSchemaErrors(rendered.get("outputSchema"))).isEmpty();
    // Key order: outputSchema after inputSchema, before annotations.
    assertThat(RenderingShapeTest.names(rendered))
        .containsExactly(
            "name", "title", "description", "inputSchema", "outputSchema", "annotations");
  }

  @Test
  void mcpOutputSchemaOfAList() {
    String listOfAddresses =
        "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"array\","
            + "\"items\":{\"$ref\":\"#/$defs/Address\"},\"$defs\":{\"Address\":{\"type\":\"object\","
            + "\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"],\"additionalProperties\":false,\"description\":\"A"
            + " postal address.\"}}}";
    ToolDefinition tool = SEARCH.withOutputSchema(listOfAddresses);
    JsonNode output =
        Validators.tree(DialectRenderer.render(Dialect.MCP, tool).json()).get("outputSchema");
    assertThat(output.toString())
        .isEqualTo(
            "{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"],\"additionalProperties\":false,\"description\":\"A"
                + " postal address.\"}}");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void renderingIsDeterministic(Dialect dialect) {
    for (String file : GoldenTools.FILES) {
      for (ToolDefinition tool : GoldenTools.of(file)) {
        assertThat(DialectRenderer.render(dialect, tool))
            .isEqualTo(DialectRenderer.render(dialect, tool));
      }
    }
  }
}
