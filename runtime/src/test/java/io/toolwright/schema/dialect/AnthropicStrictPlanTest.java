package io.toolwright.schema.dialect;

import static io.toolwright.schema.dialect.Tools.object;
import static io.toolwright.schema.dialect.Tools.string;
import static io.toolwright.schema.dialect.Tools.tool;
import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.ToolDefinition;
import io.toolwright.annotation.Effect;
import io.toolwright.schema.JsonSchema;
import io.toolwright.schema.JsonSchema.ObjectSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-request strict budget: 20 tools, 24 optional parameters, 16 unions; harm first. */
class AnthropicStrictPlanTest {

  /** A tool with {@code optionals} optional and {@code unions} required nullable parameters. */
  private static ToolDefinition withCounts(String name, Effect effect, int optionals, int unions) {
    Map<String, JsonSchema> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (int i = 0; i < optionals; i++) {
      properties.put("o" + i, string(null, null, null).withNullable(true));
    }
    for (int i = 0; i < unions; i++) {
      properties.put("u" + i, string(null, null, null).withNullable(true));
      required.add("u" + i);
    }
    return tool(name, effect, ObjectSchema.closed(properties, required));
  }

  @Test
  void destructiveToolsFirstThenWritesThenReads() {
    List<ToolDefinition> tools =
        List.of(
            withCounts("list_things", Effect.READ_ONLY, 10, 0),
            withCounts("update_thing", Effect.WRITE, 10, 0),
            withCounts("delete_thing", Effect.DESTRUCTIVE, 10, 0),
            withCounts("count_things", Effect.READ_ONLY, 4, 0));
    AnthropicStrictPlan plan = AnthropicStrictPlan.of(tools);
    // delete (10) + update (10) + count (4) = 24; list's 10 would make 34.
    assertThat(plan.strict()).containsExactly("update_thing", "delete_thing", "count_things");
    assertThat(plan.relaxed()).containsOnlyKeys("list_things");
    assertThat(plan.relaxed().get("list_things"))
        .isEqualTo(
            "Its 10 optional parameters would exceed Anthropic's 24 per request (20 already taken"
                + " by tools that can do more harm).");
  }

  @Test
  void atMostTwentyStrictTools() {
    List<ToolDefinition> tools = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      tools.add(withCounts("read_" + i, Effect.READ_ONLY, 0, 0));
    }
    tools.add(withCounts("write", Effect.WRITE, 0, 0));
    AnthropicStrictPlan plan = AnthropicStrictPlan.of(tools);
    assertThat(plan.strict()).hasSize(20).contains("write").doesNotContain("read_19", "read_20");
    assertThat(plan.relaxed()).containsOnlyKeys("read_19", "read_20");
    assertThat(plan.relaxed().get("read_20"))
        .isEqualTo("The request already has 20 strict tools, Anthropic's limit.");
  }

  @Test
  void atMostSixteenUnions() {
    List<ToolDefinition> tools =
        List.of(
            withCounts("a", Effect.WRITE, 0, 10),
            withCounts("b", Effect.WRITE, 0, 7),
            withCounts("c", Effect.WRITE, 0, 6));
    AnthropicStrictPlan plan = AnthropicStrictPlan.of(tools);
    assertThat(plan.strict()).containsExactly("a", "c");
    assertThat(plan.relaxed().get("b")).startsWith("Its 7 union-typed parameters would exceed");
  }

  @Test
  void aToolThatCannotBeStrictIsRelaxedWithTheReason() {
    ToolDefinition map =
        tool("tag", Effect.WRITE, object("labels", ObjectSchema.mapOf(string(null, null, null))));
    ToolDefinition alone = withCounts("huge", Effect.DESTRUCTIVE, 25, 0);
    AnthropicStrictPlan plan =
        AnthropicStrictPlan.of(List.of(map, alone, withCounts("ok", Effect.READ_ONLY, 24, 0)));
    assertThat(plan.strict()).containsExactly("ok");
    assertThat(plan.relaxed().keySet()).containsExactly("tag", "huge");
    assertThat(plan.relaxed().get("tag")).contains("closed");
    assertThat(plan.relaxed().get("huge")).contains("24 optional parameters per request");
  }

  @Test
  void anEmptyRequestHasAnEmptyPlan() {
    AnthropicStrictPlan plan = AnthropicStrictPlan.of(List.of());
    assertThat(plan.strict()).isEmpty();
    assertThat(plan.relaxed()).isEmpty();
  }
}
