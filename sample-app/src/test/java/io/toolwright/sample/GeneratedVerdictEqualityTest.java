package io.toolwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.ToolDefinition;
import io.toolwright.dispatch.ToolBinding;
import io.toolwright.testkit.MismatchReport;
import io.toolwright.testkit.ObservedTools;
import io.toolwright.testkit.Probe;
import io.toolwright.testkit.VerdictCheck;
import io.toolwright.testkit.VerdictCheck.Mismatch;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link VerdictEqualityTest}'s promise on generated arguments rather than a hand-written table:
 * for every tool of the desk, the probes {@link io.toolwright.testkit.ProbeGenerator} makes from
 * its canonical schema (valid instances, mutations per keyword, variants) get the same verdict from
 * networknt's JSON Schema 2020-12 validator and from the runtime, and a rejected call never reaches
 * the service method. A tool's method that runs and then refuses (an unknown invoice) counts as
 * accepted: its arguments passed every check. One test per tool; the seed is fixed ({@code
 * -Dtoolwright.verdict.seed=N} for another).
 */
class GeneratedVerdictEqualityTest {

  private static final long SEED = Long.getLong("toolwright.verdict.seed", 20250615L);

  @TestFactory
  Stream<DynamicTest> schemaAndRuntimeGiveTheSameVerdict() {
    ObservedTools tools = new ObservedTools(SupportDesk.withSampleData().toolSets());
    assertThat(tools.definitions()).hasSizeGreaterThanOrEqualTo(8);
    return tools.toolSets().stream()
        .flatMap(set -> set.bindings().stream())
        .map(binding -> DynamicTest.dynamicTest(binding.definition().name(), () -> check(binding)));
  }

  private static void check(ToolBinding binding) {
    // A desk of its own per tool, so that one tool's writes do not change another's verdicts.
    ObservedTools tools = new ObservedTools(SupportDesk.withSampleData().toolSets());
    ToolDefinition tool = binding.definition();
    List<Probe> probes = VerdictCheck.probes(tool, binding.contextNames(), SEED);
    List<Mismatch> mismatches =
        new VerdictCheck(tools, SupportDesk.signedIn(SampleData.ANA)).check(tool, probes);
    assertThat(mismatches)
        .withFailMessage(
            () -> tool.name() + ", " + probes.size() + " probes: " + MismatchReport.of(mismatches, SEED))
        .isEmpty();
  }
}
