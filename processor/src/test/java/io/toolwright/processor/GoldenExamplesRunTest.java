package io.toolwright.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.toolwright.ToolCall;
import io.toolwright.ToolDefinition;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolResult;
import io.toolwright.ToolSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What "checked at build time" promises: every example the processor accepted, executed through the
 * real {@code ToolRegistry} against the generated dispatcher, succeeds, and the method receives the
 * example's values.
 */
class GoldenExamplesRunTest {

  @TestFactory
  Stream<DynamicTest> everyExampleOfEveryGoldenToolSucceeds() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String name : GoldenFixtures.names()) {
      GoldenFixtures.Fixture fixture = GoldenFixtures.fixture(name);
      for (ToolDefinition tool : fixture.tools().definitions()) {
        for (int i = 0; i < tool.examples().size(); i++) {
          String example = tool.examples().get(i);
          tests.add(
              DynamicTest.dynamicTest(
                  name + "." + tool.name() + " #" + (i + 1), () -> runs(fixture, tool, example)));
        }
      }
    }
    assertThat(tests).as("examples of the golden fixtures").isNotEmpty();
    return tests.stream();
  }

  private static void runs(GoldenFixtures.Fixture fixture, ToolDefinition tool, String example) {
    int before = fixture.tools().calls(tool.name());
    ToolResult result =
        fixture
            .tools()
            .registry()
            .execute(List.of(ToolCall.of("1", tool.name(), example)), GoldenFixtures.CONTEXT)
            .get(0);
    assertThat(result.isError()).as("%s answered %s", example, result.contentJson()).isFalse();
    assertThat(fixture.tools().calls(tool.name()) - before).isEqualTo(1);
  }

  /** The billing fixture's methods record their arguments, so the values themselves are seen. */
  @Test
  void billingMethodsReceiveTheExamplesValues() throws ReflectiveOperationException {
    Compilation compilation =
        Compilations.compile(
            Compilations.resources(
                "billing/BillingService.java",
                "billing/Invoice.java",
                "billing/InvoiceStatus.java",
                "billing/Line.java",
                "billing/RefundRequest.java"));
    CompiledClasses classes = new CompiledClasses(compilation);
    Class<?> serviceClass = classes.loadClass("billing.BillingService");
    Object service = serviceClass.getConstructor().newInstance();
    ToolSet tools =
        (ToolSet)
            classes
                .loadClass("billing.BillingServiceTools")
                .getMethod("bind", serviceClass)
                .invoke(null, service);
    // refund_invoice is destructive: approved here, so that its example reaches the method.
    ToolRegistry registry =
        ToolRegistry.builder()
            .addAll(tools)
            .execution(
                io.toolwright.ExecutionPolicy.builder()
                    .approvals(io.toolwright.spi.ApprovalHandler.approveAll())
                    .build())
            .build();
    List<ToolCall> calls = new ArrayList<>();
    for (ToolDefinition tool : registry.definitions()) {
      for (String example : tool.examples()) {
        calls.add(ToolCall.of(String.valueOf(calls.size()), tool.name(), example));
      }
    }
    List<ToolResult> results = registry.execute(calls, GoldenFixtures.CONTEXT);

    assertThat(results).hasSize(4).noneMatch(ToolResult::isError);
    @SuppressWarnings("unchecked")
    List<String> received = (List<String>) serviceClass.getField("calls").get(service);
    assertThat(received)
        .containsExactly(
            "findInvoices late fee Optional.empty 5 c-42",
            "findInvoices  Optional[PAID] 20 c-42",
            "refund RefundRequest[invoiceId=INV-1042, amount=12.50, reason=Charged twice for March]"
                + " c-42");
    // convert_currency is static and doubles the amount it received.
    assertThat(results.get(3).contentJson()).isEqualTo("25.00");
  }
}
