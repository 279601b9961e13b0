package io.toolwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.toolwright.ErrorCode;
import io.toolwright.ToolCall;
import io.toolwright.ToolContext;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolResult;
import io.toolwright.ToolSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@code bind} names with {@code ToolSet.validating}: the arguments classes of the tools whose
 * arguments carry a constraint or {@code @Valid}, and the records those arguments hold, at any
 * depth; nothing for a class whose tools carry none. The registry's default validator is built for
 * exactly these, so a class missing here would be a refused call.
 */
class ValidatedClassesTest {

  private static final String SOURCE =
      """
      package scope;

      import io.toolwright.annotation.Tool;
      import jakarta.validation.Valid;
      import jakarta.validation.constraints.Min;
      import jakarta.validation.constraints.Size;
      import java.util.List;
      import java.util.Optional;

      public class Shop {
        /** @param quantity how many */
        public record Line(@Min(1) int quantity, Optional<@Valid Note> note) {}

        /** @param text the text */
        public record Note(@Size(max = 5) String text) {}

        /**
         * Orders lines.
         *
         * @param lines what is ordered
         */
        @Tool
        public int order(List<@Valid Line> lines) {
          return lines.size();
        }

        /**
         * Greets someone.
         *
         * @param who who
         */
        @Tool
        public String greet(String who) {
          return "hello " + who;
        }
      }
      """;

  private static final String UNCONSTRAINED =
      """
      package scope;

      import io.toolwright.annotation.Tool;

      public class Echo {
        /**
         * Says it back.
         *
         * @param text what to say
         */
        @Tool
        public String echo(String text) {
          return text;
        }
      }
      """;

  @Test
  void namesTheConstrainedToolsArgumentsAndTheRecordsTheyHold() throws Exception {
    ToolSet tools = bind("scope.Shop", SOURCE);

    assertThat(tools.validatedClasses().orElseThrow())
        .extracting(Class::getName)
        .containsExactly("scope.ShopTools$OrderArguments", "scope.Shop$Line", "scope.Shop$Note");

    ToolResult result =
        ToolRegistry.of(tools)
            .execute(
                List.of(
                    ToolCall.of(
                        "1",
                        "order",
                        "{\"lines\":[{\"quantity\":0,\"note\":{\"text\":\"too long\"}}]}")),
                ToolContext.empty())
            .get(0);
    assertThat(((ToolResult.Failure) result).error().code())
        .isEqualTo(ErrorCode.INVALID_ARGUMENTS);
    assertThat(((ToolResult.Failure) result).error().problems())
        .extracting(problem -> problem.pointer())
        .containsExactly("/lines/0/note/text", "/lines/0/quantity");
  }

  @Test
  void namesNothingForAClassWithoutConstraints() throws Exception {
    ToolSet tools = bind("scope.Echo", UNCONSTRAINED);

    assertThat(tools.validatedClasses()).contains(java.util.Set.of());
    ToolResult result =
        ToolRegistry.of(tools)
            .execute(List.of(ToolCall.of("1", "echo", "{\"text\":\"hi\"}")), ToolContext.empty())
            .get(0);
    assertThat(result.isError()).isFalse();
  }

  private static ToolSet bind(String className, String source) throws Exception {
    Compilation compilation =
        Compilations.compile(JavaFileObjects.forSourceString(className, source));
    assertThat(compilation).succeeded();
    CompiledClasses classes = new CompiledClasses(compilation);
    Object target = classes.loadClass(className).getConstructor().newInstance();
    return (ToolSet)
        classes
            .loadClass(className + "Tools")
            .getMethod("bind", target.getClass())
            .invoke(null, target);
  }
}
