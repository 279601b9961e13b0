package io.toolwright.mcp;

import io.toolwright.ToolContext;

/**
 * The {@code @Context} values of a call, from the server's own configuration: an MCP client can
 * send only arguments, so a signed-in user, a tenant or a database handle never comes from it.
 */
@FunctionalInterface
public interface ContextProvider {

  /** The values for one call; {@link ToolContext#empty()} when none are needed. */
  ToolContext contextFor(McpCaller caller);
}
