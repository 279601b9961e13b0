package io.toolwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Building the desk costs a cold JVM little next to starting it: the sample data is written with
 * neither text to parse ({@code Instant.parse} starts java.time's formatter, about a hundred
 * classes) nor string concatenation or lambdas (each shape spins method-handle classes), so the
 * start-up figures in {@code benchmarks/} measure Toolwright, not the sample.
 *
 * <p>What is checked holds on every JDK: {@code java.time.format.Parsed} is loaded only to parse
 * text (JDK 25's {@code java.time.Year} builds a formatter when {@code LocalDate.of} first runs, so
 * "no formatter class" would be a JDK 17 fact), and a class spun at run time is one that does not
 * come from the CDS archive (JDK 25 archives some of java.time's own lambdas).
 */
class DeskStartUpTest {

  /** Builds the desk between two marker lines. */
  static final class BuildTheDesk {
    public static void main(String[] args) {
      System.out.println("building");
      SupportDesk desk = SupportDesk.withSampleData();
      System.out.println(desk.ledger().find("INV-1044").isPresent() ? "built" : "no INV-1044");
    }
  }

  @Test
  void buildingTheDeskParsesNoDateAndSpinsNoClass() throws IOException, InterruptedException {
    String output = ChildJvm.loadedClasses(BuildTheDesk.class);

    assertThat(output).contains("\nbuilding\n").contains("\nbuilt\n");
    String building =
        output.substring(output.indexOf("\nbuilding\n"), output.indexOf("\nbuilt\n"));
    assertThat(building.lines().filter(line -> line.contains(" java.time.format.Parsed ")))
        .as("text parsed into a date or instant")
        .isEmpty();
    assertThat(
            building.lines()
                .filter(line -> line.contains("LambdaForm$") || line.contains("$$Lambda"))
                .filter(line -> !line.contains("source: shared objects file")))
        .as("classes spun for a lambda or a string concatenation")
        .isEmpty();
    // The desk's own classes were loaded in between: the markers are where they should be.
    assertThat(building).contains(" io.toolwright.sample.SampleData ");
  }

  /** Runs {@code getBalance}, the benchmarks' first call, on a built desk, between two markers. */
  static final class FirstBalance {
    public static void main(String[] args) {
      SupportDesk desk = SupportDesk.withSampleData();
      System.out.println("calling");
      Balance balance = desk.accountService().getBalance(SampleData.ANA, "ACC-1001", true);
      System.out.println("called");
      System.out.println(balance.outstanding().toPlainString());
    }
  }

  /**
   * The sample's own part of a first {@code get_balance} call (the activity log, the ledger's
   * sorted invoices) is written plainly, as the desk's start is: every peer in the benchmarks runs
   * it, so a stream, a lambda or a concatenation there would be a cost they all pay and that hides
   * the libraries' own.
   */
  @Test
  void theFirstBalanceSpinsNoClassAndBuildsNoStream() throws IOException, InterruptedException {
    String output = ChildJvm.loadedClasses(FirstBalance.class);

    assertThat(output).contains("\ncalling\n").contains("\ncalled\n");
    String calling = output.substring(output.indexOf("\ncalling\n"), output.indexOf("\ncalled\n"));
    assertThat(
            calling.lines()
                .filter(line -> line.contains("LambdaForm$") || line.contains("$$Lambda"))
                .filter(line -> !line.contains("source: shared objects file")))
        .as("classes spun for a lambda or a string concatenation")
        .isEmpty();
    assertThat(calling.lines().filter(line -> line.contains(" java.util.stream.")))
        .as("stream classes")
        .isEmpty();
    assertThat(calling).contains(" io.toolwright.sample.Balance ");
  }
}
