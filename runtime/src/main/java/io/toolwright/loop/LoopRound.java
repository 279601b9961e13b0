package io.toolwright.loop;

import io.toolwright.ToolResult;
import io.toolwright.wire.ModelTurn;
import io.toolwright.wire.ToolAnswer;
import java.util.List;
import java.util.Objects;

/**
 * One round of a {@link ModelLoop}: the model's turn and, when it called tools, what each call
 * returned and what was sent back (the same, or cut to the loop's size limit).
 *
 * <p>A final class rather than a record, like the runtime's other values, so that it can gain
 * properties (timings, token usage) without breaking callers.
 */
public final class LoopRound {

  private final ModelTurn turn;
  private final List<ToolResult> results;
  private final List<ToolAnswer> answers;

  LoopRound(ModelTurn turn, List<ToolResult> results, List<ToolAnswer> answers) {
    this.turn = Objects.requireNonNull(turn, "turn");
    this.results = List.copyOf(results);
    this.answers = List.copyOf(answers);
  }

  /** The model's turn. */
  public ModelTurn turn() {
    return turn;
  }

  /**
   * One result per call, in call order; empty when the turn has no calls, or when its calls were
   * not run because the loop had reached its round limit.
   */
  public List<ToolResult> results() {
    return results;
  }

  /** What was sent back for each call, in call order. */
  public List<ToolAnswer> answers() {
    return answers;
  }

  @Override
  public String toString() {
    return "LoopRound[" + turn + ", " + results.size() + " results]";
  }
}
