package io.toolwright.spi;

/**
 * Where a {@link io.toolwright.Conversation} keeps its counts: calls per tool and in total, and
 * failures per distinct call. {@link #inMemory()} is the default; an application on several
 * instances implements it over a shared database (every method one atomic statement, {@link
 * #tryCount} a conditional update), so the caps and the attempts counted across responses hold
 * whichever instance serves the next response. Keys are tool names and SHA-256 fingerprints of
 * calls, never argument values.
 */
public interface ConversationState {

  /** What {@link #tryCount} did. */
  enum Count {
    /** The call was counted and may run. */
    COUNTED,
    /** The tool's budget is spent; nothing was counted. */
    TOOL_BUDGET_SPENT,
    /** The conversation's budget is spent; nothing was counted. */
    CONVERSATION_BUDGET_SPENT
  }

  /** Counts a call to {@code tool}, atomically, if neither budget is spent. */
  Count tryCount(String tool, int maxPerTool, int maxTotal);

  /** The calls counted so far, to any tool. */
  int callsMade();

  /** The calls counted so far to {@code tool}. */
  int callsMade(String tool);

  /** How often the call with this fingerprint has failed since its last success. */
  int failures(String callKey);

  /** One more failure of the call with this fingerprint. */
  void failed(String callKey);

  /** The call with this fingerprint succeeded: its failures are forgotten. */
  void succeeded(String callKey);

  /** Counts in this JVM's memory, thread-safe. */
  static ConversationState inMemory() {
    return new InMemoryConversationState();
  }
}
