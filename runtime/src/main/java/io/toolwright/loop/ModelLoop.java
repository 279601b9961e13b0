package io.toolwright.loop;

import io.toolwright.Dialect;
import io.toolwright.RenderedTools;
import io.toolwright.ToolContext;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolResult;
import io.toolwright.wire.ModelTurn;
import io.toolwright.wire.ToolAnswer;
import io.toolwright.wire.WireFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The tool-calling loop: send the conversation and the registry's tools, run the calls the model
 * returns through {@link ToolRegistry#execute}, append its turn and the results, and repeat until
 * the model answers without calling a tool. Bounded twice: in rounds (model requests) and in the
 * size of each result sent back.
 *
 * <pre>{@code
 * ModelLoop loop = ModelLoop.builder(registry, WireFormat.openAiChat(), client)
 *     .maxRounds(8)
 *     .maxResultChars(20_000)
 *     .build();
 * LoopResult result = loop.run("Which invoices are overdue?", ToolContext.of("customer", 42L));
 * result.text();  // the model's answer
 * }</pre>
 *
 * <p>Provider-neutral: the {@link WireFormat} reads turns and writes results, the {@link
 * ModelClient} talks to the provider. Immutable and thread-safe when the client is; each {@link
 * #run} has its own conversation.
 */
public final class ModelLoop {

  /**
   * Rounds unless set: enough for a few dependent lookups, few enough to stop a model that loops.
   */
  public static final int DEFAULT_MAX_ROUNDS = 10;

  /** Characters of a result's JSON sent back unless set (about 25,000 tokens). */
  public static final int DEFAULT_MAX_RESULT_CHARS = 100_000;

  private final ToolRegistry registry;
  private final WireFormat format;
  private final ModelClient client;
  private final RenderedTools tools;
  private final int maxRounds;
  private final int maxResultChars;

  private ModelLoop(Builder builder) {
    this.registry = builder.registry;
    this.format = builder.format;
    this.client = builder.client;
    this.tools = registry.definitions(builder.dialect);
    this.maxRounds = builder.maxRounds;
    this.maxResultChars = builder.maxResultChars;
  }

  /**
   * A builder for a loop over {@code registry}'s tools, speaking {@code format} to {@code client}.
   */
  public static Builder builder(ToolRegistry registry, WireFormat format, ModelClient client) {
    return new Builder(registry, format, client);
  }

  /** The tools the loop sends, in its dialect. */
  public RenderedTools tools() {
    return tools;
  }

  /** Runs a conversation that starts with one user message. */
  public LoopResult run(String userMessage, ToolContext context) {
    return run(List.of(format.userMessage(userMessage)), context);
  }

  /**
   * Runs a conversation from the items given (in the format's shape: earlier turns, the new user
   * message last).
   *
   * <p>What the client throws (a network or API error) propagates; the calls of earlier rounds have
   * run by then.
   *
   * @throws io.toolwright.wire.WireFormatException if a response holds no turn or a call that
   *     cannot be answered
   */
  public LoopResult run(List<JsonNode> conversation, ToolContext context) {
    Objects.requireNonNull(context, "context");
    List<JsonNode> items = new ArrayList<>(conversation);
    List<LoopRound> rounds = new ArrayList<>();
    for (int round = 1; ; round++) {
      ModelTurn turn = format.read(client.send(List.copyOf(items), tools));
      if (!turn.hasCalls()) {
        items.addAll(turn.conversationItems());
        rounds.add(new LoopRound(turn, List.of(), List.of()));
        return new LoopResult(LoopResult.Outcome.ANSWERED, turn.text(), rounds, items);
      }
      if (round == maxRounds) {
        rounds.add(new LoopRound(turn, List.of(), List.of()));
        return new LoopResult(LoopResult.Outcome.ROUND_LIMIT, turn.text(), rounds, items);
      }
      List<ToolResult> results = registry.execute(turn.calls(), context);
      List<ToolAnswer> answers =
          results.stream().map(result -> ToolAnswer.bounded(result, maxResultChars)).toList();
      items.addAll(turn.conversationItems());
      items.addAll(format.answerWith(turn, answers));
      rounds.add(new LoopRound(turn, results, answers));
    }
  }

  /** Builds a {@link ModelLoop}. */
  public static final class Builder {
    private final ToolRegistry registry;
    private final WireFormat format;
    private final ModelClient client;
    private Dialect dialect;
    private int maxRounds = DEFAULT_MAX_ROUNDS;
    private int maxResultChars = DEFAULT_MAX_RESULT_CHARS;

    private Builder(ToolRegistry registry, WireFormat format, ModelClient client) {
      this.registry = Objects.requireNonNull(registry, "registry");
      this.format = Objects.requireNonNull(format, "format");
      this.client = Objects.requireNonNull(client, "client");
      this.dialect = format.defaultDialect();
    }

    /**
     * The dialect to send the tools in; the format's {@linkplain WireFormat#defaultDialect()
     * default} (a strict one where the provider has it) unless set.
     *
     * @throws IllegalArgumentException if the format's API does not take tools in that dialect
     */
    public Builder dialect(Dialect dialect) {
      Objects.requireNonNull(dialect, "dialect");
      if (!format.carries(dialect)) {
        throw new IllegalArgumentException(
            format.displayName() + " does not take tools rendered for " + dialect.displayName());
      }
      this.dialect = dialect;
      return this;
    }

    /**
     * The most model requests in one run, {@value ModelLoop#DEFAULT_MAX_ROUNDS} unless set; when
     * the model still calls tools in the last one, the run ends with {@link
     * LoopResult.Outcome#ROUND_LIMIT} without running those calls.
     */
    public Builder maxRounds(int maxRounds) {
      if (maxRounds < 1) {
        throw new IllegalArgumentException("maxRounds must be at least 1, not " + maxRounds);
      }
      this.maxRounds = maxRounds;
      return this;
    }

    /**
     * The most characters of a result's JSON sent back, {@value ModelLoop#DEFAULT_MAX_RESULT_CHARS}
     * unless set; a longer result is sent as an excerpt ({@link ToolAnswer#bounded}). The whole
     * result stays in {@link LoopRound#results()}.
     */
    public Builder maxResultChars(int maxResultChars) {
      if (maxResultChars < 1) {
        throw new IllegalArgumentException(
            "maxResultChars must be at least 1, not " + maxResultChars);
      }
      this.maxResultChars = maxResultChars;
      return this;
    }

    /**
     * @throws IllegalStateException if the registry's tools cannot be rendered in the dialect
     */
    public ModelLoop build() {
      return new ModelLoop(this);
    }
  }
}
