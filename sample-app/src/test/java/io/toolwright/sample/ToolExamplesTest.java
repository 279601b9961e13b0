package io.toolwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.ToolCall;
import io.toolwright.ToolDefinition;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolResult;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * The desk's {@code @ToolExample}s, which the processor checked against each tool's schema, also
 * pass what only the run time checks (Bean Validation, the service's own rules): each, executed
 * through the registry on fresh sample data, succeeds. This is the test the documentation asks
 * every application with examples to have.
 */
class ToolExamplesTest {

  @TestFactory
  Stream<DynamicTest> everyDeclaredExampleSucceeds() {
    List<ToolDefinition> withExamples =
        SupportDesk.withSampleData().registry().definitions().stream()
            .filter(tool -> !tool.examples().isEmpty())
            .toList();
    assertThat(withExamples)
        .extracting(ToolDefinition::name)
        .contains("list_invoices", "issue_refund");
    return withExamples.stream()
        .flatMap(tool -> tool.examples().stream().map(example -> test(tool, example)));
  }

  private static DynamicTest test(ToolDefinition tool, String example) {
    return DynamicTest.dynamicTest(
        tool.name() + " " + example,
        () -> {
          ToolResult result = execute(tool.name(), example);
          assertThat(result.isError()).as("answer: %s", result.contentJson()).isFalse();
        });
  }

  @Test
  void listInvoicesReceivesTheRangeAndTheStatus() {
    JsonNode page = execute("list_invoices", example("list_invoices")).content();
    assertThat(page.get("invoices").valueStream().map(i -> i.get("id").asString()))
        .containsExactly("INV-1042", "INV-1041", "INV-1060", "INV-1050", "INV-1040");
    assertThat(page.get("invoices").valueStream().map(i -> i.get("status").asString()))
        .containsOnly("PAID");
    assertThat(page.get("pageSize").asInt()).isEqualTo(20);
  }

  @Test
  void issueRefundReceivesTheAmountAsWritten() {
    JsonNode refund = execute("issue_refund", example("issue_refund")).content();
    assertThat(refund.get("invoiceId").asString()).isEqualTo("INV-1060");
    assertThat(refund.get("amount").decimalValue()).isEqualByComparingTo("1240.00");
    assertThat(refund.get("remainingRefundable").decimalValue()).isEqualByComparingTo("4960.00");
    assertThat(refund.get("reason").asString())
        .isEqualTo("Two of the ten training days were cancelled by us");
  }

  private static String example(String tool) {
    return SupportDesk.withSampleData().registry().definitions().stream()
        .filter(definition -> definition.name().equals(tool))
        .findFirst()
        .orElseThrow()
        .examples()
        .get(0);
  }

  /** On a desk of its own, so that one example's refund does not change another's answer. */
  private static ToolResult execute(String tool, String example) {
    ToolRegistry registry = SupportDesk.withSampleData().registry();
    return registry
        .execute(List.of(ToolCall.of("1", tool, example)), SupportDesk.signedIn(SampleData.ANA))
        .get(0);
  }
}
