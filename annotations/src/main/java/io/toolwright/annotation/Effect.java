package io.toolwright.annotation;

/**
 * What calling a tool does to the world, as declared by its author.
 *
 * <p><b>What the runtime does with it today:</b> nothing beyond recording it. Every call runs once,
 * on the calling thread, in the order the model made the calls, whatever its effect; nothing is run
 * in parallel, retried or held for approval. The effect is part of what the build records and the
 * model is told: each tool's {@code ToolDefinition} carries it (a {@link #READ_ONLY} tool is always
 * idempotent), it is written into the tool's {@code META-INF/toolwright} resource, and it is part of
 * the tool's fingerprint, so a tool that turns from read-only to a write changes it.
 *
 * <p><b>What it is declared for:</b> the execution policies planned for the runtime (running reads in
 * parallel, retrying, asking a person before a destructive call) and the hints integrations pass on,
 * such as MCP's {@code readOnlyHint} and {@code destructiveHint}. Those policies will read the
 * effect declared here, so declare it truthfully now; until they exist, an application that must
 * gate a {@link #DESTRUCTIVE} tool has to do so itself, before it hands the call to the runtime.
 */
public enum Effect {
  /** Only reads: no state changes, so calling it again or alongside other reads is harmless. */
  READ_ONLY,
  /** Changes state. The default for a tool that declares nothing. */
  WRITE,
  /**
   * Changes state in a way that cannot be undone, such as a refund or a deletion. Declared so that
   * a policy can require approval; no approval is asked for today.
   */
  DESTRUCTIVE
}
