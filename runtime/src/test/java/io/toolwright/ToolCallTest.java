package io.toolwright;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

class ToolCallTest {

  @Test
  void toStringShowsShortArgumentsWhole() {
    assertThat(ToolCall.of("c1", "get_balance", "{\"accountId\":\"ACC-1001\"}").toString())
        .isEqualTo("ToolCall[id=c1, name=get_balance, arguments={\"accountId\":\"ACC-1001\"}]");
  }

  @Test
  void toStringBoundsLongArgumentsToOneLine() {
    String text =
        ToolCall.of("c1", "t", "{\n  \"a\": \"" + "x".repeat(100_000) + "\"\n}").toString();

    assertThat(text).hasSizeLessThan(200).doesNotContain("\n").contains("…");
  }

  @Test
  void toStringDoesNotThrowOnATreeDeeperThanJacksonWrites() {
    ArrayNode root = JsonNodeFactory.instance.arrayNode();
    ArrayNode current = root;
    for (int i = 0; i < 2_000; i++) {
      current = current.addArray();
    }

    assertThat(ToolCall.ofTree("c1", "t", root).toString())
        .startsWith("ToolCall[id=c1, name=t, arguments=[[[")
        .hasSizeLessThan(200);
  }
}
