package io.toolwright.annotation;

/**
 * What calling a tool does to the world, as declared by its author.
 *
 * <p><b>What the runtime does with it:</b> the registry's execution policy reads it. Consecutive
 * {@link #READ_ONLY} calls may run in parallel and may be tried again after a transient failure;
 * a {@link #WRITE} or {@link #DESTRUCTIVE} call runs alone, in the order the model made the calls,
 * is tried again only when declared idempotent, and a time-out leaves its outcome unknown rather
 * than failed. The effect is also part of what the build records and the model is told: each tool's
 * {@code ToolDefinition} carries it (a {@link #READ_ONLY} tool is always idempotent), it is written
 * into the tool's {@code META-INF/toolwright} resource, and it is part of the tool's fingerprint,
 * so a tool that turns from read-only to a write changes it.
 *
 * <p><b>Still to come:</b> asking a person before a {@link #DESTRUCTIVE} call. Until approvals
 * exist, an application that must gate a destructive tool has to do so itself, before it hands the
 * call to the runtime. Integrations pass the effect on as hints, such as MCP's {@code
 * readOnlyHint} and {@code destructiveHint}.
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
