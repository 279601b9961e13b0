package io.toolwright.benchmarks;

import io.toolwright.annotation.Effect;
import io.toolwright.annotation.Tool;

/**
 * A tool that does almost nothing, so that what {@link SharedRegistryBenchmark} measures on many
 * threads is the registry (parsing, checking, converting, writing the result) and not a lock in the
 * tool: the sample app's tools record each call in a synchronized activity log.
 */
public final class Arithmetic {

  /** The sum of two whole numbers. */
  public record Sum(long sum) {}

  /**
   * Adds two whole numbers and returns their sum.
   *
   * @param a the first number to add
   * @param b the second number to add
   */
  @Tool(effect = Effect.READ_ONLY)
  public Sum add(int a, int b) {
    return new Sum((long) a + b);
  }
}
