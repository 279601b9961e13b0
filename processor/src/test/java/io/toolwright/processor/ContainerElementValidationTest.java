package io.toolwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.toolwright.ArgumentProblem;
import io.toolwright.ErrorCode;
import io.toolwright.ToolCall;
import io.toolwright.ToolContext;
import io.toolwright.ToolDefinition;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolResult;
import io.toolwright.ToolSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Container element constraints ({@code List<@NotBlank String>}) on tool parameters and record
 * components: the schema shows them on the element schema, and Hibernate Validator checks them
 * through the real registry, at the element's pointer, before the method is called.
 */
class ContainerElementValidationTest {

  private static final String SOURCE =
      """
      package elements;

      import io.toolwright.annotation.Tool;
      import jakarta.validation.constraints.Email;
      import jakarta.validation.constraints.NotBlank;
      import jakarta.validation.constraints.Positive;
      import jakarta.validation.constraints.Size;
      import java.util.List;
      import java.util.Map;
      import java.util.Optional;
      import java.util.Set;
      import java.util.concurrent.atomic.AtomicInteger;

      public class Tagger {
        public static final AtomicInteger CALLS = new AtomicInteger();

        /** @param rooms the room numbers */
        public record Order(List<@Positive Integer> rooms) {}

        /** A bean. */
        public static class Note {
          /** The words. */
          private List<@NotBlank String> words;

          public List<String> getWords() {
            return words;
          }

          public void setWords(List<String> words) {
            this.words = words;
          }
        }

        /** Tags things. */
        @Tool
        public void tag(
            List<@NotBlank String> tags,
            Set<@Size(max = 3) String> labels,
            Map<String, @Positive Integer> quantities,
            Optional<@Email String> cc,
            List<List<@NotBlank String>> rows,
            Order order,
            Note note) {
          CALLS.incrementAndGet();
        }
      }
      """;

  private static ToolSet tools;
  private static AtomicInteger calls;

  @BeforeAll
  static void compile() throws Exception {
    Compilation compilation =
        Compilations.compile(JavaFileObjects.forSourceString("elements.Tagger", SOURCE));
    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses classes = new CompiledClasses(compilation);
    Class<?> tagger = classes.loadClass("elements.Tagger");
    calls = (AtomicInteger) tagger.getField("CALLS").get(null);
    Object target = tagger.getConstructor().newInstance();
    tools =
        (ToolSet)
            classes
                .loadClass("elements.TaggerTools")
                .getMethod("bind", target.getClass())
                .invoke(null, target);
  }

  @BeforeEach
  void resetCalls() {
    calls.set(0);
  }

  @Test
  void rejectsBadElementsAtTheirPointersWithoutCallingTheMethod() {
    ToolResult result =
        call(
            """
            {"tags": ["a", "b", " "],
             "labels": ["abcd"],
             "quantities": {"apples": 0},
             "cc": "not an address",
             "rows": [["x"], ["y", ""]],
             "order": {"rooms": [1, -2]},
             "note": {"words": [""]}}
            """);
    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    ToolResult.Failure failure = (ToolResult.Failure) result;
    assertThat(failure.error().code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS);
    assertThat(failure.error().problems())
        .extracting(ArgumentProblem::pointer)
        .containsExactlyInAnyOrder(
            "/tags/2",
            // A set has no indexes, so the runtime cannot name the element.
            "/labels",
            "/quantities/apples",
            "/cc",
            "/rows/1/1",
            "/order/rooms/1",
            "/note/words/0");
    assertThat(calls).hasValue(0);
  }

  @Test
  void acceptsGoodElements() {
    ToolResult result =
        call(
            """
            {"tags": ["a"], "labels": ["abc"], "quantities": {"apples": 1},
             "cc": "a@example.com", "rows": [["x"]], "order": {"rooms": [1]},
             "note": {"words": ["w"]}}
            """);
    assertThat(result).isInstanceOf(ToolResult.Success.class);
    assertThat(calls).hasValue(1);
  }

  @Test
  void schemaShowsTheElementConstraints() {
    ToolDefinition definition = tools.definitions().get(0);
    assertThat(definition.canonicalSchema())
        .contains(
            "\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1,"
                + "\"pattern\":\"\\\\S\"}}",
            "\"labels\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"maxLength\":3},"
                + "\"uniqueItems\":true}",
            "\"additionalProperties\":{\"type\":\"integer\",\"format\":\"int32\","
                + "\"exclusiveMinimum\":0,",
            "\"cc\":{\"type\":[\"string\",\"null\"],\"format\":\"email\"}",
            "\"rows\":{\"type\":\"array\",\"items\":{\"type\":\"array\",\"items\":"
                + "{\"type\":\"string\",\"minLength\":1,\"pattern\":\"\\\\S\"}}}",
            "\"rooms\":{\"type\":\"array\",\"items\":{\"type\":\"integer\",\"format\":\"int32\","
                + "\"exclusiveMinimum\":0,",
            "\"words\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1,"
                + "\"pattern\":\"\\\\S\"}");
  }

  private static ToolResult call(String arguments) {
    return ToolRegistry.of(tools)
        .execute(List.of(ToolCall.of("1", "tag", arguments)), ToolContext.empty())
        .get(0);
  }
}
