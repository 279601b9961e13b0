package io.toolwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.Dialect;
import io.toolwright.ExecutionPolicy;
import io.toolwright.ToolContext;
import io.toolwright.annotation.Effect;
import io.toolwright.RenderedTool;
import io.toolwright.RenderedTools;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolDefinition;
import io.toolwright.ToolSet;
import io.toolwright.schema.BuildRenderings;
import io.toolwright.schema.dialect.DialectRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the registry sends in each dialect is exactly what the build recorded in the sample app's
 * {@code META-INF/toolwright} resources: the same function renders both, and this is the check.
 */
class ShippedRenderingsTest {

  private final SupportDesk desk = SupportDesk.withSampleData();
  private final ToolRegistry registry = desk.registry();

  @Test
  void everyDialectSendsWhatTheBuildRecorded() {
    Map<String, JsonNode> recorded = recordedTools();
    for (Dialect dialect : Dialect.values()) {
      RenderedTools rendered = registry.definitions(dialect);
      assertThat(rendered.dialect()).isEqualTo(dialect);
      // The desk builds for every dialect and fits Anthropic's strict budget: nothing is relaxed,
      // so every tool below is compared, none skipped.
      assertThat(rendered.relaxed()).as(dialect.key()).isEmpty();
      assertThat(rendered.tools())
          .extracting(RenderedTool::name)
          .containsExactlyElementsOf(
              registry.definitions().stream().map(d -> d.name()).toList());
      for (RenderedTool tool : rendered.tools()) {
        JsonNode entry = recorded.get(tool.name());
        assertThat(JsonSchemas.STRICT.readTree(tool.json()))
            .as("%s in %s", tool.name(), dialect.key())
            .isEqualTo(entry.get("renderings").get(dialect.key()));
        assertThat(tool.strict()).isEqualTo(dialect.strict());
      }
    }
  }

  /**
   * The registry sends the build's renderings ({@code <class>.renderings}) without rendering; they
   * must be byte for byte what the run time renders, in every dialect, for every tool, both per
   * tool and for the whole tools field.
   */
  @Test
  void theBuildsRenderingsAreTheRunTimeRenderingsByteForByte() {
    for (ToolSet set : desk.toolSets()) {
      BuildRenderings build = BuildRenderings.read(getClass().getClassLoader(), set.source());
      assertThat(build).as(set.source()).isNotNull();
      for (ToolDefinition tool : set.definitions()) {
        for (Dialect dialect : Dialect.values()) {
          assertThat(build.rendering(tool, dialect))
              .as("%s in %s", tool.name(), dialect.key())
              .isNotNull()
              .isEqualTo(DialectRenderer.render(dialect, tool).json());
        }
      }
    }
    // The same bindings under sources without a build record: rendered at run time.
    ToolRegistry runTime =
        ToolRegistry.of(
            desk.toolSets().stream()
                .map(set -> ToolSet.of(set.source() + ".unrecorded", set.bindings(), set.retired()))
                .toArray(ToolSet[]::new));
    for (Dialect dialect : Dialect.values()) {
      RenderedTools sent = registry.definitions(dialect);
      RenderedTools rendered = runTime.definitions(dialect);
      assertThat(sent.json()).as(dialect.key()).isEqualTo(rendered.json());
      assertThat(sent.tools()).as(dialect.key()).isEqualTo(rendered.tools());
      assertThat(sent.relaxed()).as(dialect.key()).isEqualTo(rendered.relaxed());
    }
  }

  /** A principal's subset of the tools is sent from the build's renderings too, to the same bytes. */
  @Test
  void aPermittedSubsetIsTheRunTimeRenderingToo() {
    ExecutionPolicy readOnly =
        ExecutionPolicy.builder()
            .permissions((context, tool) -> tool.effect() == Effect.READ_ONLY)
            .build();
    ToolRegistry built =
        ToolRegistry.builder().addAll(desk.toolSets().toArray(ToolSet[]::new)).execution(readOnly).build();
    ToolRegistry runTime =
        ToolRegistry.builder()
            .addAll(
                desk.toolSets().stream()
                    .map(set -> ToolSet.of(set.source() + ".unrecorded", set.bindings(), set.retired()))
                    .toArray(ToolSet[]::new))
            .execution(readOnly)
            .build();
    ToolContext context = SupportDesk.signedIn(new CustomerId("c-1"));
    for (Dialect dialect : Dialect.values()) {
      RenderedTools sent = built.definitions(dialect, context);
      assertThat(sent.tools()).as(dialect.key()).hasSizeLessThan(registry.definitions().size());
      assertThat(sent.json()).as(dialect.key()).isEqualTo(runTime.definitions(dialect, context).json());
    }
  }

  @Test
  void theToolsFieldWrapsTheToolsAsEachProviderExpects() {
    JsonNode openai = JsonSchemas.STRICT.readTree(registry.definitions(Dialect.OPENAI_CHAT).json());
    assertThat(openai.isArray()).isTrue();
    assertThat(openai.size()).isEqualTo(registry.definitions().size());
    assertThat(openai.get(0).get("type").asString()).isEqualTo("function");

    JsonNode gemini =
        JsonSchemas.STRICT.readTree(registry.definitions(Dialect.GEMINI_JSON_SCHEMA).json());
    assertThat(gemini.size()).isEqualTo(1);
    assertThat(gemini.get(0).get("functionDeclarations").size())
        .isEqualTo(registry.definitions().size());
  }

  @Test
  void aDialectIsRenderedOnceAndReused() {
    assertThat(registry.definitions(Dialect.MCP)).isSameAs(registry.definitions(Dialect.MCP));
  }

  private Map<String, JsonNode> recordedTools() {
    Map<String, JsonNode> tools = new LinkedHashMap<>();
    for (ToolSet set : desk.toolSets()) {
      String name = "META-INF/toolwright/" + set.source() + ".json";
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
        assertThat(in).as(name).isNotNull();
        for (JsonNode tool : JsonSchemas.STRICT.readTree(in).get("tools")) {
          tools.put(tool.get("name").asString(), tool);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return tools;
  }
}
