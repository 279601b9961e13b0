package io.toolwright.gemini;

import com.google.genai.Client;
import com.google.genai.types.Content;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.Tool;
import io.toolwright.RenderedTools;
import io.toolwright.loop.ConvertedTools;
import io.toolwright.loop.ModelClient;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link ModelClient} for {@link io.toolwright.wire.WireFormat#gemini()} over the SDK's {@link
 * Client} (Gemini Developer API or Vertex AI, as the client is built): each round is one {@code
 * client.models.generateContent(...)}.
 */
public final class GeminiModelClient implements ModelClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Client client;
  private final String model;
  private final GenerateContentConfig config;

  /** The tools as SDK objects, converted once per {@code RenderedTools} instance. */
  private final ConvertedTools<Tool> sdkTools = new ConvertedTools<>(GeminiTools::of);

  private GeminiModelClient(Client client, String model, GenerateContentConfig config) {
    this.client = Objects.requireNonNull(client, "client");
    this.model = Objects.requireNonNull(model, "model");
    this.config = Objects.requireNonNull(config, "config");
  }

  /** Requests to {@code model} with the SDK's defaults. */
  public static GeminiModelClient of(Client client, String model) {
    return new GeminiModelClient(client, model, GenerateContentConfig.builder().build());
  }

  /**
   * Requests to {@code model} with {@code config} (system instruction, temperature, tool config...)
   * whose tools the loop replaces with its own.
   */
  public static GeminiModelClient of(Client client, String model, GenerateContentConfig config) {
    return new GeminiModelClient(client, model, config);
  }

  /** The SDK tool objects sent for {@code tools}: the same instances for the same rendering. */
  Tool toolsFor(RenderedTools tools) {
    return sdkTools.of(tools);
  }

  @Override
  public JsonNode send(List<JsonNode> conversation, RenderedTools tools) {
    List<Content> contents =
        conversation.stream().map(item -> Content.fromJson(JSON.writeValueAsString(item))).toList();
    GenerateContentConfig.Builder request = config.toBuilder();
    if (!tools.tools().isEmpty()) {
      request.tools(sdkTools.of(tools));
    }
    GenerateContentResponse response =
        client.models.generateContent(model, contents, request.build());
    return JSON.readTree(response.toJson());
  }
}
