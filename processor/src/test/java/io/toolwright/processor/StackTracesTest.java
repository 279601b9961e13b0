package io.toolwright.processor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StackTracesTest {

  /** What a bug report needs: frames and the causes, not only the first frame. */
  @Test
  void keepsFramesAndCauses() {
    IllegalStateException error =
        new IllegalStateException("outer", new IllegalArgumentException("inner"));
    String trace = StackTraces.bounded(error);
    assertThat(trace)
        .startsWith(
            "java.lang.IllegalStateException: outer\n"
                + "\tat io.toolwright.processor.StackTracesTest.keepsFramesAndCauses(")
        .contains("\nCaused by: java.lang.IllegalArgumentException: inner\n\tat ");
  }

  @Test
  void boundsADeepTraceAndKeepsItsCause() {
    String trace = StackTraces.bounded(new RuntimeException("outer", deep(500)));
    assertThat(trace.lines().filter(line -> line.startsWith("\tat ")))
        .hasSize(2 * StackTraces.MAX_FRAMES);
    assertThat(trace)
        .contains("Caused by: java.lang.RuntimeException: deep")
        .matches("(?s).*\t\\.\\.\\. \\d+ more$");
  }

  @Test
  void boundsACauseChain() {
    Throwable chain = new RuntimeException("0");
    for (int i = 1; i < 20; i++) {
      chain = new RuntimeException(String.valueOf(i), chain);
    }
    assertThat(StackTraces.bounded(chain).lines().filter(line -> line.startsWith("Caused by")))
        .hasSize(StackTraces.MAX_CAUSES);
  }

  private static RuntimeException deep(int depth) {
    return depth == 0 ? new RuntimeException("deep") : deep(depth - 1);
  }
}
