package io.toolwright.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.ToolDefinition;
import io.toolwright.testkit.Probe;
import io.toolwright.testkit.ProbeGenerator;
import io.toolwright.testkit.SchemaOracle;
import io.toolwright.testkit.VerdictCheck;
import io.toolwright.testkit.VerdictCheck.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Every tool of every golden fixture runs: executed through {@code ToolRegistry.execute} with the
 * minimal and the full instance generated from its own canonical schema, each call succeeds and
 * calls the tool's method once. A tool that compiles cleanly but cannot be called (constraints
 * Hibernate Validator cannot apply, a required-looking optional, ...) fails here, by name.
 */
class GoldenToolsRunTest {

  @TestFactory
  Stream<DynamicTest> everyToolRunsWithSchemaValidArguments() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String name : GoldenFixtures.names()) {
      GoldenFixtures.Fixture fixture = GoldenFixtures.fixture(name);
      for (ToolDefinition tool : fixture.tools().definitions()) {
        tests.add(DynamicTest.dynamicTest(name + "." + tool.name(), () -> runs(fixture, tool)));
      }
    }
    assertThat(tests).as("tools of the golden fixtures").isNotEmpty();
    return tests.stream();
  }

  private static void runs(GoldenFixtures.Fixture fixture, ToolDefinition tool) {
    JsonNode schema = VerdictCheck.schema(tool);
    VerdictCheck check = new VerdictCheck(fixture.tools(), GoldenFixtures.CONTEXT);
    List<String> failures = new ArrayList<>();
    for (Probe instance : ProbeGenerator.validInstances(schema, VerdictSeed.SEED)) {
      assertThat(SchemaOracle.violations(schema, instance.instance()))
          .as("the generated %s instance is valid (a test-kit defect otherwise)", instance.keyword())
          .isEmpty();
      Outcome outcome = check.execute(tool.name(), schema, instance);
      if (outcome.result().isError() || outcome.calls() != 1) {
        failures.add(instance.keyword() + " instance " + SchemaOracle.JSON.writeValueAsString(
            instance.instance()) + "\n    -> " + outcome.runtimeAnswer());
      }
    }
    assertThat(failures)
        .as("schema-valid calls of %s that did not succeed (seed %d)", tool.name(), VerdictSeed.SEED)
        .isEmpty();
  }
}
