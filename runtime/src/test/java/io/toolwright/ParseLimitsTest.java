package io.toolwright;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParseLimitsTest {

  @Test
  void defaultsAreTheDocumentedValues() {
    ParseLimits limits = ParseLimits.defaults();

    assertThat(limits.maxDepth()).isEqualTo(64);
    assertThat(limits.maxDocumentBytes()).isEqualTo(1_048_576);
    assertThat(limits.maxStringLength()).isEqualTo(262_144);
    assertThat(limits.maxNumberLength()).isEqualTo(100);
    assertThat(limits.maxNameLength()).isEqualTo(256);
    assertThat(limits.maxExponent()).isEqualTo(1000);
  }

  @Test
  void theBuilderChangesOnlyWhatIsSet() {
    ParseLimits limits = ParseLimits.builder().maxDepth(8).maxStringLength(1000).build();

    assertThat(limits)
        .isEqualTo(new ParseLimits(8, 1_048_576, 1000, 100, 256, 1000))
        .isEqualTo(limits.toBuilder().build());
  }

  @Test
  void nonsenseLimitsAreRejected() {
    assertThatThrownBy(() -> ParseLimits.builder().maxDepth(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxDepth");
    assertThatThrownBy(() -> ParseLimits.builder().maxDepth(1001).build())
        .hasMessageContaining("between 1 and 1000");
    assertThatThrownBy(() -> ParseLimits.builder().maxDocumentBytes(0).build())
        .hasMessageContaining("maxDocumentBytes");
    assertThatThrownBy(() -> ParseLimits.builder().maxStringLength(-1).build())
        .hasMessageContaining("maxStringLength");
    assertThatThrownBy(() -> ParseLimits.builder().maxNumberLength(0).build())
        .hasMessageContaining("maxNumberLength");
    assertThatThrownBy(() -> ParseLimits.builder().maxNameLength(0).build())
        .hasMessageContaining("maxNameLength");
    assertThatThrownBy(() -> ParseLimits.builder().maxExponent(0).build())
        .hasMessageContaining("maxExponent");
  }
}
