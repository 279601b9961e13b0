package io.toolwright.mcp;

import io.toolwright.Conversation;
import io.toolwright.spi.ConversationState;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live MCP sessions, each with its {@link Conversation}. A session's entry is made when the
 * session starts and removed when it ends, and nothing else makes one: a call still on its way when
 * its session was deleted cannot bring the session's entry back (it would never be removed again).
 */
final class Sessions {
  private final ConversationStates states;
  private final Map<String, Conversation> live = new ConcurrentHashMap<>();

  Sessions(ConversationStates states) {
    this.states = states;
  }

  /** A session starts: its conversation, in the state {@link ConversationStates} gives it. */
  void started(McpCaller session) {
    ConversationState state =
        Objects.requireNonNull(
            states.start(session), "ConversationStates.start returned null for " + session);
    live.put(session.sessionId(), Conversation.of(state));
  }

  /**
   * The conversation a call counts in: its live session's. A call without a session (a transport
   * that has none) or whose session has ended (the client deleted it while the call was on its
   * way) counts in a conversation of its own, which is not kept.
   */
  Conversation conversation(String sessionId) {
    Conversation conversation = sessionId == null ? null : live.get(sessionId);
    return conversation != null ? conversation : Conversation.create();
  }

  /** A session ended: its conversation is dropped and its state's store told. */
  void ended(String sessionId) {
    if (sessionId != null && live.remove(sessionId) != null) {
      states.ended(sessionId);
    }
  }

  /** The server closed: every session ended. */
  void endAll() {
    for (String sessionId : List.copyOf(live.keySet())) {
      ended(sessionId);
    }
  }

  int kept() {
    return live.size();
  }
}
