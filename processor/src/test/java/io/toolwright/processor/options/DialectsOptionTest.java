package io.toolwright.processor.options;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.Dialect;
import io.toolwright.processor.diagnostics.Message;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code -Atoolwright.dialects}: which providers' rejections fail the build. */
class DialectsOptionTest {

  @Test
  void defaultsToTheDialectsThatExpressEveryAcceptedType() {
    Options options = Options.parse(Map.of());
    assertThat(options.dialects())
        .containsExactly(
            Dialect.OPENAI_CHAT,
            Dialect.OPENAI_RESPONSES,
            Dialect.ANTHROPIC,
            Dialect.GEMINI_JSON_SCHEMA,
            Dialect.MCP);
    assertThat(options.problems()).isEmpty();
  }

  @Test
  void allAndNone() {
    assertThat(Options.parse(Map.of("toolwright.dialects", "ALL")).dialects())
        .isEqualTo(EnumSet.allOf(Dialect.class));
    assertThat(Options.parse(Map.of("toolwright.dialects", "none")).dialects()).isEmpty();
  }

  @Test
  void aListSelectsExactlyItsDialectsAndAnUnknownKeyIsAWarning() {
    Options options =
        Options.parse(Map.of("toolwright.dialects", " openai-chat-strict, gemini ,,claude"));
    assertThat(options.dialects()).containsExactly(Dialect.OPENAI_CHAT_STRICT, Dialect.GEMINI);
    assertThat(options.problems()).hasSize(1);
    Options.Problem problem = options.problems().get(0);
    assertThat(problem.message()).isEqualTo(Message.INVALID_OPTION_VALUE);
    assertThat(problem.message().format(problem.args()))
        .contains("no dialect \"claude\"")
        .contains("openai-chat-strict");
  }
}
