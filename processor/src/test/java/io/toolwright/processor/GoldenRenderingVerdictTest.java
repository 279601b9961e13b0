package io.toolwright.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.Dialect;
import io.toolwright.ToolDefinition;
import io.toolwright.testkit.Probe;
import io.toolwright.testkit.RenderingVerdict;
import io.toolwright.testkit.VerdictCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link GoldenVerdictEqualityTest}'s promise carried to every provider rendering: for every tool of
 * every golden fixture (the type matrix, constraints, billing) and every dialect that accepts it,
 * the probes generated from its canonical schema get from the rendering the verdict {@link
 * RenderingVerdict} requires (never stricter than the run time; more lenient only where the
 * dialect states the constraint in words, beyond a type's range, or for an optional's explicit
 * null in a non-strict dialect; OpenAI strict's nulls are absent at run time).
 */
class GoldenRenderingVerdictTest {

  @TestFactory
  Stream<DynamicTest> everyRenderingAgreesWithTheRunTime() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String name : GoldenFixtures.names()) {
      GoldenFixtures.Fixture fixture = GoldenFixtures.fixture(name);
      for (ToolDefinition tool : fixture.tools().definitions()) {
        tests.add(
            DynamicTest.dynamicTest(name + "." + tool.name(), () -> agree(fixture, tool)));
      }
    }
    return tests.stream();
  }

  private static void agree(GoldenFixtures.Fixture fixture, ToolDefinition tool) {
    List<Probe> probes =
        VerdictCheck.probes(tool, fixture.contextNames(tool.name()), VerdictSeed.SEED);
    RenderingVerdict verdict =
        new RenderingVerdict(new VerdictCheck(fixture.tools(), GoldenFixtures.CONTEXT));
    List<String> disagreements = new ArrayList<>();
    for (Dialect dialect : Dialect.values()) {
      for (String disagreement : verdict.disagreements(dialect, tool, probes)) {
        disagreements.add(dialect.key() + ": " + disagreement);
      }
    }
    assertThat(disagreements)
        .as("%s.%s, %d probes (seed %d)", fixture.name(), tool.name(), probes.size(), VerdictSeed.SEED)
        .isEmpty();
  }
}
