package io.toolwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.Dialect;
import io.toolwright.ToolDefinition;
import io.toolwright.dispatch.ToolBinding;
import io.toolwright.schema.dialect.DialectRenderer;
import io.toolwright.testkit.ObservedTools;
import io.toolwright.testkit.Probe;
import io.toolwright.testkit.RenderingVerdict;
import io.toolwright.testkit.VerdictCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What each dialect's rendering of every desk tool tells a model agrees with what the run time
 * enforces, on arguments generated from the tool's canonical schema: the rules are {@link
 * RenderingVerdict}'s. The desk's tools suit every dialect, strict ones included.
 */
class RenderingVerdictTest {

  private static final long SEED = Long.getLong("toolwright.verdict.seed", 20250615L);

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
    assertThat(DialectRenderer.render(dialect, tool).problems()).isEmpty();
    // A desk of its own per check, so that one tool's writes do not change another's verdicts.
    ObservedTools tools = new ObservedTools(SupportDesk.withSampleData().toolSets());
    RenderingVerdict verdict =
        new RenderingVerdict(new VerdictCheck(tools, SupportDesk.signedIn(SampleData.ANA)));
    List<Probe> probes = VerdictCheck.probes(tool, binding.contextNames(), SEED);
    assertThat(verdict.disagreements(dialect, tool, probes))
        .as("%s in %s, %d probes (seed %d)", tool.name(), dialect.key(), probes.size(), SEED)
        .isEmpty();
  }
}
