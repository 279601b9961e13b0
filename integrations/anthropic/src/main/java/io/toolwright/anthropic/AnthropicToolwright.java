package io.toolwright.anthropic;

import com.anthropic.client.AnthropicClient;
import io.toolwright.ToolContext;
import io.toolwright.ToolRegistry;
import io.toolwright.loop.LoopResult;
import io.toolwright.loop.ModelLoop;
import io.toolwright.wire.WireFormat;

/**
 * The tool-calling loop on the Anthropic SDK in one line.
 *
 * <pre>{@code
 * AnthropicClient client = AnthropicOkHttpClient.fromEnv();
 * LoopResult result =
 *     AnthropicToolwright.run(client, registry, "claude-sonnet-4-5", "What do I owe?", context);
 * }</pre>
 *
 * For other limits, a system prompt or strict tools, start from {@link #loop}.
 */
public final class AnthropicToolwright {

  /** The {@code max_tokens} of each request {@link #run} makes. */
  public static final long DEFAULT_MAX_TOKENS = 4096;

  private AnthropicToolwright() {}

  /** A loop builder over the Messages API, each request for at most {@code maxTokens} tokens. */
  public static ModelLoop.Builder loop(
      AnthropicClient client, ToolRegistry registry, String model, long maxTokens) {
    return ModelLoop.builder(
        registry, WireFormat.anthropic(), AnthropicMessagesClient.of(client, model, maxTokens));
  }

  /**
   * Runs one user message with the loop's default limits and {@value #DEFAULT_MAX_TOKENS} tokens a
   * request until the model answers.
   */
  public static LoopResult run(
      AnthropicClient client,
      ToolRegistry registry,
      String model,
      String userMessage,
      ToolContext context) {
    return loop(client, registry, model, DEFAULT_MAX_TOKENS).build().run(userMessage, context);
  }
}
