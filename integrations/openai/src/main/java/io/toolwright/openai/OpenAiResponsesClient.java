package io.toolwright.openai;

import com.openai.client.OpenAIClient;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseInputItem;
import com.openai.models.responses.Tool;
import io.toolwright.RenderedTools;
import io.toolwright.loop.ConvertedTools;
import io.toolwright.loop.ModelClient;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * A {@link ModelClient} for {@link io.toolwright.wire.WireFormat#openAiResponses()} over the SDK's
 * {@link OpenAIClient}: each round is one {@code client.responses().create(...)} with the whole
 * conversation as {@code input} (reasoning items included), not {@code previous_response_id}.
 */
public final class OpenAiResponsesClient implements ModelClient {

  private final OpenAIClient client;
  private final String model;
  private final Consumer<ResponseCreateParams.Builder> options;

  /** The tools as SDK objects, converted once per {@code RenderedTools} instance. */
  private final ConvertedTools<List<Tool>> sdkTools =
      new ConvertedTools<>(OpenAiTools::responses);

  private OpenAiResponsesClient(
      OpenAIClient client, String model, Consumer<ResponseCreateParams.Builder> options) {
    this.client = Objects.requireNonNull(client, "client");
    this.model = Objects.requireNonNull(model, "model");
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Requests to {@code model} with the SDK's defaults. */
  public static OpenAiResponsesClient of(OpenAIClient client, String model) {
    return new OpenAiResponsesClient(client, model, params -> {});
  }

  /**
   * Requests to {@code model}, each builder passed to {@code options} (instructions, reasoning
   * effort...) before it is built. The loop sets the input and the tools.
   */
  public static OpenAiResponsesClient of(
      OpenAIClient client, String model, Consumer<ResponseCreateParams.Builder> options) {
    return new OpenAiResponsesClient(client, model, options);
  }

  /** The SDK tool objects sent for {@code tools}: the same instances for the same rendering. */
  List<Tool> toolsFor(RenderedTools tools) {
    return sdkTools.of(tools);
  }

  @Override
  public JsonNode send(List<JsonNode> conversation, RenderedTools tools) {
    ResponseCreateParams.Builder params = ResponseCreateParams.builder().model(model);
    options.accept(params);
    params.inputOfResponse(
        conversation.stream().map(item -> SdkJson.toSdk(item, ResponseInputItem.class)).toList());
    if (!tools.tools().isEmpty()) {
      params.tools(sdkTools.of(tools));
    }
    Response response = client.responses().create(params.build());
    return SdkJson.fromSdk(response);
  }
}
