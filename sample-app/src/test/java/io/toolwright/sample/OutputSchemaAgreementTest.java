package io.toolwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.ToolCall;
import io.toolwright.ToolContext;
import io.toolwright.ToolDefinition;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolResult;
import io.toolwright.testkit.SchemaOracle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The desk's output schemas tell the truth: the scripted conversation and a few more calls run
 * through the registry, and every successful result of a tool with an output schema, as the
 * runtime serialised it, satisfies that schema under networknt's 2020-12 validator with formats
 * asserted. Every tool with an output schema is called at least once, and a result with an empty
 * {@code Optional} ({@code get_balance} without the upcoming total) is among them.
 */
class OutputSchemaAgreementTest {

  private final SupportDesk desk = SupportDesk.withSampleData();
  private final ToolRegistry registry = desk.registry();
  private final ToolContext ana = SupportDesk.signedIn(SampleData.ANA);

  @Test
  void whichToolsHaveAnOutputSchema() {
    Map<String, Boolean> has = new TreeMap<>();
    for (ToolDefinition tool : registry.definitions()) {
      has.put(tool.name(), tool.canonicalOutputSchema().isPresent());
    }
    assertThat(has)
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of(
                    "create_ticket", true,
                    "get_account", true,
                    "get_balance", true,
                    "get_invoice", true,
                    "issue_refund", true,
                    "list_invoices", true,
                    // A list is no JSON object, which MCP requires at the root.
                    "list_tickets", false,
                    "update_contact_email", true)));
  }

  @Test
  void everyOutputSchemaIsValidJsonSchema202012() {
    for (ToolDefinition tool : registry.definitions()) {
      if (tool.canonicalOutputSchema().isPresent()) {
        JsonNode schema = JsonSchemas.STRICT.readTree(tool.canonicalOutputSchema().get());
        assertThat(JsonSchemas.metaSchemaErrors(schema)).as(tool.name()).isEmpty();
        assertThat(schema.get("type").asString()).as(tool.name()).isEqualTo("object");
      }
    }
  }

  @Test
  void everyResultSatisfiesItsToolsOutputSchema() {
    Map<String, JsonNode> schemas = new LinkedHashMap<>();
    for (ToolDefinition tool : registry.definitions()) {
      tool.canonicalOutputSchema()
          .ifPresent(text -> schemas.put(tool.name(), SchemaOracle.JSON.readTree(text)));
    }
    List<ToolCall> calls = new ArrayList<>();
    ScriptedModel model = ScriptedModel.supportDeskConversation();
    List<ToolResult> results = new ArrayList<>();
    List<ToolResult> last = List.of();
    while (model.hasNext()) {
      ScriptedModel.Turn turn = model.respond(last);
      last = registry.execute(turn.calls(), ana);
      calls.addAll(turn.calls());
      results.addAll(last);
    }
    List<ToolCall> more =
        List.of(
            ToolCall.of("more_1", "get_invoice", "{\"invoiceId\":\"INV-1042\"}"),
            ToolCall.of("more_2", "get_invoice", "{\"invoiceId\":\"INV-1060\"}"),
            ToolCall.of("more_3", "list_invoices", "{\"pageSize\":50,\"page\":0}"),
            ToolCall.of("more_4", "list_invoices", "{\"status\":\"VOID\",\"pageSize\":1,\"page\":7}"),
            ToolCall.of(
                "more_5", "get_balance", "{\"accountId\":\"ACC-1002\",\"includeUpcoming\":true}"));
    calls.addAll(more);
    results.addAll(registry.execute(more, ana));

    Map<String, Integer> checked = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    boolean emptyUpcoming = false;
    for (int i = 0; i < results.size(); i++) {
      ToolResult result = results.get(i);
      JsonNode schema = schemas.get(result.toolName());
      if (!(result instanceof ToolResult.Success) || schema == null) {
        continue;
      }
      JsonNode content = SchemaOracle.JSON.readTree(result.contentJson());
      List<SchemaOracle.Violation> violations = SchemaOracle.violations(schema, content);
      if (!violations.isEmpty()) {
        failures.add(calls.get(i).name() + " -> " + content + "\n    " + violations);
      }
      checked.merge(result.toolName(), 1, Integer::sum);
      emptyUpcoming |= result.toolName().equals("get_balance") && content.get("upcoming").isNull();
    }
    assertThat(failures).as("results that do not satisfy their output schema").isEmpty();
    assertThat(checked.keySet()).as("tools whose results were checked").isEqualTo(schemas.keySet().stream().collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
    assertThat(emptyUpcoming).as("a balance without its upcoming total was checked").isTrue();
  }
}
