package io.toolwright.loop;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * How a {@link ModelLoop#run} ended, with its transcript.
 *
 * @param outcome whether the model answered or the loop stopped it
 * @param text the model's last text: its answer when {@link Outcome#ANSWERED}
 * @param rounds every model turn with the results sent back, in order
 * @param conversation the whole conversation in the provider's format, the items the run started
 *     with first; always one a provider takes, so append a user message and run again to go on
 */
public record LoopResult(
    Outcome outcome, String text, List<LoopRound> rounds, List<JsonNode> conversation) {

  /** Why the loop ended. */
  public enum Outcome {
    /** The model answered without calling a tool. */
    ANSWERED,
    /**
     * The model still called tools in the last round the loop allows. Those calls were not run,
     * and the turn that made them is in {@link #rounds()} but not in {@link #conversation()}, which
     * a provider would refuse with calls left unanswered.
     */
    ROUND_LIMIT
  }

  public LoopResult {
    rounds = List.copyOf(rounds);
    conversation = List.copyOf(conversation);
  }

  /** Whether the model answered in text. */
  public boolean answered() {
    return outcome == Outcome.ANSWERED;
  }
}
