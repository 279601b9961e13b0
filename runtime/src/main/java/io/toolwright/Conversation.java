package io.toolwright;

import java.util.HashMap;
import java.util.Map;

/**
 * What the registry remembers across the responses of one conversation with a model: how many
 * calls were made, per tool and in total (for {@link ExecutionPolicy#maxCallsPerTool} and {@link
 * ExecutionPolicy#maxCallsPerConversation}), and how often each distinct call (tool and canonical
 * arguments) has failed, so that a model re-issuing the same failing call gets at most {@link
 * ExecutionPolicy#MAX_ATTEMPTS} attempts in total. Create one per conversation and pass it to every
 * {@code execute} of that conversation; thread-safe.
 *
 * <p>Held in memory. An application on several instances keeps a conversation on the instance that
 * serves it, or (later) plugs in a shared store; the state is a few counters keyed by tool name and
 * a SHA-256 of canonical arguments, never the arguments themselves.
 */
public final class Conversation {

  /** Why a call may not run; {@code null} from {@link #tryCount} when it may. */
  enum Budget {
    TOOL,
    CONVERSATION
  }

  private final Map<String, Integer> callsByTool = new HashMap<>();
  private final Map<String, Integer> failuresByCall = new HashMap<>();
  private int calls;

  private Conversation() {}

  /** A new conversation, with no calls made. */
  public static Conversation create() {
    return new Conversation();
  }

  /** The calls made so far in this conversation, to any tool. */
  public synchronized int callsMade() {
    return calls;
  }

  /** The calls made so far to {@code tool}. */
  public synchronized int callsMade(String tool) {
    return callsByTool.getOrDefault(tool, 0);
  }

  /** Counts a call to {@code tool} if both budgets allow it; otherwise says which does not. */
  synchronized Budget tryCount(String tool, int maxPerTool, int maxTotal) {
    int toTool = callsByTool.getOrDefault(tool, 0);
    if (toTool >= maxPerTool) {
      return Budget.TOOL;
    }
    if (calls >= maxTotal) {
      return Budget.CONVERSATION;
    }
    callsByTool.put(tool, toTool + 1);
    calls++;
    return null;
  }

  /** How often the call with this key has failed. */
  synchronized int failures(String callKey) {
    return failuresByCall.getOrDefault(callKey, 0);
  }

  synchronized void failed(String callKey) {
    failuresByCall.merge(callKey, 1, Integer::sum);
  }

  /** A success ends the count: the next failure of the same call starts again. */
  synchronized void succeeded(String callKey) {
    failuresByCall.remove(callKey);
  }

  @Override
  public synchronized String toString() {
    return "Conversation[calls=" + calls + ", byTool=" + callsByTool + "]";
  }
}
