package io.toolwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.toolwright.ArgumentProblem;
import io.toolwright.ErrorCode;
import io.toolwright.ToolCall;
import io.toolwright.ToolContext;
import io.toolwright.ToolDefinition;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolResult;
import io.toolwright.ToolSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Executes every tool of the constraints golden fixture through the real registry, with arguments
 * its schema allows, so that a generated field Hibernate Validator cannot check (HV000030 on a
 * constrained {@code Optional}) or a constraint stricter than the schema fails here, not in a
 * user's application. The golden test compares text only.
 */
class ConstraintsExecutionTest {

  /** Per tool, argument sets the tool's schema allows: each must run. */
  private static final Map<String, List<String>> VALID = new LinkedHashMap<>();

  static {
    VALID.put(
        "strings",
        List.of(
            """
            {"name": "n", "code": "ab", "nonEmpty": "x", "currency": "EUR",
             "email": "a@example.com", "digits": "12", "letter": "a", "optionalCode": "abc"}
            """,
            """
            {"name": "n", "code": "ab", "nonEmpty": "x", "currency": "EUR",
             "email": "a@example.com", "digits": "12", "letter": "a", "optionalCode": null}
            """,
            """
            {"name": "n", "code": "ab", "nonEmpty": "x", "currency": "EUR",
             "email": "a@example.com", "digits": "12", "letter": "a"}
            """));
    VALID.put(
        "sizes",
        List.of(
            """
            {"tags": [], "nonEmptySet": ["a"], "labels": {"k": "v"}, "names": ["n"]}
            """));
    VALID.put(
        "numbers",
        List.of(
            """
            {"atLeastOne": 1, "atMostHundred": 100, "price": 0.01, "belowHundred": 99.5,
             "aboveZero": 0.5, "positive": 1, "positiveOrZero": 0, "negative": -1,
             "negativeOrZero": 0, "nonNegativeByte": 0, "shortWithLooseMin": -1000,
             "optionalBounded": 10}
            """,
            """
            {"atLeastOne": 1, "atMostHundred": 100, "price": 0.01, "belowHundred": 99.5,
             "aboveZero": 0.5, "positive": 1, "positiveOrZero": 0, "negative": -1,
             "negativeOrZero": 0, "nonNegativeByte": 0, "shortWithLooseMin": -1000}
            """));
    VALID.put(
        "times",
        List.of(
            """
            {"past": "2000-01-01", "pastOrPresent": "2000-01-01T00:00:00Z",
             "future": "2999-01-01T00:00:00Z", "futureOrPresent": "2999-01-01T00:00:00+01:00"}
            """));
    VALID.put(
        "nested",
        List.of(
            """
            {"booking": {"guest": "g", "nights": 1, "requests": [], "rooms": [1]},
             "guest": {"email": "a@example.com", "name": "N"}, "more": []}
            """));
    VALID.put(
        "elements",
        List.of(
            """
            {"tags": ["t"], "labels": ["l"], "quantities": {"a": 1}, "cc": "a@example.com",
             "words": [["a"]], "dates": ["2000-01-01"],
             "bookings": [{"guest": "g", "nights": 1, "requests": [], "rooms": []}]}
            """,
            """
            {"tags": [], "labels": [], "quantities": {}, "words": [], "dates": [],
             "bookings": []}
            """));
  }

  private static ToolSet tools;

  @BeforeAll
  static void compile() throws Exception {
    Compilation compilation =
        Compilations.compile(Compilations.resources(GoldenOutputTest.CONSTRAINTS));
    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses classes = new CompiledClasses(compilation);
    Object target = classes.loadClass("constraints.Constraints").getConstructor().newInstance();
    tools =
        (ToolSet)
            classes
                .loadClass("constraints.ConstraintsTools")
                .getMethod("bind", target.getClass())
                .invoke(null, target);
  }

  @Test
  void everyToolRunsWithArgumentsItsSchemaAllows() {
    List<String> names = tools.definitions().stream().map(ToolDefinition::name).toList();
    assertThat(VALID.keySet()).as("an argument set for every tool").containsExactlyElementsOf(names);
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, List<String>> tool : VALID.entrySet()) {
      for (String arguments : tool.getValue()) {
        ToolResult result = call(tool.getKey(), arguments);
        if (result.isError()) {
          failures.add(tool.getKey() + " " + arguments.strip() + " -> " + result.content());
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void constraintsOnAnOptionalApplyToTheValueWhenPresent() {
    assertThat(
            problems(
                "strings",
                """
                {"name": "n", "code": "ab", "nonEmpty": "x", "currency": "EUR",
                 "email": "a@example.com", "digits": "12", "letter": "a", "optionalCode": "ab"}
                """))
        .containsExactly("/optionalCode");
    assertThat(
            problems(
                "numbers",
                """
                {"atLeastOne": 1, "atMostHundred": 100, "price": 0.01, "belowHundred": 99.5,
                 "aboveZero": 0.5, "positive": 1, "positiveOrZero": 0, "negative": -1,
                 "negativeOrZero": 0, "nonNegativeByte": 0, "shortWithLooseMin": -1000,
                 "optionalBounded": 11}
                """))
        .containsExactly("/optionalBounded");
  }

  private static List<String> problems(String tool, String arguments) {
    ToolResult result = call(tool, arguments);
    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    ToolResult.Failure failure = (ToolResult.Failure) result;
    assertThat(failure.error().code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS);
    return failure.error().problems().stream().map(ArgumentProblem::pointer).toList();
  }

  private static ToolResult call(String tool, String arguments) {
    return ToolRegistry.of(tools)
        .execute(List.of(ToolCall.of("1", tool, arguments)), ToolContext.empty())
        .get(0);
  }
}
