package io.toolwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.toolwright.ErrorCode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes {@code ToolRegistry.execute} over a generated tool set, the sample desk's (Jazzer, {@code
 * com.code-intelligence:jazzer-junit}), as {@code runtime}'s {@code ExecuteFuzzTest} does over
 * hand-written fixtures: what the processor generates is what users run.
 *
 * <p>{@link DeskFuzzHarness} sends each input as the arguments of a call to every tool of a fresh
 * desk, plus one call to a tool the input names, as bytes and as text. The properties:
 *
 * <ol>
 *   <li>{@code execute} never throws and returns one result per call, in order, with its id and
 *       name; a call to an unregistered name is {@code UNKNOWN_TOOL}.
 *   <li>Every failure has a code of {@link ErrorCode}, the documented JSON shape, a single-line
 *       message, problems only for {@code INVALID_JSON} and {@code INVALID_ARGUMENTS}, each with a
 *       pointer and a bounded, single-line excerpt.
 *   <li>A method runs at most once per call, for a success or a {@code TOOL_FAILED} it throws
 *       itself; never for another answer.
 *   <li>When the arguments are one strictly valid JSON object within the default limits, the
 *       method runs exactly when networknt's JSON Schema 2020-12 validator accepts them against the
 *       tool's canonical schema, and otherwise the answer is {@code INVALID_ARGUMENTS}: the
 *       schema-runtime promise, on whatever a fuzzer makes.
 *   <li>For valid UTF-8, the text path gives the bytes path's verdicts.
 * </ol>
 *
 * <p>Every build replays the seed corpus, {@code
 * src/test/resources/io/toolwright/sample/DeskFuzzTestInputs/execute/}, in Jazzer's regression
 * mode. Fuzzing, on demand, as in {@code runtime} (see {@code docs/runtime.md}):
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 ./mvnw -pl processor,sample-app -am test -Dtest=DeskFuzzTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.seconds=300
 * }</pre>
 */
class DeskFuzzTest {

  private static final String SEEDS = "DeskFuzzTestInputs/execute";

  @FuzzTest(maxDuration = "5m")
  void execute(byte[] arguments) {
    DeskFuzzHarness.check(arguments);
  }

  /**
   * The seeds make every tool's method run and produce every answer a call can get, so that the
   * properties are not met only because nothing reached them.
   */
  @Test
  void seedsReachEveryOutcome() throws IOException, URISyntaxException {
    URL url = DeskFuzzTest.class.getResource(SEEDS);
    assertThat(url).as("the seed corpus on the test class path").isNotNull();
    List<Path> seeds;
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      seeds = files.sorted().toList();
    }
    Set<String> ran = new HashSet<>();
    Set<String> verdicts = new HashSet<>();
    for (Path seed : seeds) {
      Map<String, String> outcome = DeskFuzzHarness.verdicts(Files.readAllBytes(seed));
      outcome.forEach(
          (tool, verdict) -> {
            verdicts.add(verdict);
            if (verdict.equals(DeskFuzzHarness.SUCCESS) || verdict.equals(DeskFuzzHarness.REFUSED)) {
              ran.add(tool);
            }
          });
    }
    assertThat(ran)
        .containsExactlyInAnyOrderElementsOf(
            SupportDesk.withSampleData().registry().definitions().stream()
                .map(io.toolwright.ToolDefinition::name)
                .toList());
    assertThat(verdicts)
        .contains(
            DeskFuzzHarness.SUCCESS,
            DeskFuzzHarness.REFUSED,
            ErrorCode.INVALID_ARGUMENTS.name(),
            ErrorCode.INVALID_JSON.name(),
            ErrorCode.UNKNOWN_TOOL.name());
  }
}
