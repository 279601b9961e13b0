package io.toolwright;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.toolwright.annotation.Effect;
import io.toolwright.dispatch.PreparedCall;
import io.toolwright.dispatch.ToolBinding;
import io.toolwright.schema.dialect.DialectRenderer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link ToolRegistry#definitions(Dialect)}: the renderer's output, wrapped as each provider's
 * tools field expects; a strict dialect sends a tool that cannot be strict without strict and says
 * why; a non-strict dialect that rejects a tool is an error naming it.
 */
class RenderedToolsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String PLAIN =
      "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\","
          + "\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"the id\"}},"
          + "\"required\":[\"id\"],\"additionalProperties\":false}";

  /** A map parameter: no strict dialect can close it, Gemini's parameters cannot say it. */
  private static final String MAP =
      "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\","
          + "\"properties\":{\"tags\":{\"type\":\"object\",\"additionalProperties\":"
          + "{\"type\":\"string\"},\"description\":\"tag to value\"}},"
          + "\"required\":[\"tags\"],\"additionalProperties\":false}";

  private static ToolDefinition tool(String name, Effect effect, String schema) {
    return ToolDefinition.of(name, "Does " + name + ".", effect, false, schema);
  }

  private static ToolRegistry registry(ToolDefinition... definitions) {
    List<ToolBinding> bindings = new ArrayList<>();
    for (ToolDefinition definition : definitions) {
      bindings.add(
          ToolBinding.of(definition, List.of(), (args, context) -> PreparedCall.returning(null, () -> "ok")));
    }
    return ToolRegistry.of(ToolSet.of("test.Tools", bindings));
  }

  @Test
  void eachToolIsTheRenderersJsonInRegistryOrder() {
    ToolDefinition first = tool("get_item", Effect.READ_ONLY, PLAIN);
    ToolDefinition second = tool("delete_item", Effect.DESTRUCTIVE, PLAIN);
    RenderedTools rendered = registry(first, second).definitions(Dialect.MCP);

    assertThat(rendered.tools()).extracting(RenderedTool::name).containsExactly("get_item", "delete_item");
    assertThat(rendered.tools().get(1).json())
        .isEqualTo(DialectRenderer.render(Dialect.MCP, second).json());
    assertThat(rendered.relaxed()).isEmpty();
    JsonNode tools = JSON.readTree(rendered.json());
    assertThat(tools.size()).isEqualTo(2);
    assertThat(tools.get(0)).isEqualTo(JSON.readTree(rendered.tools().get(0).json()));
  }

  @Test
  void geminiWrapsTheDeclarationsInOneTool() {
    RenderedTools rendered =
        registry(tool("get_item", Effect.READ_ONLY, PLAIN)).definitions(Dialect.GEMINI_JSON_SCHEMA);
    JsonNode tools = JSON.readTree(rendered.json());
    assertThat(tools.size()).isEqualTo(1);
    assertThat(tools.get(0).get("functionDeclarations").get(0).get("name").asString())
        .isEqualTo("get_item");
  }

  @Test
  void aStrictDialectSendsAToolThatCannotBeStrictWithoutStrictAndSaysWhy() {
    ToolDefinition tags = tool("tag_item", Effect.WRITE, MAP);
    ToolDefinition plain = tool("get_item", Effect.READ_ONLY, PLAIN);
    RenderedTools rendered = registry(tags, plain).definitions(Dialect.OPENAI_CHAT_STRICT);

    assertThat(rendered.tools().get(0).strict()).isFalse();
    assertThat(rendered.tools().get(0).json())
        .isEqualTo(DialectRenderer.render(Dialect.OPENAI_CHAT, tags).json());
    assertThat(JSON.readTree(rendered.tools().get(0).json()).get("function").get("strict").asBoolean())
        .isFalse();
    assertThat(rendered.relaxed()).containsOnlyKeys("tag_item");
    assertThat(rendered.relaxed().get("tag_item")).contains("closed-objects").contains("/properties/tags");
    assertThat(rendered.tools().get(1).strict()).isTrue();
  }

  @Test
  void anthropicStrictFollowsThePlan() {
    List<ToolDefinition> tools = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      tools.add(tool("read_" + i, Effect.READ_ONLY, PLAIN));
    }
    tools.add(tool("write_last", Effect.WRITE, PLAIN));
    RenderedTools rendered =
        registry(tools.toArray(ToolDefinition[]::new)).definitions(Dialect.ANTHROPIC_STRICT);

    // 20 strict tools at most; the write goes first, so the last two reads are relaxed.
    assertThat(rendered.tools().stream().filter(RenderedTool::strict).count()).isEqualTo(20);
    assertThat(rendered.relaxed()).containsOnlyKeys("read_19", "read_20");
    assertThat(rendered.tools().get(21).strict()).isTrue();
  }

  @Test
  void aNonStrictDialectThatRejectsAToolNamesIt() {
    ToolRegistry registry = registry(tool("tag_item", Effect.WRITE, MAP));
    assertThatThrownBy(() -> registry.definitions(Dialect.GEMINI))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Gemini (parameters) rejects tag_item")
        .hasMessageContaining("additional-properties")
        .hasMessageContaining("-Atoolwright.dialects");
    // The other dialects are unaffected.
    assertThat(registry.definitions(Dialect.GEMINI_JSON_SCHEMA).tools()).hasSize(1);
  }

  @Test
  void eachDialectIsRenderedOnce() {
    ToolRegistry registry = registry(tool("get_item", Effect.READ_ONLY, PLAIN));
    assertThat(registry.definitions(Dialect.ANTHROPIC)).isSameAs(registry.definitions(Dialect.ANTHROPIC));
  }
}
