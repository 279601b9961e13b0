package io.toolwright;

import java.util.List;

/**
 * The tools an application offers a model, and the executor of the calls the model returns. An
 * immutable value: build one per configuration, share it between threads.
 *
 * <pre>{@code
 * ToolRegistry registry = ToolRegistry.of(BillingServiceTools.bind(billing));
 * List<ToolDefinition> tools = registry.definitions();          // what to send
 * List<ToolResult> results = registry.execute(calls, context);  // what to send back
 * }</pre>
 */
public final class ToolRegistry {

  // Filled in by the executor work: see issue 2.
  private ToolRegistry() {}

  /** A registry of the given tool sets; duplicate tool names are rejected. */
  public static ToolRegistry of(ToolSet... sets) {
    throw new UnsupportedOperationException("pending");
  }

  /** Every tool's definition, in registration order. */
  public List<ToolDefinition> definitions() {
    throw new UnsupportedOperationException("pending");
  }

  /** Executes the calls of one model response, returning one result per call, in call order. */
  public List<ToolResult> execute(List<ToolCall> calls, ToolContext context) {
    throw new UnsupportedOperationException("pending");
  }
}
