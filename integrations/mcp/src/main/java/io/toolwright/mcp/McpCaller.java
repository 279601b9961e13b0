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
   * The MCP session's id: over Streamable HTTP the client's {@code Mcp-Session-Id}; over stdio
   * the server's one session, an id made when it starts ({@code stdio-<uuid>}), the same for
   * lists and calls.
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
   * String)} maps it ({@code null} for a token that names no principal); over stdio the principal
   * of the server's configuration ({@link McpToolServer.Builder#stdioPrincipal}), {@code null}
   * when none is configured.
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
