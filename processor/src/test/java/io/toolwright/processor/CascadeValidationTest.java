package io.toolwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.toolwright.ArgumentProblem;
import io.toolwright.ErrorCode;
import io.toolwright.ToolCall;
import io.toolwright.ToolContext;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolResult;
import io.toolwright.ToolSet;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs Hibernate Validator on generated arguments objects holding a constrained record in every
 * kind of container: it must check each one, at the pointer the model used, and log no HV000271
 * ("Using @Valid on a container is deprecated") except for an array, where field-level
 * {@code @Valid} is the only form Hibernate Validator cascades through (HV-1428).
 */
class CascadeValidationTest {

  private static final String SOURCE =
      """
      package cascade;

      import io.toolwright.annotation.Tool;
      import jakarta.validation.Valid;
      import jakarta.validation.constraints.Positive;
      import java.util.List;
      import java.util.Map;
      import java.util.Optional;
      import java.util.Set;

      public class Orders {
        /** @param quantity how many */
        public record Line(@Positive int quantity) {}

        /**
         * @param lines what is ordered
         * @param rows the same, by row
         */
        public record Order(List<@Valid Line> lines, List<List<@Valid Line>> rows) {}

        /** Lines in every container. */
        @Tool
        public void place(
            Line single,
            Optional<Line> maybe,
            List<Line> list,
            Set<Line> set,
            Map<String, Line> byName,
            List<List<Line>> nested,
            Map<String, List<Line>> groups,
            @Valid List<Line> declared,
            List<@Valid Line> typeUse,
            Order order) {}

        /** Lines in an array. */
        @Tool
        public void array(Line[] lines) {}
      }
      """;

  /** Hibernate Validator logs through jboss-logging, which falls back to JUL. */
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  private static ToolSet tools;

  private final List<String> deprecations = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record.getMessage().contains("HV000271")) {
            deprecations.add(record.getMessage());
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeAll
  static void compile() throws Exception {
    Compilation compilation =
        Compilations.compile(JavaFileObjects.forSourceString("cascade.Orders", SOURCE));
    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses classes = new CompiledClasses(compilation);
    Object target = classes.loadClass("cascade.Orders").getConstructor().newInstance();
    tools =
        (ToolSet)
            classes
                .loadClass("cascade.OrdersTools")
                .getMethod("bind", target.getClass())
                .invoke(null, target);
  }

  @BeforeEach
  void captureLog() {
    capture.setLevel(Level.ALL);
    VALIDATOR_LOG.addHandler(capture);
    VALIDATOR_LOG.setUseParentHandlers(false); // the warnings expected here need not reach stderr
  }

  @AfterEach
  void releaseLog() {
    VALIDATOR_LOG.removeHandler(capture);
    VALIDATOR_LOG.setUseParentHandlers(true);
  }

  @Test
  void checksRecordsInEveryContainerWithoutDeprecationWarnings() {
    List<ArgumentProblem> problems =
        rejected(
            "place",
            """
            {"single": {"quantity": 0},
             "maybe": {"quantity": 0},
             "list": [{"quantity": 0}],
             "set": [{"quantity": 0}],
             "byName": {"k": {"quantity": 0}},
             "nested": [[{"quantity": 1}, {"quantity": 0}]],
             "groups": {"g": [{"quantity": 0}]},
             "declared": [{"quantity": 0}],
             "typeUse": [{"quantity": 0}],
             "order": {"lines": [{"quantity": 0}], "rows": [[{"quantity": 1}, {"quantity": 0}]]}}
            """);
    assertThat(problems)
        .extracting(ArgumentProblem::pointer)
        .containsExactlyInAnyOrder(
            "/single/quantity",
            "/maybe/quantity",
            "/list/0/quantity",
            // A set has no indexes, so the runtime cannot name the element.
            "/set/quantity",
            "/byName/k/quantity",
            "/nested/0/1/quantity",
            "/groups/g/0/quantity",
            "/declared/0/quantity",
            "/typeUse/0/quantity",
            "/order/lines/0/quantity",
            "/order/rows/0/1/quantity");
    // The registry's default validator reads every validated class of the set when it starts
    // (Hibernate Validator's predefined scope), so the array tool's warning, expected below, may
    // be logged here too; no other container may cause one.
    assertThat(deprecations)
        .allSatisfy(
            deprecation -> assertThat(deprecation).contains("([Lcascade.Orders$Line;)"));
  }

  @Test
  void arraysKeepFieldLevelValidWhichStillCascades() {
    List<ArgumentProblem> problems =
        rejected("array", "{\"lines\": [{\"quantity\": 1}, {\"quantity\": 0}]}");
    assertThat(problems).extracting(ArgumentProblem::pointer).containsExactly("/lines/1/quantity");
    assertThat(deprecations).singleElement().asString().contains("Affected element: lines");
  }

  private static List<ArgumentProblem> rejected(String tool, String arguments) {
    // A new registry has a new validator factory, which reads the arguments class afresh.
    ToolResult result =
        ToolRegistry.of(tools)
            .execute(List.of(ToolCall.of("1", tool, arguments)), ToolContext.empty())
            .get(0);
    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    ToolResult.Failure failure = (ToolResult.Failure) result;
    assertThat(failure.error().code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS);
    return failure.error().problems();
  }
}
