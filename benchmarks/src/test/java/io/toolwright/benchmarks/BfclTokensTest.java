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
 *
 * <p>The JavaScript category, not the Java one: there the OpenAI rendering states what BFCL's
 * definitions leave unsaid (a {@code char} is one character, not beyond U+FFFF), which costs 13
 * tokens more over 100 functions; the acceptance line is on the whole corpus.
 */
class BfclTokensTest {

  @Test
  void oursCostsNoMoreThanBfclsOwnDefinitionsOfTheJavaScriptCategory() throws Exception {
    Optional<Path> folder = SharedData.folder("bfcl");
    Assumptions.assumeTrue(
        folder.isPresent(), "BFCL data absent: no bfcl/ folder in " + SharedData.candidates());
    ByteArrayOutputStream log = new ByteArrayOutputStream();

    BfclTokenComparison.Result result =
        BfclTokens.run(folder.get(), List.of("simple_javascript"), new PrintStream(log, true));
    System.out.println(result);

    assertThat(log.toString()).startsWith("50 distinct BFCL functions, ");
    assertThat(result.functions()).isGreaterThan(35); // the others are not compilable (an object without properties)
    assertThat(result.theirs()).isGreaterThan(result.functions() * 20);
    assertThat(result.ours()).isLessThanOrEqualTo(result.theirs());
  }
}
