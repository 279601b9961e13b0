package io.toolwright.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.ToolDefinition;
import io.toolwright.testkit.MismatchReport;
import io.toolwright.testkit.Probe;
import io.toolwright.testkit.VerdictCheck;
import io.toolwright.testkit.VerdictCheck.Mismatch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The promise, checked on generated arguments: for every tool of every golden fixture, argument
 * objects generated from its canonical schema (valid instances, and per keyword mutations that
 * break it and variants that keep it; see {@link io.toolwright.testkit.ProbeGenerator}) get the
 * same verdict from an independent JSON Schema 2020-12 validator and from the runtime, and a
 * rejected call never reaches the tool's method. One test per tool; a failure lists the tool's
 * mismatches grouped by cause, each with its pointer and instance, and {@code
 * target/verdict-mismatches.txt} collects those of all tools.
 */
class GoldenVerdictEqualityTest {

  private static final List<Mismatch> ALL = Collections.synchronizedList(new ArrayList<>());

  @TestFactory
  Stream<DynamicTest> schemaAndRuntimeGiveTheSameVerdict() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String name : GoldenFixtures.names()) {
      GoldenFixtures.Fixture fixture = GoldenFixtures.fixture(name);
      for (ToolDefinition tool : fixture.tools().definitions()) {
        tests.add(DynamicTest.dynamicTest(name + "." + tool.name(), () -> sameVerdicts(fixture, tool)));
      }
    }
    return tests.stream();
  }

  private static void sameVerdicts(GoldenFixtures.Fixture fixture, ToolDefinition tool) {
    List<Probe> probes =
        VerdictCheck.probes(tool, fixture.contextNames(tool.name()), VerdictSeed.SEED);
    assertThat(probes).as("probes of %s", tool.name()).hasSizeGreaterThanOrEqualTo(2);
    List<Mismatch> mismatches =
        new VerdictCheck(fixture.tools(), GoldenFixtures.CONTEXT).check(tool, probes);
    ALL.addAll(mismatches);
    assertThat(mismatches)
        .withFailMessage(
            () -> fixture.name() + "." + tool.name() + ", " + probes.size() + " probes: "
                + MismatchReport.of(mismatches, VerdictSeed.SEED))
        .isEmpty();
  }

  @AfterAll
  static void writeReport() throws IOException {
    Path report = Path.of("target", "verdict-mismatches.txt");
    Files.createDirectories(report.getParent());
    Files.writeString(report, MismatchReport.of(ALL, VerdictSeed.SEED), StandardCharsets.UTF_8);
  }
}
