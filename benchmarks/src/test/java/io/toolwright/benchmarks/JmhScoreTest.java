package io.toolwright.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JmhScoreTest {

  @Test
  void aSlowForkDoesNotMoveTheMedianOfFive() {
    // Four forks in the fast JIT state, one in the slow: a mean would say 6,660 ns.
    JmhScore score = JmhScore.medianOf(5_900, 9_400, 6_000, 5_800, 6_200);

    assertThat(score.value()).isEqualTo(6_000);
    assertThat(score.cell()).isEqualTo("6000 [5800-9400]");
  }

  @Test
  void anEvenNumberOfForksTakesTheMiddlePairsMean() {
    JmhScore score = JmhScore.medianOf(8_868, 5_963);

    assertThat(score.value()).isEqualTo((5_963 + 8_868) / 2.0);
    assertThat(score.cell()).isEqualTo("7416 [5963-8868]");
  }

  @Test
  void oneForkShowsNoRange() {
    JmhScore score = JmhScore.medianOf(1_632.4);

    assertThat(score.value()).isEqualTo(1_632.4);
    assertThat(score.cell()).isEqualTo("1632");
  }

  @Test
  void noForkIsAnError() {
    assertThatThrownBy(JmhScore::medianOf).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theForksAreNotReordered() {
    double[] means = {3, 1, 2};

    JmhScore.medianOf(means);

    assertThat(means).containsExactly(3, 1, 2);
  }
}
