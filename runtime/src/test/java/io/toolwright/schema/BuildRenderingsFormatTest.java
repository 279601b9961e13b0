package io.toolwright.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.toolwright.Dialect;
import io.toolwright.ToolDefinition;
import io.toolwright.annotation.Effect;
import io.toolwright.schema.dialect.DialectRenderer;
import io.toolwright.schema.dialect.Rendering;
import java.util.ArrayList;
import java.util.HashMap;
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

  /**
   * Lines are found in the resource's bytes and decoded one at a time: a character of two, three
   * or four UTF-8 bytes must neither shift the lines after it nor be cut.
   */
  @Test
  void textBeyondAsciiReadsBackForEveryDialect() {
    ToolDefinition accented =
        ToolDefinition.of(
            "reserve",
            "Réserve un créneau – 5 € ✓ 𝄞.",
            Effect.WRITE,
            false,
            SCHEMA.replace("a\\nline", "l’heure, 𝄞"));
    BuildRenderings read = BuildRenderings.parse(write(List.of(accented, TOOL)));

    assertThat(read).isNotNull();
    for (ToolDefinition tool : List.of(accented, TOOL)) {
      for (Dialect dialect : Dialect.values()) {
        assertThat(read.rendering(tool, dialect))
            .as("%s in %s", tool.name(), dialect.key())
            .isEqualTo(DialectRenderer.render(dialect, tool).json());
      }
    }
  }

  /** Each tool's lines end where the next tool's begin: no dialect is taken from a neighbour. */
  @Test
  void eachToolReadsItsOwnLines() {
    ToolDefinition other =
        ToolDefinition.of("other", "Another tool.", Effect.READ_ONLY, true, SCHEMA);
    ToolDefinition last = ToolDefinition.of("last", "The last one.", Effect.READ_ONLY, true, SCHEMA);
    BuildRenderings read = BuildRenderings.parse(write(List.of(TOOL, other, last)));

    for (ToolDefinition tool : List.of(TOOL, other, last)) {
      for (Dialect dialect : Dialect.values()) {
        assertThat(read.rendering(tool, dialect))
            .as("%s in %s", tool.name(), dialect.key())
            .isEqualTo(DialectRenderer.render(dialect, tool).json());
      }
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
    assertThat(BuildRenderings.parse("toolwright-renderings 12\n")).isNull();
    assertThat(BuildRenderings.parse("toolwright-renderings 1\r\ntool\tfind\tk\n")).isNull();
    assertThat(BuildRenderings.parse("toolwright-renderings 1\ntool\tfind\tk\nopenai-chat {}\n"))
        .as("a dialect line without a tab")
        .isNull();
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
    return write(List.of(tool));
  }

  private static String write(List<ToolDefinition> tools) {
    Map<String, List<Rendering>> byName = new HashMap<>();
    for (ToolDefinition tool : tools) {
      List<Rendering> renderings = new ArrayList<>();
      for (Dialect dialect : Dialect.values()) {
        renderings.add(DialectRenderer.render(dialect, tool));
      }
      byName.put(tool.name(), renderings);
    }
    return BuildRenderings.write(tools, byName);
  }
}
