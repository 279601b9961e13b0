package io.toolwright;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.annotation.Effect;
import io.toolwright.dispatch.ToolBinding;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The public values that will gain properties are final classes made by factories, never records
 * with a public canonical constructor: adding a component to a record breaks every caller of its
 * constructor and every record pattern (docs/api.md, "Values that grow").
 */
class GrowingValuesTest {

  private static final List<Class<?>> GROWING =
      List.of(
          ToolDefinition.class,
          ToolError.class,
          ArgumentProblem.class,
          ParseLimits.class,
          ToolSet.class,
          RetiredTool.class,
          ToolBinding.class,
          ToolResult.Success.class,
          ToolResult.Failure.class);

  private static final String SCHEMA =
      "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\","
          + "\"properties\":{},\"additionalProperties\":false}";

  @Test
  void growingValuesAreFinalClassesWithoutPublicConstructors() {
    for (Class<?> type : GROWING) {
      assertThat(type.isRecord()).as("%s is a record", type.getSimpleName()).isFalse();
      assertThat(type.isInterface()).as("%s is an interface", type.getSimpleName()).isFalse();
      assertThat(Modifier.isFinal(type.getModifiers()))
          .as("%s is final", type.getSimpleName())
          .isTrue();
      assertThat(type.getConstructors()).as("public constructors of %s", type).isEmpty();
    }
  }

  @Test
  void valuesAreEqualWhenTheirPropertiesAre() {
    ArgumentProblem problem = ArgumentProblem.of("/a", "a string", null);
    assertThat(problem)
        .isEqualTo(ArgumentProblem.of("/a", "a string", null))
        .hasSameHashCodeAs(ArgumentProblem.of("/a", "a string", null))
        .isNotEqualTo(ArgumentProblem.of("/a", "a string", "1"));
    assertThat(problem.toString())
        .isEqualTo("ArgumentProblem[pointer=/a, expected=a string, actual=null]");

    ToolError error =
        ToolError.of(ErrorCode.INVALID_ARGUMENTS, "Bad.", List.of(problem), List.of());
    assertThat(error)
        .isEqualTo(ToolError.of(ErrorCode.INVALID_ARGUMENTS, "Bad.", List.of(problem), List.of()))
        .hasSameHashCodeAs(
            ToolError.of(ErrorCode.INVALID_ARGUMENTS, "Bad.", List.of(problem), List.of()))
        .isNotEqualTo(ToolError.of(ErrorCode.INVALID_ARGUMENTS, "Bad."));
    assertThat(ToolError.of(ErrorCode.TOOL_FAILED, "Failed.").problems()).isEmpty();

    assertThat(ParseLimits.builder().build())
        .isEqualTo(ParseLimits.defaults())
        .hasSameHashCodeAs(ParseLimits.defaults())
        .isNotEqualTo(ParseLimits.builder().maxDepth(8).build());

    ToolDefinition definition = ToolDefinition.of("t", "Does.", Effect.WRITE, false, SCHEMA);
    assertThat(definition)
        .isEqualTo(ToolDefinition.of("t", "Does.", Effect.WRITE, false, SCHEMA))
        .hasSameHashCodeAs(ToolDefinition.of("t", "Does.", Effect.WRITE, false, SCHEMA))
        .isNotEqualTo(ToolDefinition.of("t", "Does.", Effect.DESTRUCTIVE, false, SCHEMA));
  }

  @Test
  void aReadOnlyDefinitionIsAlwaysIdempotent() {
    assertThat(ToolDefinition.of("t", "Reads.", Effect.READ_ONLY, false, SCHEMA).idempotent())
        .isTrue();
    assertThat(ToolDefinition.of("t", "Writes.", Effect.WRITE, false, SCHEMA).idempotent())
        .isFalse();
  }
}
