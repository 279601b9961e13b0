package io.toolwright;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class ExcerptsTest {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  @Test
  void smallValuesAreQuotedWhole() {
    assertThat(Excerpts.of(JSON.stringNode("a\"b\nc"))).isEqualTo("\"a\\\"b\\nc\"");
    assertThat(Excerpts.of(JSON.objectNode().put("a", 1).put("b", true)))
        .isEqualTo("{\"a\":1,\"b\":true}");
    assertThat(Excerpts.of(JSON.nullNode())).isEqualTo("null");
    assertThat(Excerpts.of(null)).isNull();
  }

  @Test
  void hugeAndDeepValuesAreCutWithoutRenderingThemWhole() {
    ArrayNode wide = JSON.arrayNode();
    for (int i = 0; i < 1_000_000; i++) {
      wide.add(i);
    }
    ObjectNode deep = JSON.objectNode();
    ObjectNode node = deep;
    for (int i = 0; i < 100_000; i++) {
      node = node.putObject("a");
    }

    assertThat(Excerpts.of(wide))
        .hasSize(Excerpts.LIMIT + 1)
        .startsWith("[0,1,2")
        .endsWith("…");
    assertThat(Excerpts.of(deep)).hasSize(Excerpts.LIMIT + 1).startsWith("{\"a\":{\"a\":");
    assertThat(Excerpts.of(JSON.stringNode("z".repeat(1_000_000))))
        .hasSize(Excerpts.LIMIT + 1);
  }

  @Test
  void aroundAnOffsetKeepsCharactersWholeAndOnOneLine() {
    byte[] input =
        ("é".repeat(100) + "\n<here>\n" + "é".repeat(100)).getBytes(StandardCharsets.UTF_8);

    String excerpt = Excerpts.around(input, 200);

    assertThat(excerpt).startsWith("…").endsWith("…").contains(" <here> ").doesNotContain("\uFFFD");
    assertThat(excerpt.length()).isLessThanOrEqualTo(Excerpts.LIMIT + 2);
  }

  @Test
  void javaValuesAreRenderedBriefly() {
    assertThat(Excerpts.ofJava("x".repeat(500))).hasSize(Excerpts.LIMIT + 1).startsWith("\"xxx");
    assertThat(Excerpts.ofJava(List.of(1, 2, 3))).isEqualTo("[3 items]");
    assertThat(Excerpts.ofJava(new int[] {1, 2})).isEqualTo("[2 items]");
    assertThat(Excerpts.ofJava(java.time.LocalDate.of(2025, 1, 31))).isEqualTo("\"2025-01-31\"");
    assertThat(Excerpts.ofJava(null)).isEqualTo("null");
    assertThat(Excerpts.ofJava(12)).isEqualTo("12");
  }
}
