package io.toolwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import io.toolwright.ToolCall;
import io.toolwright.ToolContext;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolResult;
import io.toolwright.ToolSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the model is told when the generated code cannot convert its arguments: every problem of a
 * call at once, each at its pointer, and of an exception thrown by a record's constructor or a
 * bean's setter only what may reach the model. Runs the generated dispatchers through a registry,
 * as an application would.
 */
class ConversionProblemsTest {

  static final String[] SOURCES = {
    "conversion/Scheduling.java",
    "conversion/Slot.java",
    "conversion/Attendee.java",
    "conversion/Qty.java",
    "conversion/Profile.java"
  };

  private static final String DOUBLE =
      "a number from -1.7976931348623157E+308 to 1.7976931348623157E+308";
  private static final String FLOAT = "a number from -3.4028235E+38 to 3.4028235E+38";

  private static ToolSet tools;
  private static ToolRegistry registry;

  @BeforeAll
  static void compile() throws Exception {
    Compilation compilation = Compilations.compile(Compilations.resources(SOURCES));
    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses classes = new CompiledClasses(compilation);
    Class<?> service = classes.loadClass("conversion.Scheduling");
    tools =
        (ToolSet)
            classes
                .loadClass("conversion.SchedulingTools")
                .getMethod("bind", service)
                .invoke(null, service.getConstructor().newInstance());
    registry = ToolRegistry.of(tools);
  }

  @Test
  void everyConversionProblemOfACallIsReportedAtOnce() {
    JsonNode error =
        error(
            "book",
            "{\"slot\":{\"start\":\"25:00\",\"length\":\"PT30M\"},"
                + "\"fallback\":{\"start\":\"09:00\",\"length\":\"-PT30M\"},"
                + "\"attendees\":[{\"name\":\"a\",\"role\":\"HOST\",\"arrives\":\"09:00\"},"
                + "{\"name\":\"b\",\"role\":\"GUEST\",\"arrives\":\"24:30\"}],"
                + "\"room\":\"NORTH\"}");
    assertThat(error.get("code").asString()).isEqualTo("INVALID_ARGUMENTS");
    assertThat(error.get("message").asString()).contains("cannot be converted (3 problems)");
    assertThat(problems(error))
        .containsExactly(
            Map.entry("/slot/start", "a local time such as 09:30:00"),
            Map.entry("/fallback", "length must be positive"),
            Map.entry("/attendees/1/arrives", "a local time such as 09:30:00"));
  }

  @Test
  void conversionProblemsJoinTheStructuralOnesInOneAnswer() {
    JsonNode error =
        error(
            "book",
            "{\"slot\":{\"start\":\"25:00\",\"length\":\"PT30M\"},"
                + "\"fallback\":{\"start\":\"09:00\",\"length\":\"-PT30M\"},"
                + "\"attendees\":[{\"name\":\"a\",\"role\":\"boss\",\"arrives\":\"09:00\"},"
                + "{\"name\":\"b\",\"role\":\"GUEST\",\"arrives\":\"24:30\"}],"
                + "\"room\":\"EAST\"}");
    assertThat(error.get("message").asString()).contains("(5 problems)");
    assertThat(problems(error))
        .containsOnlyKeys(
            "/attendees/0/role", "/room", "/slot/start", "/fallback", "/attendees/1/arrives");
    // A value the structural check refused is not reported a second time by conversion.
    assertThat(problems(error).get("/room")).startsWith("one of");
  }

  @Test
  void problemsBeyondFiftyAreCountedNotListed() {
    String times = String.join(",", Collections.nCopies(120, "\"25:00\""));
    JsonNode error = error("times", "{\"times\":[" + times + "]}");
    assertThat(error.get("message").asString()).contains("(120 problems, the first 50 listed)");
    assertThat(error.get("problems")).hasSize(50);
    assertThat(error.get("problems").get(49).get("pointer").asString()).isEqualTo("/times/49");
  }

  @Test
  void aConstructorsToolExceptionKeepsItsMessageOnOneBoundedLine() {
    assertThat(problems(error("order", "{\"qty\":{\"n\":8}}")))
        .hasEntrySatisfying(
            "/qty",
            expected -> {
              // Line breaks become spaces, the bidi override shows as an escape.
              assertThat(expected)
                  .startsWith("8 is sold out, ask for\\u202Eless xxx")
                  .endsWith("…");
              assertThat(expected.length()).isLessThanOrEqualTo(201);
              assertThat(expected.codePoints().filter(c -> c == '\n' || c > 0x2000 && c < 0x2100))
                  .containsOnly((int) '…');
            });
    assertThat(problems(error("update", "{\"profile\":{\"handle\":\" \"}}")))
        .containsExactly(Map.entry("/profile", "a handle must not be blank"));
  }

  @Test
  void otherExceptionsOfConstructorsAndSettersAreNamedNotQuoted() {
    Map<Integer, String> thrown = new LinkedHashMap<>();
    thrown.put(-1, "IllegalArgumentException");
    thrown.put(7, "NumberFormatException");
    thrown.put(9, "ToolException"); // without a message there is nothing written for the model
    thrown.put(10, "IllegalArgumentException");
    thrown.put(13, "AssertionError");
    thrown.put(14, "conversion.Qty$1");
    thrown.forEach(
        (n, name) ->
            assertThat(problems(error("order", "{\"qty\":{\"n\":" + n + "}}")))
                .as("n = %d", n)
                .containsExactly(
                    Map.entry(
                        "/qty", "a valid Qty (the constructor rejected the value: " + name + ")")));
    JsonNode error = error("update", "{\"profile\":{\"handle\":\"@ada\"}}");
    assertThat(problems(error))
        .containsExactly(
            Map.entry(
                "/profile",
                "a valid Profile (a setter rejected the value: IllegalArgumentException)"));
    assertThat(error.toString()).doesNotContain("hunter2").doesNotContain("SELECT");
  }

  @Test
  void whatAConstructorThrewReachesTheApplicationNotTheModel() {
    ToolResult result =
        registry
            .execute(List.of(ToolCall.of("1", "order", "{\"qty\":{\"n\":-1}}")), ToolContext.empty())
            .get(0);

    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    assertThat(((ToolResult.Failure) result).cause())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hunter2");
    assertThat(result.contentJson()).doesNotContain("hunter2");
  }

  @Test
  void aVirtualMachineErrorInAConstructorIsNotAnArgumentProblem() {
    assertThatThrownBy(
            () ->
                registry.execute(
                    List.of(ToolCall.of("1", "order", "{\"qty\":{\"n\":99}}")),
                    ToolContext.empty()))
        .isInstanceOf(OutOfMemoryError.class);
  }

  @Test
  void numbersBeyondTheFloatingPointRangesAreArgumentProblems() {
    JsonNode error =
        error(
            "scale",
            "{\"factor\":1e309,\"ratio\":-1e39,\"boxed\":-1e309,\"count\":1,\"total\":1e1000}");
    assertThat(problems(error))
        .containsExactly(
            Map.entry("/factor", DOUBLE),
            Map.entry("/ratio", FLOAT),
            Map.entry("/boxed", DOUBLE),
            Map.entry("/total", "an integer that fits in 64 bits"));
    assertThat(error.get("problems").get(0).get("actual").asString()).isEqualTo("1E+309");
  }

  @Test
  void numbersTooSmallForTheirTypeBecomeZero() {
    assertThat(
            success(
                "scale",
                "{\"factor\":1e-400,\"ratio\":-1e-50,\"boxed\":-0.0,\"count\":-0,\"total\":1.0e2}"))
        .isEqualTo("0.0 -0.0 0.0 0 100");
  }

  private static String success(String tool, String arguments) {
    ToolResult result = execute(tool, arguments);
    assertThat(result).isInstanceOf(ToolResult.Success.class);
    return result.content().asString();
  }

  private static JsonNode error(String tool, String arguments) {
    ToolResult result = execute(tool, arguments);
    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    return result.content().get("error");
  }

  private static ToolResult execute(String tool, String arguments) {
    return registry.execute(List.of(ToolCall.of("1", tool, arguments)), ToolContext.empty()).get(0);
  }

  /** Pointer to expected, in the order listed. */
  private static Map<String, String> problems(JsonNode error) {
    Map<String, String> problems = new LinkedHashMap<>();
    List<String> pointers = new ArrayList<>();
    for (JsonNode problem : error.get("problems")) {
      pointers.add(problem.get("pointer").asString());
      problems.put(problem.get("pointer").asString(), problem.get("expected").asString());
    }
    assertThat(pointers).doesNotHaveDuplicates();
    return problems;
  }
}
