package io.toolwright.loop;

import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * How a {@link ModelLoop#run} ended, with its transcript. A final class rather than a record, like
 * the runtime's other values, so that it can gain properties (token usage, say) without breaking
 * callers.
 */
public final class LoopResult {

  /** Why the loop ended. */
  public enum Outcome {
    /** The model answered without calling a tool. */
    ANSWERED,
    /**
     * The model still called tools in the last round the loop allows. Those calls were not run, and
     * the turn that made them is in {@link #rounds()} but not in {@link #conversation()}, which a
     * provider would refuse with calls left unanswered.
     */
    ROUND_LIMIT
  }

  private final Outcome outcome;
  private final String text;
  private final List<LoopRound> rounds;
  private final List<JsonNode> conversation;

  LoopResult(Outcome outcome, String text, List<LoopRound> rounds, List<JsonNode> conversation) {
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.text = Objects.requireNonNull(text, "text");
    this.rounds = List.copyOf(rounds);
    this.conversation = List.copyOf(conversation);
  }

  /** Whether the model answered or the loop stopped it. */
  public Outcome outcome() {
    return outcome;
  }

  /** Whether the model answered in text. */
  public boolean answered() {
    return outcome == Outcome.ANSWERED;
  }

  /** The model's last text: its answer when {@link Outcome#ANSWERED}; may be empty. */
  public String text() {
    return text;
  }

  /** Every model turn with the results sent back, in order. */
  public List<LoopRound> rounds() {
    return rounds;
  }

  /**
   * The whole conversation in the provider's format, the items the run started with first. Always
   * one a provider takes: append a user message and run again to go on.
   */
  public List<JsonNode> conversation() {
    return conversation;
  }

  @Override
  public String toString() {
    return "LoopResult[" + outcome + ", " + rounds.size() + " rounds]";
  }
}
