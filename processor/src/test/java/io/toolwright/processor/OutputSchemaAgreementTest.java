package io.toolwright.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.ToolCall;
import io.toolwright.ToolDefinition;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolResult;
import io.toolwright.testkit.Probe;
import io.toolwright.testkit.ProbeGenerator;
import io.toolwright.testkit.SchemaOracle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The output schema tells the truth: every tool of every golden fixture that has one is called
 * through {@code ToolRegistry.execute} with the valid instances generated from its parameter
 * schema (the minimal one leaves every optional value out, so nullable and {@code Optional}
 * results come back {@code null}), and what the runtime sends back, serialised as it serialises
 * every result, satisfies the output schema under networknt's 2020-12 validator with formats
 * asserted.
 */
class OutputSchemaAgreementTest {

  @TestFactory
  Stream<DynamicTest> everyResultSatisfiesItsOutputSchema() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String name : GoldenFixtures.names()) {
      GoldenFixtures.Fixture fixture = GoldenFixtures.fixture(name);
      for (ToolDefinition tool : fixture.tools().definitions()) {
        if (tool.canonicalOutputSchema().isPresent()) {
          tests.add(
              DynamicTest.dynamicTest(name + "." + tool.name(), () -> agrees(fixture, tool)));
        }
      }
    }
    assertThat(tests).as("golden tools with an output schema").hasSizeGreaterThanOrEqualTo(6);
    return tests.stream();
  }

  private static void agrees(GoldenFixtures.Fixture fixture, ToolDefinition tool) {
    JsonNode parameters = SchemaOracle.JSON.readTree(tool.canonicalSchema());
    JsonNode output = SchemaOracle.JSON.readTree(tool.canonicalOutputSchema().orElseThrow());
    ToolRegistry registry = fixture.tools().registry();
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Probe instance : ProbeGenerator.validInstances(parameters, VerdictSeed.SEED)) {
      String arguments = SchemaOracle.JSON.writeValueAsString(instance.instance());
      ToolResult result =
          registry
              .execute(List.of(ToolCall.of("call", tool.name(), arguments)), GoldenFixtures.CONTEXT)
              .get(0);
      assertThat(result).as("%s(%s)", tool.name(), arguments).isInstanceOf(ToolResult.Success.class);
      // The text a client receives, read as exactly as a validator reads it.
      JsonNode content = SchemaOracle.JSON.readTree(result.contentJson());
      List<SchemaOracle.Violation> violations = SchemaOracle.violations(output, content);
      if (!violations.isEmpty()) {
        failures.add(arguments + "\n    -> " + content + "\n    " + violations);
      }
      checked++;
      if (output.has("properties")) {
        // A closed object: the check has teeth, a property the schema does not name is refused.
        ObjectNode widened = ((ObjectNode) content).deepCopy();
        widened.put("notInTheSchema", 1);
        assertThat(SchemaOracle.accepts(output, widened))
            .as("%s's output schema refuses an unknown property", tool.name())
            .isFalse();
      }
    }
    assertThat(checked).as("results of %s checked", tool.name()).isPositive();
    assertThat(failures)
        .as("results of %s that do not satisfy its output schema (seed %d)", tool.name(), VerdictSeed.SEED)
        .isEmpty();
  }
}
