package io.toolwright.mcp;

/**
 * Who is calling a tool, as the server knows it: never taken from the call's arguments. A {@link
 * ContextProvider} reads it to choose the {@code @Context} values of the call.
 */
public final class McpCaller {
  private final String sessionId;
  private final String toolName;
  private final String principal;

  McpCaller(String sessionId, String toolName, String principal) {
    this.sessionId = sessionId;
    this.toolName = toolName;
    this.principal = principal;
  }

  /**
   * The MCP session's id as the SDK assigned it: one per connected client over stdio, one per
   * {@code Mcp-Session-Id} over Streamable HTTP; {@code null} when the transport has none, and
   * over stdio while the client lists the tools (the SDK's list filter does not see it there).
   */
  public String sessionId() {
    return sessionId;
  }

  /** The tool the client asked for; {@code null} while it lists the tools ({@code tools/list}). */
  public String toolName() {
    return toolName;
  }

  /**
   * Who the request's bearer token authenticates, as {@link HttpOptions.Builder#bearerToken(String,
   * String)} maps it; {@code null} over stdio and for a token that names no principal.
   */
  public String principal() {
    return principal;
  }

  @Override
  public String toString() {
    return "McpCaller[sessionId="
        + sessionId
        + ", toolName="
        + toolName
        + ", principal="
        + principal
        + "]";
  }
}
