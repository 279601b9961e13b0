package io.toolwright.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.testkit.bfcl.BfclTokenComparison;
import io.toolwright.testkit.bfcl.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@link BfclTokens} on one small category (the whole corpus is the processor's {@code
 * BfclConformanceTest} and the documented command). Skipped when the BFCL data is absent.
 */
class BfclTokensTest {

  @Test
  void oursCostsNoMoreThanBfclsOwnDefinitionsOfTheJavaCategory() throws Exception {
    Optional<Path> folder = SharedData.folder("bfcl");
    Assumptions.assumeTrue(
        folder.isPresent(), "BFCL data absent: no bfcl/ folder in " + SharedData.candidates());
    ByteArrayOutputStream log = new ByteArrayOutputStream();

    BfclTokenComparison.Result result =
        BfclTokens.run(folder.get(), List.of("simple_java"), new PrintStream(log, true));
    System.out.println(result);

    assertThat(log.toString()).startsWith("100 distinct BFCL functions, ");
    assertThat(result.functions()).isGreaterThan(90);
    assertThat(result.theirs()).isGreaterThan(result.functions() * 20);
    assertThat(result.ours()).isLessThanOrEqualTo(result.theirs());
  }
}
