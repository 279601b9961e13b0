package io.toolwright.loop;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.Dialect;
import io.toolwright.RenderedTools;
import io.toolwright.ToolRegistry;
import io.toolwright.WireFixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A client's SDK tools: converted once per rendering in a row, again for another one. */
class ConvertedToolsTest {

  private final ToolRegistry registry = WireFixtures.billingRegistry();
  private final List<RenderedTools> converted = new ArrayList<>();
  private final ConvertedTools<String> sdkTools =
      new ConvertedTools<>(
          tools -> {
            converted.add(tools);
            return "sdk:" + tools.json();
          });

  @Test
  void theSameRenderingIsConvertedOnce() {
    RenderedTools chat = registry.definitions(Dialect.OPENAI_CHAT);

    String first = sdkTools.of(chat);
    String second = sdkTools.of(chat);

    assertThat(second).isSameAs(first).isEqualTo("sdk:" + chat.json());
    assertThat(converted).containsExactly(chat);
  }

  @Test
  void anotherRenderingIsConvertedAndOnlyTheLastIsKept() {
    RenderedTools chat = registry.definitions(Dialect.OPENAI_CHAT);
    RenderedTools gemini = registry.definitions(Dialect.GEMINI_JSON_SCHEMA);

    sdkTools.of(chat);
    assertThat(sdkTools.of(gemini)).isEqualTo("sdk:" + gemini.json());
    sdkTools.of(chat);

    assertThat(converted).containsExactly(chat, gemini, chat);
  }
}
