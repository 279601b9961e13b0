package io.toolwright.spi;

import io.toolwright.ToolContext;
import io.toolwright.ToolDefinition;
import tools.jackson.databind.JsonNode;

/**
 * Which tools the principal of a request may use, and which calls: complete mediation in the
 * application's terms. The principal is whatever the application put in the {@link ToolContext}
 * (the signed-in user, a tenant, roles), never something the model said. Set one on {@link
 * io.toolwright.ExecutionPolicy.Builder#permissions}; unless set, every tool is permitted.
 *
 * <p>A tool the principal may not use is left out of {@link
 * io.toolwright.ToolRegistry#definitions(ToolContext)} and a call to it is refused with {@link
 * io.toolwright.ErrorCode#PERMISSION_DENIED} before it runs; so is a call {@link #permits} refuses.
 * Both run on the thread that calls {@code execute}; they must be thread-safe and quick. An
 * exception from either refuses the call (and is told to the listener), never runs it.
 */
public interface ToolPermissions {

  /** Whether the principal in {@code context} may use {@code tool} at all. */
  boolean mayUse(ToolContext context, ToolDefinition tool);

  /**
   * Whether this call may run, with its arguments as parsed and checked (do not modify them): for
   * rules on values, such as "refunds above 500 need a manager". By default, {@link #mayUse}.
   */
  default boolean permits(ToolContext context, ToolDefinition tool, JsonNode arguments) {
    return mayUse(context, tool);
  }

  /** Every tool to everyone: the default. */
  static ToolPermissions all() {
    return EveryTool.INSTANCE;
  }
}
