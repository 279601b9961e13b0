package io.toolwright.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.Excerpts;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** Excerpts show what came, escaped where a character would break the line or hide itself. */
class ExcerptEscapesTest {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  @Test
  void separatorsAndInvisibleFormattingAreEscaped() {
    assertThat(Excerpts.of(JSON.stringNode("a\u2028b\u2029c\u202Ed\u200Be\uFEFFf")))
        .isEqualTo("\"a\\u2028b\\u2029c\\u202Ed\\u200Be\\uFEFFf\"");
    assertThat(Excerpts.of(JSON.objectNode().put("k\u202E", "v")))
        .isEqualTo("{\"k\\u202E\":\"v\"}");
    assertThat(Excerpts.of(JSON.stringNode("é ü 日本"))).isEqualTo("\"é ü 日本\"");
  }
}
