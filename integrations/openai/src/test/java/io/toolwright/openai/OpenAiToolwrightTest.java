package io.toolwright.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletionTool;
import io.toolwright.Dialect;
import io.toolwright.ToolRegistry;
import io.toolwright.loop.LoopResult;
import io.toolwright.loop.ModelLoop;
import io.toolwright.sample.SampleData;
import io.toolwright.sample.SupportDesk;
import io.toolwright.testkit.ReplayServer;
import io.toolwright.testkit.ReplayServers;
import io.toolwright.wire.WireFormat;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The loop through the real OpenAI SDK client against a server on 127.0.0.1 replaying responses in
 * OpenAI's documented format; what the SDK put on the wire is checked on the server's side.
 */
class OpenAiToolwrightTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ToolRegistry registry = SupportDesk.withSampleData().registry();
  private final ReplayServers replay = new ReplayServers();

  @AfterEach
  void close() throws Exception {
    replay.close();
  }

  @Test
  void theToolsAreConvertedOncePerRendering() {
    OpenAiChatClient chat = OpenAiChatClient.of(client(server()), "gpt-4o");
    OpenAiResponsesClient responses = OpenAiResponsesClient.of(client(server()), "o4-mini");
    var chatTools = registry.definitions(Dialect.OPENAI_CHAT_STRICT);
    var responsesTools = registry.definitions(Dialect.OPENAI_RESPONSES_STRICT);

    // A loop hands its client the same rendering every round: the same SDK objects are sent.
    assertThat(chat.toolsFor(chatTools)).isSameAs(chat.toolsFor(chatTools));
    assertThat(responses.toolsFor(responsesTools)).isSameAs(responses.toolsFor(responsesTools));
    // Another rendering is converted, not mistaken for the last one.
    var other = registry.definitions(Dialect.OPENAI_CHAT);
    assertThat(chat.toolsFor(other)).isNotSameAs(chat.toolsFor(chatTools));
    assertThat(SdkJson.fromSdk(chat.toolsFor(other))).isEqualTo(JSON.readTree(other.json()));
  }

  @Test
  void theSdkToolsAreTheRegistrysRendering() {
    List<ChatCompletionTool> tools = OpenAiTools.chat(registry);

    assertThat(SdkJson.fromSdk(tools))
        .isEqualTo(JSON.readTree(registry.definitions(Dialect.OPENAI_CHAT_STRICT).json()));
    assertThat(SdkJson.fromSdk(OpenAiTools.responses(registry)))
        .isEqualTo(JSON.readTree(registry.definitions(Dialect.OPENAI_RESPONSES_STRICT).json()));
  }

  @Test
  void aRenderingOfAnotherProviderIsRefused() {
    assertThatThrownBy(() -> OpenAiTools.chat(registry.definitions(Dialect.GEMINI_JSON_SCHEMA)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Gemini (parametersJsonSchema)");
  }

  /**
   * One call, then four in parallel (a good one, one with empty arguments, an invented tool,
   * arguments cut off mid-object), then the answer.
   */
  @Test
  void chatCompletionsLoopAnswersEveryCallThroughTheSdk() {
    ReplayServer api =
        server(
            chatToolCalls(
                """
                {"id":"call_1","type":"function","function":{"name":"get_account","arguments":"{}"}}\
                """),
            chatToolCalls(
                """
                {"id":"call_2","type":"function","function":{"name":"get_balance",
                  "arguments":"{\\"accountId\\":\\"ACC-1001\\",\\"includeUpcoming\\":true}"}},
                {"id":"call_3","type":"function","function":{"name":"get_account","arguments":""}},
                {"id":"call_4","type":"function","function":{"name":"cancel_everything","arguments":"{}"}},
                {"id":"call_5","type":"function","function":{"name":"list_invoices",
                  "arguments":"{\\"status\\":\\"OVERDUE\\",\\"pageSize\\":"}}\
                """),
            """
            {"id":"chatcmpl-3","object":"chat.completion","created":1764720003,"model":"gpt-4o",
             "choices":[{"index":0,"finish_reason":"stop","logprobs":null,
               "message":{"role":"assistant","content":"You owe 298.00 EUR.","refusal":null}}]}\
            """);

    LoopResult result =
        OpenAiToolwright.run(
            client(api),
            registry,
            "gpt-4o",
            "What do I owe?",
            SupportDesk.signedIn(SampleData.ANA));

    assertThat(result.outcome()).isEqualTo(LoopResult.Outcome.ANSWERED);
    assertThat(result.text()).isEqualTo("You owe 298.00 EUR.");
    List<ReplayServer.Request> sent = api.requests();
    assertThat(sent).hasSize(3);
    assertThat(sent).allMatch(r -> r.path().equals("/v1/chat/completions"));
    JsonNode last = JSON.readTree(sent.get(2).body());
    assertThat(last.get("model").asString()).isEqualTo("gpt-4o");
    assertThat(last.get("tools"))
        .as("the tools as built")
        .isEqualTo(JSON.readTree(registry.definitions(Dialect.OPENAI_CHAT_STRICT).json()));

    List<String> roles = new ArrayList<>();
    List<JsonNode> toolMessages = new ArrayList<>();
    for (JsonNode message : last.get("messages")) {
      roles.add(message.get("role").asString());
      if (message.get("role").asString().equals("tool")) {
        toolMessages.add(message);
      }
    }
    assertThat(roles)
        .containsExactly("user", "assistant", "tool", "assistant", "tool", "tool", "tool", "tool");
    assertThat(toolMessages)
        .extracting(m -> m.get("tool_call_id").asString())
        .as("one result per call id, in call order")
        .containsExactly("call_1", "call_2", "call_3", "call_4", "call_5");
    assertThat(toolMessages)
        .extracting(m -> errorCode(m.get("content").asString()))
        .as("Chat Completions has no error flag: the error is in the content")
        .containsExactly(null, null, null, "UNKNOWN_TOOL", "INVALID_JSON");
    assertThat(
            JSON.readTree(toolMessages.get(1).get("content").asString())
                .get("accountId")
                .asString())
        .isEqualTo("ACC-1001");
  }

  @Test
  void chatOptionsReachTheRequest() {
    ReplayServer api =
        server(
            """
            {"id":"chatcmpl-1","object":"chat.completion","created":1764720003,"model":"gpt-4o",
             "choices":[{"index":0,"finish_reason":"stop","logprobs":null,
               "message":{"role":"assistant","content":"Hello.","refusal":null}}]}\
            """);

    LoopResult result =
        ModelLoop.builder(
                registry,
                WireFormat.openAiChat(),
                OpenAiChatClient.of(client(api), "gpt-4o", params -> params.temperature(0.0)))
            .build()
            .run("Hi", SupportDesk.signedIn(SampleData.ANA));

    assertThat(result.text()).isEqualTo("Hello.");
    JsonNode sent = JSON.readTree(api.requests().get(0).body());
    assertThat(sent.get("temperature").asDouble()).isEqualTo(0.0);
  }

  /** Responses: reasoning items go back, outputs pair by call_id. */
  @Test
  void responsesLoopAnswersEveryCallThroughTheSdk() {
    ReplayServer api =
        server(
            """
            {"id":"resp_1","object":"response","created_at":1764720000,"status":"completed","model":"o4-mini",
             "output":[
               {"id":"rs_1","type":"reasoning","summary":[]},
               {"id":"fc_1","type":"function_call","call_id":"call_1","name":"get_balance",
                "arguments":"{\\"accountId\\":\\"ACC-1001\\",\\"includeUpcoming\\":false}","status":"completed"},
               {"id":"fc_2","type":"function_call","call_id":"call_2","name":"cancel_everything",
                "arguments":"{}","status":"completed"},
               {"id":"fc_3","type":"function_call","call_id":"call_3","name":"get_balance",
                "arguments":"{\\"accountId\\":","status":"completed"}],
             "parallel_tool_calls":true,"tool_choice":"auto","tools":[]}\
            """,
            """
            {"id":"resp_2","object":"response","created_at":1764720001,"status":"completed","model":"o4-mini",
             "output":[{"id":"msg_1","type":"message","status":"completed","role":"assistant",
               "content":[{"type":"output_text","text":"You owe 298.00 EUR.","annotations":[]}]}],
             "parallel_tool_calls":true,"tool_choice":"auto","tools":[]}\
            """);

    LoopResult result =
        OpenAiToolwright.responsesLoop(client(api), registry, "o4-mini")
            .build()
            .run("What do I owe?", SupportDesk.signedIn(SampleData.ANA));

    assertThat(result.text()).isEqualTo("You owe 298.00 EUR.");
    List<ReplayServer.Request> sent = api.requests();
    assertThat(sent).hasSize(2);
    assertThat(sent).allMatch(r -> r.path().equals("/v1/responses"));
    JsonNode last = JSON.readTree(sent.get(1).body());
    assertThat(last.get("tools"))
        .isEqualTo(JSON.readTree(registry.definitions(Dialect.OPENAI_RESPONSES_STRICT).json()));
    List<String> types = new ArrayList<>();
    last.get("input")
        .forEach(
            i -> types.add(i.has("type") ? i.get("type").asString() : i.get("role").asString()));
    assertThat(types)
        .containsExactly(
            "user",
            "reasoning",
            "function_call",
            "function_call",
            "function_call",
            "function_call_output",
            "function_call_output",
            "function_call_output");
    List<String> ids = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    for (int i = 5; i < 8; i++) {
      ids.add(last.get("input").get(i).get("call_id").asString());
      codes.add(errorCode(last.get("input").get(i).get("output").asString()));
    }
    assertThat(ids).containsExactly("call_1", "call_2", "call_3");
    assertThat(codes).containsExactly(null, "UNKNOWN_TOOL", "INVALID_JSON");
  }

  private ReplayServer server(String... responses) {
    return replay.start(responses);
  }

  private OpenAIClient client(ReplayServer api) {
    OpenAIClient client =
        OpenAIOkHttpClient.builder()
            .apiKey("sk-test")
            .baseUrl(api.baseUrl() + "/v1")
            .maxRetries(0)
            .build();
    return replay.closeAfterTest(client, c -> c.close());
  }

  private static String chatToolCalls(String toolCalls) {
    return """
    {"id":"chatcmpl-1","object":"chat.completion","created":1764720000,"model":"gpt-4o",
     "choices":[{"index":0,"finish_reason":"tool_calls","logprobs":null,
       "message":{"role":"assistant","content":null,"refusal":null,"tool_calls":[%s]}}]}\
    """
        .formatted(toolCalls);
  }

  /** The error code of a result's content, or {@code null} for a success. */
  private static String errorCode(String content) {
    JsonNode error = JSON.readTree(content).get("error");
    return error == null ? null : error.get("code").asString();
  }
}
