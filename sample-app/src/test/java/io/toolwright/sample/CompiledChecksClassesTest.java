package io.toolwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.ToolCall;
import io.toolwright.ToolResult;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code get_balance}'s only constraint, {@code @Pattern}, is checked by the generated code, so a
 * JVM whose calls are all of that tool never starts Hibernate Validator: no class of it is loaded,
 * for a call that passes or one the pattern refuses.
 */
class CompiledChecksClassesTest {

  /** Executes a passing and a refused {@code get_balance} call; prints the refusal. */
  static final class GetBalanceCalls {
    public static void main(String[] args) {
      List<ToolResult> results =
          SupportDesk.withSampleData()
              .registry()
              .execute(
                  List.of(
                      ToolCall.of("1", "get_balance", arguments("ACC-1001")),
                      ToolCall.of("2", "get_balance", arguments("ACC-1"))),
                  SupportDesk.signedIn(SampleData.ANA));
      System.out.println(results.get(0).isError() ? "failed" : "ran");
      System.out.println(results.get(1).content());
    }

    private static String arguments(String accountId) {
      return "{\"accountId\":\"" + accountId + "\",\"includeUpcoming\":true}";
    }
  }

  @Test
  void callsOfAToolWhoseConstraintsAreAllCompiledLoadNoHibernateValidatorClass()
      throws IOException, InterruptedException {
    String output = ChildJvm.loadedClasses(GetBalanceCalls.class);

    assertThat(output).contains("\nran").contains("must match \\\"ACC-[0-9]{4}\\\"");
    assertThat(output.lines().filter(line -> line.contains(" org.hibernate.")))
        .as("Hibernate Validator's classes loaded")
        .isEmpty();
  }
}
