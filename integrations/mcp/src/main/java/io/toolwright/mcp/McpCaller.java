package io.toolwright.mcp;

import java.util.Objects;

/**
 * Who is calling a tool, as the server knows it: never taken from the call's arguments. A {@link
 * ContextProvider} reads it to choose the {@code @Context} values of the call.
 */
public final class McpCaller {
  private final String sessionId;
  private final String toolName;

  McpCaller(String sessionId, String toolName) {
    this.sessionId = sessionId;
    this.toolName = Objects.requireNonNull(toolName, "toolName");
  }

  /**
   * The MCP session's id as the SDK assigned it: one per connected client over stdio, one per
   * {@code Mcp-Session-Id} over Streamable HTTP; {@code null} when the transport has none.
   */
  public String sessionId() {
    return sessionId;
  }

  /** The tool the client asked for. */
  public String toolName() {
    return toolName;
  }

  @Override
  public String toString() {
    return "McpCaller[sessionId=" + sessionId + ", toolName=" + toolName + "]";
  }
}
