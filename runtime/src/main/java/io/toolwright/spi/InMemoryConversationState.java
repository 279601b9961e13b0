package io.toolwright.spi;

import java.util.HashMap;
import java.util.Map;

/** {@link ConversationState#inMemory()}: maps under one lock. */
final class InMemoryConversationState implements ConversationState {

  // Sized for the usual conversation, a few tools, none failing: a registry makes one state per
  // execute without a conversation, so these are made on every such call.
  private final Map<String, Integer> callsByTool = new HashMap<>(4);
  /** Made for the first failure. */
  private Map<String, Integer> failuresByCall;
  private int calls;

  @Override
  public synchronized Count tryCount(String tool, int maxPerTool, int maxTotal) {
    int toTool = callsByTool.getOrDefault(tool, 0);
    if (toTool >= maxPerTool) {
      return Count.TOOL_BUDGET_SPENT;
    }
    if (calls >= maxTotal) {
      return Count.CONVERSATION_BUDGET_SPENT;
    }
    callsByTool.put(tool, toTool + 1);
    calls++;
    return Count.COUNTED;
  }

  @Override
  public synchronized int callsMade() {
    return calls;
  }

  @Override
  public synchronized int callsMade(String tool) {
    return callsByTool.getOrDefault(tool, 0);
  }

  @Override
  public synchronized int failures(String callKey) {
    return failuresByCall == null ? 0 : failuresByCall.getOrDefault(callKey, 0);
  }

  @Override
  public synchronized void failed(String callKey) {
    if (failuresByCall == null) {
      failuresByCall = new HashMap<>();
    }
    failuresByCall.merge(callKey, 1, Integer::sum);
  }

  @Override
  public synchronized void succeeded(String callKey) {
    if (failuresByCall != null) {
      failuresByCall.remove(callKey);
    }
  }

  @Override
  public synchronized String toString() {
    return "calls=" + calls + ", byTool=" + callsByTool;
  }
}
