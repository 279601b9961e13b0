package io.toolwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.Dialect;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Asking a registry for its definitions runs none of the generated code a call needs, in a cold
 * JVM (issue 11: definitions in hand cost little more than an empty {@code main}).
 *
 * <ul>
 *   <li>No lambda is linked, not even one from the CDS archive: the generated classes' {@code
 *       Pattern.compile} (whose character classes are lambdas) ran in their static initialiser and
 *       linked the JVM's first lambda; the patterns are now compiled by the first check that needs
 *       them.
 *   <li>No arguments class Bean Validation checks is loaded: {@code bind} named them as class
 *       literals, which load their classes (and the records they hold); the generated invoker now
 *       names them when the registry first needs them.
 * </ul>
 *
 * Checked by class name, not by time, on whichever JDK runs the tests (CI runs 17 and 25).
 */
class DefinitionsStartUpTest {

  /** Builds the desk, then asks for its definitions between two marker lines. */
  static final class AskTheDefinitions {
    public static void main(String[] args) {
      SupportDesk desk = SupportDesk.withSampleData();
      System.out.println("defining");
      String json = desk.registry().definitions(Dialect.OPENAI_CHAT).json();
      System.out.println(json.contains("\"get_balance\"") ? "defined" : "no get_balance");
    }
  }

  @Test
  void definitionsLinkNoLambdaAndLoadNoArgumentsClass() throws IOException, InterruptedException {
    String output = ChildJvm.loadedClasses(AskTheDefinitions.class);

    assertThat(output).contains("\ndefining\n").contains("\ndefined\n");
    List<String> defining =
        output.substring(output.indexOf("\ndefining\n"), output.indexOf("\ndefined\n"))
            .lines()
            .toList();
    assertThat(defining.stream().filter(line -> line.contains("$$Lambda")))
        .as("lambda classes linked, spun or from the CDS archive")
        .isEmpty();
    assertThat(
            defining.stream()
                .filter(line -> line.contains("LambdaForm$"))
                .filter(line -> !line.contains("source: shared objects file")))
        .as("lambda-form classes spun")
        .isEmpty();
    assertThat(
            defining.stream()
                .filter(
                    line ->
                        line.contains("Arguments ")
                            || line.contains(" io.toolwright.sample.DateRange ")
                            || line.contains("Tools$Constants ")))
        .as("arguments classes, the records they hold, or check constants")
        .isEmpty();
    // The generated classes were loaded in between: the markers are where they should be.
    assertThat(defining)
        .anyMatch(line -> line.contains(" io.toolwright.sample.AccountServiceTools "))
        .anyMatch(line -> line.contains(" io.toolwright.sample.BillingServiceTools$Invoker "));
  }
}
