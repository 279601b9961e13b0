package io.toolwright;

import io.toolwright.spi.ConversationState;
import java.util.Objects;

/**
 * What the registry remembers across the responses of one conversation with a model: how many
 * calls were made, per tool and in total (for {@link ExecutionPolicy#maxCallsPerTool} and {@link
 * ExecutionPolicy#maxCallsPerConversation}), and how often each distinct call (tool and canonical
 * arguments) has failed, so that a model re-issuing the same failing call gets at most {@link
 * ExecutionPolicy#MAX_ATTEMPTS} attempts in total. Create one per conversation and pass it to every
 * {@code execute} of that conversation; thread-safe.
 *
 * <p>The counts live in a {@link ConversationState}: in memory by default ({@link #create()}), or
 * in the application's shared store ({@link #of(ConversationState)}) when the responses of one
 * conversation may be served by different instances. They are keyed by tool name and the SHA-256
 * of canonical arguments, never the arguments themselves.
 */
public final class Conversation {

  private final ConversationState state;
  /** Whether {@link #state} is this conversation's own, so every failure is recorded through it. */
  private final boolean own;
  /** Set before the first failure is recorded. */
  private volatile boolean failedOnce;

  private Conversation(ConversationState state, boolean own) {
    this.state = state;
    this.own = own;
  }

  /** A new conversation, with no calls made, counted in memory. */
  public static Conversation create() {
    return new Conversation(ConversationState.inMemory(), true);
  }

  /** A conversation counted in {@code state}, for example a row in the application's database. */
  public static Conversation of(ConversationState state) {
    return new Conversation(Objects.requireNonNull(state, "state"), false);
  }

  /**
   * False only when no call of this conversation can have failed: it counts in memory, and none
   * failed yet. Then no call's key needs hashing to look its failures up. An application's state
   * may hold failures from another instance, so it is always asked.
   */
  boolean mayHaveFailures() {
    return !own || failedOnce;
  }

  /** The calls made so far in this conversation, to any tool. */
  public int callsMade() {
    return state.callsMade();
  }

  /** The calls made so far to {@code tool}. */
  public int callsMade(String tool) {
    return state.callsMade(tool);
  }

  ConversationState.Count tryCount(String tool, int maxPerTool, int maxTotal) {
    return state.tryCount(tool, maxPerTool, maxTotal);
  }

  int failures(String callKey) {
    return state.failures(callKey);
  }

  void failed(String callKey) {
    failedOnce = true;
    state.failed(callKey);
  }

  void succeeded(String callKey) {
    state.succeeded(callKey);
  }

  @Override
  public String toString() {
    return "Conversation[" + state + "]";
  }
}
