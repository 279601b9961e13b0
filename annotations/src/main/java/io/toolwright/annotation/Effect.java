package io.toolwright.annotation;

/**
 * What calling a tool does to the world. The effect is not decoration: the runtime uses it to decide
 * what may run in parallel, what may be retried and what needs approval, and it maps to MCP's
 * {@code readOnlyHint} and {@code destructiveHint}.
 */
public enum Effect {
  /** Only reads; safe to run in parallel with other reads and to retry. */
  READ_ONLY,
  /** Changes state; runs one at a time, in the model's order. */
  WRITE,
  /** Changes state in a way that cannot be undone (a refund, a deletion); needs approval. */
  DESTRUCTIVE
}
