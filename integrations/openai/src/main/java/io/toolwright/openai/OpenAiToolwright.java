package io.toolwright.openai;

import com.openai.client.OpenAIClient;
import io.toolwright.ToolContext;
import io.toolwright.ToolRegistry;
import io.toolwright.loop.LoopResult;
import io.toolwright.loop.ModelLoop;
import io.toolwright.wire.WireFormat;

/**
 * The tool-calling loop on the OpenAI SDK in one line.
 *
 * <pre>{@code
 * OpenAIClient client = OpenAIOkHttpClient.fromEnv();
 * LoopResult result = OpenAiToolwright.run(client, registry, "gpt-4o", "What do I owe?", context);
 * }</pre>
 *
 * For other limits or a system prompt, start from {@link #chatLoop} or {@link #responsesLoop}.
 */
public final class OpenAiToolwright {

  private OpenAiToolwright() {}

  /** A loop builder over Chat Completions, the tools sent strict. */
  public static ModelLoop.Builder chatLoop(
      OpenAIClient client, ToolRegistry registry, String model) {
    return ModelLoop.builder(registry, WireFormat.openAiChat(), OpenAiChatClient.of(client, model));
  }

  /** A loop builder over the Responses API, the tools sent strict. */
  public static ModelLoop.Builder responsesLoop(
      OpenAIClient client, ToolRegistry registry, String model) {
    return ModelLoop.builder(
        registry, WireFormat.openAiResponses(), OpenAiResponsesClient.of(client, model));
  }

  /**
   * Runs one user message through Chat Completions with the loop's default limits until the model
   * answers.
   */
  public static LoopResult run(
      OpenAIClient client,
      ToolRegistry registry,
      String model,
      String userMessage,
      ToolContext context) {
    return chatLoop(client, registry, model).build().run(userMessage, context);
  }
}
