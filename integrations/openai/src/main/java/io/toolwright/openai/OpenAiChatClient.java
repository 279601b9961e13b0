package io.toolwright.openai;

import com.openai.client.OpenAIClient;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessageParam;
import com.openai.models.chat.completions.ChatCompletionTool;
import io.toolwright.RenderedTools;
import io.toolwright.loop.ConvertedTools;
import io.toolwright.loop.ModelClient;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * A {@link ModelClient} for {@link io.toolwright.wire.WireFormat#openAiChat()} over the SDK's
 * {@link OpenAIClient}: each round is one {@code client.chat().completions().create(...)}, so the
 * SDK's retries, time-outs, base URL and headers apply.
 */
public final class OpenAiChatClient implements ModelClient {

  private final OpenAIClient client;
  private final String model;
  private final Consumer<ChatCompletionCreateParams.Builder> options;

  /** The tools as SDK objects, converted once per {@code RenderedTools} instance. */
  private final ConvertedTools<List<ChatCompletionTool>> sdkTools =
      new ConvertedTools<>(OpenAiTools::chat);

  private OpenAiChatClient(
      OpenAIClient client, String model, Consumer<ChatCompletionCreateParams.Builder> options) {
    this.client = Objects.requireNonNull(client, "client");
    this.model = Objects.requireNonNull(model, "model");
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Requests to {@code model} with the SDK's defaults. */
  public static OpenAiChatClient of(OpenAIClient client, String model) {
    return new OpenAiChatClient(client, model, params -> {});
  }

  /**
   * Requests to {@code model}, each builder passed to {@code options} (temperature, a user id,
   * {@code parallelToolCalls}...) before it is built. The loop sets the messages and the tools.
   */
  public static OpenAiChatClient of(
      OpenAIClient client, String model, Consumer<ChatCompletionCreateParams.Builder> options) {
    return new OpenAiChatClient(client, model, options);
  }

  /** The SDK tool objects sent for {@code tools}: the same instances for the same rendering. */
  List<ChatCompletionTool> toolsFor(RenderedTools tools) {
    return sdkTools.of(tools);
  }

  @Override
  public JsonNode send(List<JsonNode> conversation, RenderedTools tools) {
    ChatCompletionCreateParams.Builder params = ChatCompletionCreateParams.builder().model(model);
    options.accept(params);
    params.messages(
        conversation.stream()
            .map(item -> SdkJson.toSdk(item, ChatCompletionMessageParam.class))
            .toList());
    if (!tools.tools().isEmpty()) {
      params.tools(sdkTools.of(tools));
    }
    ChatCompletion completion = client.chat().completions().create(params.build());
    return SdkJson.fromSdk(completion);
  }
}
