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
             "email": "a@example.com", "digits": "12", "letter": "a", "optionalCode": "abc",
             "twoPatterns": "xyz", "workEmail": "a@example.com", "shortName": "ab"}
            """,
            """
            {"name": "n", "code": "ab", "nonEmpty": "x", "currency": "EUR",
             "email": "a@example.com", "digits": "12", "letter": "a", "optionalCode": null,
             "twoPatterns": "x", "workEmail": "b@example.com", "shortName": "abcde"}
            """,
            """
            {"name": "n", "code": "ab", "nonEmpty": "x", "currency": "EUR",
             "email": "a@example.com", "digits": "12", "letter": "a",
             "twoPatterns": "ax", "workEmail": "c@example.com", "shortName": "xy"}
            """));
    VALID.put(
        "absent_allowed",
        List.of(
            """
            {"query": "q", "note": "n", "label": "l", "tags": ["t"], "code": "abc"}
            """,
            """
            {"query": null, "note": null, "label": null, "tags": null, "code": null}
            """,
            "{}"));
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
             "optionalBounded": 10, "amount": 9999.99, "twoDigits": -99, "weekday": 7}
            """,
            """
            {"atLeastOne": 1, "atMostHundred": 100, "price": 0.01, "belowHundred": 99.5,
             "aboveZero": 0.5, "positive": 1, "positiveOrZero": 0, "negative": -1,
             "negativeOrZero": 0, "nonNegativeByte": 0, "shortWithLooseMin": -1000,
             "amount": 0.01, "twoDigits": 0, "weekday": 1}
            """));
    VALID.put(
        "booleans",
        List.of(
            """
            {"confirmed": true, "declined": false}
            """,
            """
            {"confirmed": true, "declined": null}
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
                 "email": "a@example.com", "digits": "12", "letter": "a", "optionalCode": "ab",
                 "twoPatterns": "x", "workEmail": "a@example.com", "shortName": "ab"}
                """))
        .containsExactly("/optionalCode");
    assertThat(
            problems(
                "numbers",
                """
                {"atLeastOne": 1, "atMostHundred": 100, "price": 0.01, "belowHundred": 99.5,
                 "aboveZero": 0.5, "positive": 1, "positiveOrZero": 0, "negative": -1,
                 "negativeOrZero": 0, "nonNegativeByte": 0, "shortWithLooseMin": -1000,
                 "optionalBounded": 11, "amount": 1, "twoDigits": 1, "weekday": 1}
                """))
        .containsExactly("/optionalBounded");
  }

  /** What the schema forbids, the run time rejects at the same pointer. */
  @Test
  void whatTheSchemaForbidsIsRejected() {
    String strings =
        """
        {"name": "n", "code": "ab", "nonEmpty": "x", "currency": "EUR",
         "email": "a@example.com", "digits": "12", "letter": "a", "twoPatterns": "%s",
         "workEmail": "%s", "shortName": "%s"}
        """;
    assertThat(problems("strings", strings.formatted("abc", "a@example.com", "ab")))
        .containsExactly("/twoPatterns");
    assertThat(problems("strings", strings.formatted("X", "a@example.com", "ab")))
        .containsOnly("/twoPatterns");
    assertThat(problems("strings", strings.formatted("x", "a@other.org", "ab")))
        .containsExactly("/workEmail");
    assertThat(problems("strings", strings.formatted("x", "a@example.com", "abcdef")))
        .containsExactly("/shortName");
    assertThat(
            problems(
                "absent_allowed",
                """
                {"query": " ", "note": "\u00a0", "label": "", "tags": [], "code": ""}
                """))
        .containsExactlyInAnyOrder("/query", "/note", "/label", "/tags", "/code");
    String numbers =
        """
        {"atLeastOne": 1, "atMostHundred": 100, "price": 0.01, "belowHundred": 99.5,
         "aboveZero": 0.5, "positive": 1, "positiveOrZero": 0, "negative": -1,
         "negativeOrZero": 0, "nonNegativeByte": 0, "shortWithLooseMin": -1000,
         "amount": %s, "twoDigits": %s, "weekday": %s}
        """;
    assertThat(problems("numbers", numbers.formatted("1e-1000", "1", "1")))
        .containsExactly("/amount");
    assertThat(problems("numbers", numbers.formatted("10000", "1", "1")))
        .containsExactly("/amount");
    assertThat(problems("numbers", numbers.formatted("1.005", "100", "8")))
        .containsExactlyInAnyOrder("/amount", "/twoDigits", "/weekday");
    assertThat(problems("booleans", "{\"confirmed\": false, \"declined\": true}"))
        .containsExactlyInAnyOrder("/confirmed", "/declined");
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
