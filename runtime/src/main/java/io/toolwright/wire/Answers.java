package io.toolwright.wire;

import io.toolwright.ToolCall;
import java.util.ArrayList;
import java.util.List;

/** Puts the answers of a turn in the order of its calls, one each, as every provider requires. */
final class Answers {

  private Answers() {}

  /**
   * The answers, the i-th answering the i-th call: each call takes the first answer not yet taken
   * with its id, so results in another order, or calls with the same id, still pair.
   *
   * @throws IllegalArgumentException if a call has no answer or an answer no call: a provider
   *     rejects a conversation with either
   */
  static List<ToolAnswer> inCallOrder(ModelTurn turn, List<ToolAnswer> answers) {
    List<ToolAnswer> left = new ArrayList<>(answers);
    List<ToolAnswer> ordered = new ArrayList<>();
    for (ToolCall call : turn.calls()) {
      ToolAnswer match = null;
      for (ToolAnswer answer : left) {
        if (answer.callId().equals(call.id())) {
          match = answer;
          break;
        }
      }
      if (match == null) {
        throw new IllegalArgumentException(
            "no result for call " + call.id() + " (" + call.name() + "): every call needs one");
      }
      left.remove(match);
      ordered.add(match);
    }
    if (!left.isEmpty()) {
      throw new IllegalArgumentException(
          "results for calls this turn did not make: "
              + left.stream().map(ToolAnswer::callId).toList());
    }
    return ordered;
  }
}
