package io.toolwright.loop;

import io.toolwright.ToolResult;
import io.toolwright.wire.ModelTurn;
import io.toolwright.wire.ToolAnswer;
import java.util.List;

/**
 * One round of a {@link ModelLoop}: the model's turn, and, when it called tools, what each call
 * returned and what was sent back (the same, or cut to the loop's size limit).
 *
 * @param turn the model's turn
 * @param results one per call, in call order; empty when the turn has no calls or its calls were
 *     not run because the loop reached its round limit
 * @param answers what was sent back for each call, in call order
 */
public record LoopRound(ModelTurn turn, List<ToolResult> results, List<ToolAnswer> answers) {
  public LoopRound {
    results = List.copyOf(results);
    answers = List.copyOf(answers);
  }
}
