package io.toolwright;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A retired tool is never offered, and a call to it is answered with its replacement. */
class RetiredToolTest {
  private static final RetiredTool GET_INVOICES =
      RetiredTool.of("get_invoices", "find_invoices", "2026-11-01", "2027-03-01");

  private final ToolSet billing = BillingTools.bind(new Billing());
  private final ToolSet withRetired =
      ToolSet.of(billing.source(), billing.bindings(), List.of(GET_INVOICES));

  @Test
  void aCallToARetiredToolIsAnsweredWithItsReplacementAndNothingRuns() {
    ToolRegistry registry = ToolRegistry.of(withRetired);

    ToolResult result =
        Results.one(registry, Results.call("get_invoices", "{\"status\":\"OPEN\"}"), ToolContext.empty());

    ToolError error = Results.error(result);
    assertThat(error.code()).isEqualTo(ErrorCode.RETIRED_TOOL);
    assertThat(error.message()).isEqualTo("get_invoices was retired; use find_invoices instead");
    assertThat(error.closestTools()).containsExactly("find_invoices");
    assertThat(result.contentJson()).contains("RETIRED_TOOL", "use find_invoices instead");
  }

  @Test
  void aRetiredToolIsNeverListed() {
    ToolRegistry registry = ToolRegistry.of(withRetired);

    assertThat(registry.definitions()).extracting(ToolDefinition::name).doesNotContain("get_invoices")
        .containsExactlyElementsOf(ToolRegistry.of(billing).definitions().stream().map(ToolDefinition::name).toList());
  }

  @Test
  void anotherUnknownNameIsStillUnknown() {
    ToolRegistry registry = ToolRegistry.of(withRetired);

    ToolError error = Results.error(Results.one(registry, Results.call("get_invoice", "{}"), ToolContext.empty()));

    assertThat(error.code()).isEqualTo(ErrorCode.UNKNOWN_TOOL);
  }

  @Test
  void aRetiredNameThatAnotherSetStillHasIsRefused() {
    ToolSet retiresALiveTool =
        ToolSet.of("com.example.Old", List.of(), List.of(RetiredTool.of("get_balance", "find_invoices", "", "")));

    assertThatThrownBy(() -> ToolRegistry.of(billing, retiresALiveTool))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'get_balance' is a tool of " + billing.source())
        .hasMessageContaining("declared retired by com.example.Old");
  }
}
