package io.toolwright.processor.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which {@code @Pattern}s bound a string's length, for {@code unbounded-input}. */
class UnboundedPatternTest {

  @Test
  void fixedAndBoundedRepetitionsBound() {
    assertThat(UnboundedInputRule.boundedPattern("INV-[0-9]{4}")).isTrue();
    assertThat(UnboundedInputRule.boundedPattern("N-[0-9]{1,6}")).isTrue();
    assertThat(UnboundedInputRule.boundedPattern("[A-Z]{3}|[a-z]{2}")).isTrue();
    assertThat(UnboundedInputRule.boundedPattern("\\d{4}-\\d{2}-\\d{2}")).isTrue();
  }

  /** {@code +} and {@code *} escaped or inside a class are literal characters. */
  @Test
  void literalPlusAndStarBound() {
    assertThat(UnboundedInputRule.boundedPattern("\\+?[0-9]{7,15}")).isTrue();
    assertThat(UnboundedInputRule.boundedPattern("[+*]{1,2}")).isTrue();
    assertThat(UnboundedInputRule.boundedPattern("[]+]{2}")).isTrue();
  }

  @Test
  void openEndedRepetitionsDoNotBound() {
    assertThat(UnboundedInputRule.boundedPattern("[A-Za-z ]+")).isFalse();
    assertThat(UnboundedInputRule.boundedPattern("a.*")).isFalse();
    assertThat(UnboundedInputRule.boundedPattern("x{2,}")).isFalse();
    assertThat(UnboundedInputRule.boundedPattern("[a-z]{1,3}\\.[a-z]+?")).isFalse();
    assertThat(UnboundedInputRule.boundedPattern("[\\]]+")).isFalse();
  }
}
