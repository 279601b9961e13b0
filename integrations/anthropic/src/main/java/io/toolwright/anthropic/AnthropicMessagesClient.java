package io.toolwright.anthropic;

import com.anthropic.client.AnthropicClient;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.MessageParam;
import com.anthropic.models.messages.ToolUnion;
import io.toolwright.RenderedTools;
import io.toolwright.loop.ConvertedTools;
import io.toolwright.loop.ModelClient;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * A {@link ModelClient} for {@link io.toolwright.wire.WireFormat#anthropic()} over the SDK's {@link
 * AnthropicClient}: each round is one {@code client.messages().create(...)}, so the SDK's retries,
 * time-outs, base URL and headers apply.
 */
public final class AnthropicMessagesClient implements ModelClient {

  private final AnthropicClient client;
  private final String model;
  private final long maxTokens;
  private final Consumer<MessageCreateParams.Builder> options;

  /** The tools as SDK objects, converted once per {@code RenderedTools} instance. */
  private final ConvertedTools<List<ToolUnion>> sdkTools =
      new ConvertedTools<>(AnthropicTools::of);

  private AnthropicMessagesClient(
      AnthropicClient client,
      String model,
      long maxTokens,
      Consumer<MessageCreateParams.Builder> options) {
    this.client = Objects.requireNonNull(client, "client");
    this.model = Objects.requireNonNull(model, "model");
    if (maxTokens < 1) {
      throw new IllegalArgumentException("maxTokens must be at least 1, not " + maxTokens);
    }
    this.maxTokens = maxTokens;
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Requests to {@code model} for at most {@code maxTokens} tokens each (the API requires it). */
  public static AnthropicMessagesClient of(AnthropicClient client, String model, long maxTokens) {
    return new AnthropicMessagesClient(client, model, maxTokens, params -> {});
  }

  /**
   * As {@link #of(AnthropicClient, String, long)}, each builder passed to {@code options} (the
   * system prompt, temperature, {@code toolChoice}...) before it is built. The loop sets the
   * messages and the tools.
   */
  public static AnthropicMessagesClient of(
      AnthropicClient client,
      String model,
      long maxTokens,
      Consumer<MessageCreateParams.Builder> options) {
    return new AnthropicMessagesClient(client, model, maxTokens, options);
  }

  /** The SDK tool objects sent for {@code tools}: the same instances for the same rendering. */
  List<ToolUnion> toolsFor(RenderedTools tools) {
    return sdkTools.of(tools);
  }

  @Override
  public JsonNode send(List<JsonNode> conversation, RenderedTools tools) {
    MessageCreateParams.Builder params =
        MessageCreateParams.builder().model(model).maxTokens(maxTokens);
    options.accept(params);
    params.messages(
        conversation.stream().map(item -> SdkJson.toSdk(item, MessageParam.class)).toList());
    if (!tools.tools().isEmpty()) {
      params.tools(sdkTools.of(tools));
    }
    Message message = client.messages().create(params.build());
    return SdkJson.fromSdk(message);
  }
}
