package io.toolwright.mcp;

import io.toolwright.spi.ConversationState;

/**
 * Where the {@link io.toolwright.Conversation} of each MCP session keeps its counts (calls per tool
 * and in total, failures per call): one {@link ConversationState} per session, asked for when the
 * session starts and told when it ends. {@link #inMemory()} is the default; an application that
 * wants the counts in its own store (to audit them, or to keep them with its other session data)
 * implements this over that store.
 *
 * <pre>{@code
 * McpToolServer.builder(registry)
 *     .conversationStates(new ConversationStates() {
 *       public ConversationState start(McpCaller session) {
 *         return store.stateOf(session.sessionId());
 *       }
 *       public void ended(String sessionId) {
 *         store.drop(sessionId);
 *       }
 *     })
 *     .startHttp(options);
 * }</pre>
 */
@FunctionalInterface
public interface ConversationStates {

  /**
   * The state of a session that starts: over Streamable HTTP when the client's {@code initialize}
   * creates its {@code Mcp-Session-Id} (before the client learns the id); over stdio when the
   * server starts. {@code session.toolName()} is {@code null}; {@code session.principal()} is the
   * principal of the {@code initialize} request's bearer token, or over stdio the one configured
   * with {@link McpToolServer.Builder#stdioPrincipal}.
   */
  ConversationState start(McpCaller session);

  /**
   * The session ended: the client's {@code DELETE}, a request for a session the SDK has already
   * ended (it ends sessions idle for 30 minutes itself, and says so only then), or the server
   * closing. No call of the session counts in its state after this; the store may drop it. Does
   * nothing unless overridden.
   */
  default void ended(String sessionId) {}

  /** Counts in this JVM's memory, a fresh {@link ConversationState#inMemory()} per session. */
  static ConversationStates inMemory() {
    return session -> ConversationState.inMemory();
  }
}
