package io.toolwright.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.toolwright.Dialect;
import io.toolwright.ToolDefinition;
import io.toolwright.annotation.Effect;
import io.toolwright.schema.dialect.DialectRenderer;
import io.toolwright.schema.dialect.Rendering;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The text form of the build's renderings, and the key that ties it to one definition. */
class BuildRenderingsFormatTest {

  private static final String SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"q\":{\"type\":\"string\",\"description\":\"a\\nline\"}},"
          + "\"required\":[\"q\"],\"additionalProperties\":false}";

  private static final ToolDefinition TOOL =
      ToolDefinition.of("find", "Finds.\nTwo lines.", Effect.READ_ONLY, true, SCHEMA);

  @Test
  void whatIsWrittenReadsBackForEveryDialect() {
    BuildRenderings read = BuildRenderings.parse(write(TOOL));

    assertThat(read).isNotNull();
    for (Dialect dialect : Dialect.values()) {
      assertThat(read.rendering(TOOL, dialect))
          .as(dialect.key())
          .isEqualTo(DialectRenderer.render(dialect, TOOL).json());
    }
  }

  @Test
  void everyItemIsOneLine() {
    String text = write(TOOL);

    // Header, the tool, and one line per dialect that accepts it.
    long accepted =
        List.of(Dialect.values()).stream()
            .filter(dialect -> DialectRenderer.render(dialect, TOOL).json() != null)
            .count();
    assertThat(text.lines().count()).isEqualTo(2 + accepted);
    assertThat(text).startsWith("toolwright-renderings 1\ntool\tfind\t");
  }

  @Test
  void anotherDefinitionOfTheSameNameGetsNothing() {
    BuildRenderings read = BuildRenderings.parse(write(TOOL));
    ToolDefinition changed =
        ToolDefinition.of("find", "Finds more.", Effect.READ_ONLY, true, SCHEMA);
    ToolDefinition withExample = TOOL.withExamples(List.of("{\"q\":\"x\"}"));
    ToolDefinition written = ToolDefinition.of("find", "Finds.\nTwo lines.", Effect.WRITE, false, SCHEMA);

    assertThat(read.records(TOOL)).isTrue();
    for (ToolDefinition other : List.of(changed, withExample, written)) {
      assertThat(read.records(other)).as(other.toString()).isFalse();
      assertThat(read.rendering(other, Dialect.OPENAI_CHAT)).isNull();
    }
  }

  @Test
  void theKeyCoversEveryPartOfTheDefinition() {
    List<String> keys = new ArrayList<>();
    keys.add(BuildRenderings.key(TOOL));
    keys.add(BuildRenderings.key(ToolDefinition.of("findx", TOOL.description(), Effect.READ_ONLY, true, SCHEMA)));
    keys.add(BuildRenderings.key(ToolDefinition.of("find", "", Effect.READ_ONLY, true, SCHEMA)));
    keys.add(BuildRenderings.key(ToolDefinition.of("find", TOOL.description(), Effect.WRITE, true, SCHEMA)));
    keys.add(BuildRenderings.key(ToolDefinition.of("find", TOOL.description(), Effect.WRITE, false, SCHEMA)));
    keys.add(BuildRenderings.key(ToolDefinition.of("find", TOOL.description(), Effect.READ_ONLY, true, SCHEMA.replace("a\\nline", "b"))));
    keys.add(BuildRenderings.key(TOOL.withOutputSchema("{\"type\":\"object\"}")));
    keys.add(BuildRenderings.key(TOOL.withExamples(List.of("{\"q\":\"x\"}"))));

    assertThat(keys).doesNotHaveDuplicates().allMatch(key -> key.matches("[0-9a-f]{16}"));
  }

  @Test
  void aTextInAnotherFormIsNotRead() {
    assertThat(BuildRenderings.parse("")).isNull();
    assertThat(BuildRenderings.parse("toolwright-renderings 2\n")).isNull();
    assertThat(BuildRenderings.parse("toolwright-renderings 1\nopenai-chat\t{}\n")).isNull();
    assertThat(BuildRenderings.parse("toolwright-renderings 1\ntool\tfind\n")).isNull();
  }

  @Test
  void aMissingResourceIsNoRecord() {
    assertThat(BuildRenderings.read(getClass().getClassLoader(), "no.such.Tools")).isNull();
  }

  @Test
  void theSchemaModelIsParsedWhenAskedFor() {
    ToolDefinition broken = ToolDefinition.of("bad", "Bad.", Effect.READ_ONLY, true, "{\"type\":\"string\"}");

    assertThat(broken.canonicalSchema()).isEqualTo("{\"type\":\"string\"}");
    assertThatThrownBy(broken::parameters).isInstanceOf(IllegalArgumentException.class);
    assertThat(TOOL.parameters().properties()).containsOnlyKeys("q");
  }

  private static String write(ToolDefinition tool) {
    List<Rendering> renderings = new ArrayList<>();
    for (Dialect dialect : Dialect.values()) {
      renderings.add(DialectRenderer.render(dialect, tool));
    }
    return BuildRenderings.write(List.of(tool), Map.of(tool.name(), renderings));
  }
}
