package io.toolwright.loop;

import io.toolwright.RenderedTools;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a conversation and the tools to a model and returns its response: the one thing {@link
 * ModelLoop} needs from a provider. The conversation items and the response are in the provider's
 * JSON, as the loop's {@link io.toolwright.wire.WireFormat} reads and writes them; a client puts
 * them into a request body (or an SDK's params) with the model name, the system prompt and any
 * other option, and {@link RenderedTools#json()} as the {@code tools} field.
 *
 * <p>An application whose HTTP client or SDK is on another JSON library implements {@link Text}
 * instead and wraps it with {@link #ofText}.
 */
@FunctionalInterface
public interface ModelClient {

  /**
   * The model's response to the conversation so far.
   *
   * @param conversation the items in order ({@code messages}, {@code input} or {@code contents}),
   *     not to be modified
   * @param tools the tools to offer, in the loop's dialect
   * @return the response body as the API returns it
   */
  JsonNode send(List<JsonNode> conversation, RenderedTools tools);

  /** A client that speaks JSON text: the conversation as one JSON array, the response as text. */
  @FunctionalInterface
  interface Text {
    /**
     * @param conversationJson the conversation items, a JSON array
     * @param toolsJson the tools field, {@link RenderedTools#json()}
     * @return the response body
     */
    String send(String conversationJson, String toolsJson);
  }

  /** A {@link ModelClient} on a client that speaks JSON text. */
  static ModelClient ofText(Text client) {
    JsonMapper mapper = JsonMapper.builder().build();
    return (conversation, tools) ->
        mapper.readTree(client.send(mapper.writeValueAsString(conversation), tools.json()));
  }
}
