package io.toolwright.processor;

/**
 * The seed of the generated probes: fixed, so that every run makes the same ones; another one with
 * {@code -Dtoolwright.verdict.seed=N}.
 */
final class VerdictSeed {

  static final long SEED = Long.getLong("toolwright.verdict.seed", 20250615L);

  private VerdictSeed() {}
}
