package io.toolwright.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.ObjectMappers;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionFunctionTool;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionMessageParam;
import com.openai.models.chat.completions.ChatCompletionMessageToolCall;
import com.openai.models.responses.FunctionTool;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseFunctionToolCall;
import com.openai.models.responses.ResponseInputItem;
import com.openai.models.responses.ResponseOutputItem;
import io.toolwright.Dialect;
import io.toolwright.RenderedTool;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolResult;
import io.toolwright.loop.LoopResult;
import io.toolwright.loop.ModelClient;
import io.toolwright.loop.ModelLoop;
import io.toolwright.sample.SampleData;
import io.toolwright.sample.SupportDesk;
import io.toolwright.testkit.ReplayServer;
import io.toolwright.testkit.ReplayServers;
import io.toolwright.wire.ModelTurn;
import io.toolwright.wire.WireFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The wire formats against the OpenAI Java SDK's own model classes and HTTP client: the SDK's
 * {@code ChatCompletion} and {@code Response} read from the same documented response text find the
 * calls our readers find; the items our writers produce are read by the SDK's request types without
 * a member it does not know; and the whole loop runs through the SDK's client against a server on
 * 127.0.0.1 replaying Chat Completions responses.
 */
class OpenAiWireConformanceTest {

  private static final ObjectMapper SDK = ObjectMappers.jsonMapper();

  private final SupportDesk desk = SupportDesk.withSampleData();
  private final ToolRegistry registry = desk.registry();
  private final ReplayServers replay = new ReplayServers();

  @AfterEach
  void close() throws Exception {
    replay.close();
  }

  @Test
  void theSdkAndOurReaderFindTheSameChatCalls() throws Exception {
    String body = WireFixtures.text("openai-chat-tool-calls.json");
    ChatCompletion completion = SDK.readValue(body, ChatCompletion.class);
    completion.validate();
    List<ChatCompletionMessageFunctionToolCall> sdkCalls =
        completion.choices().get(0).message().toolCalls().orElseThrow().stream()
            .map(ChatCompletionMessageToolCall::asFunction)
            .toList();
    assertThat(sdkCalls).hasSize(4);

    // As the API sends it, and as an SDK user holds it (the SDK's object written by the SDK).
    for (String text : List.of(body, SDK.writeValueAsString(completion))) {
      ModelTurn turn = WireFormat.openAiChat().read(text);
      assertThat(turn.calls()).hasSize(sdkCalls.size());
      for (int i = 0; i < sdkCalls.size(); i++) {
        assertThat(turn.calls().get(i).id()).isEqualTo(sdkCalls.get(i).id());
        assertThat(turn.calls().get(i).name()).isEqualTo(sdkCalls.get(i).function().name());
        assertThat(new String(turn.calls().get(i).argumentBytes(), StandardCharsets.UTF_8))
            .isEqualTo(sdkCalls.get(i).function().arguments());
      }
    }
  }

  @Test
  void theAssistantMessageWeAppendIsTheSdksOwnParam() throws Exception {
    String body = WireFixtures.text("openai-chat-tool-calls.json");
    ChatCompletion completion = SDK.readValue(body, ChatCompletion.class);
    String sdkParam = SDK.writeValueAsString(completion.choices().get(0).message().toParam());

    JsonNode ours = WireFormat.openAiChat().read(body).conversationItems().get(0);

    assertThat(Json.differences(Json.read(sdkParam), ours)).isEmpty();
  }

  @Test
  void theSdkReadsOurChatMessagesAsAnAssistantMessageAndToolMessages() throws Exception {
    WireFormat wire = WireFormat.openAiChat();
    ModelTurn turn = wire.read(WireFixtures.text("openai-chat-tool-calls.json"));
    List<ToolResult> results = registry.execute(turn.calls(), SupportDesk.signedIn(SampleData.ANA));

    ChatCompletionMessageParam assistant =
        sdkRead(turn.conversationItems().get(0), ChatCompletionMessageParam.class);
    assistant.validate();
    assertThat(assistant.isAssistant()).isTrue();
    assertThat(assistant.asAssistant()._additionalProperties()).isEmpty();
    assertThat(assistant.asAssistant().toolCalls().orElseThrow())
        .extracting(call -> call.asFunction().id())
        .containsExactlyElementsOf(turn.calls().stream().map(c -> c.id()).toList());

    List<JsonNode> answers = wire.answer(turn, results);
    for (int i = 0; i < answers.size(); i++) {
      ChatCompletionMessageParam message =
          sdkRead(answers.get(i), ChatCompletionMessageParam.class);
      message.validate();
      assertThat(message.isTool()).isTrue();
      assertThat(message.asTool()._additionalProperties()).isEmpty();
      assertThat(message.asTool().toolCallId()).isEqualTo(turn.calls().get(i).id());
      assertThat(message.asTool().content().asText()).isEqualTo(results.get(i).contentJson());
    }
  }

  @Test
  void theSdkAndOurReaderFindTheSameResponsesCallsAndTheSdkTakesOurItemsBack() throws Exception {
    String body = WireFixtures.text("openai-responses-function-calls.json");
    Response response = SDK.readValue(body, Response.class);
    response.validate();
    List<ResponseFunctionToolCall> sdkCalls =
        response.output().stream()
            .filter(ResponseOutputItem::isFunctionCall)
            .map(ResponseOutputItem::asFunctionCall)
            .toList();

    WireFormat wire = WireFormat.openAiResponses();
    ModelTurn turn = wire.read(SDK.writeValueAsString(response));
    assertThat(turn.calls()).hasSize(3);
    for (int i = 0; i < sdkCalls.size(); i++) {
      assertThat(turn.calls().get(i).id()).isEqualTo(sdkCalls.get(i).callId());
      assertThat(turn.calls().get(i).name()).isEqualTo(sdkCalls.get(i).name());
      assertThat(new String(turn.calls().get(i).argumentBytes(), StandardCharsets.UTF_8))
          .isEqualTo(sdkCalls.get(i).arguments());
    }

    List<ResponseInputItem> history = new ArrayList<>();
    for (JsonNode item : turn.conversationItems()) {
      history.add(sdkRead(item, ResponseInputItem.class).validate());
    }
    assertThat(history.get(0).isReasoning()).isTrue();
    assertThat(history.subList(1, 4)).allMatch(ResponseInputItem::isFunctionCall);

    List<ToolResult> results = registry.execute(turn.calls(), SupportDesk.signedIn(SampleData.ANA));
    List<JsonNode> outputs = wire.answer(turn, results);
    for (int i = 0; i < outputs.size(); i++) {
      ResponseInputItem item = sdkRead(outputs.get(i), ResponseInputItem.class).validate();
      assertThat(item.isFunctionCallOutput()).isTrue();
      assertThat(item.asFunctionCallOutput()._additionalProperties()).isEmpty();
      assertThat(item.asFunctionCallOutput().callId()).contains(turn.calls().get(i).id());
      assertThat(item.asFunctionCallOutput().output().asString())
          .isEqualTo(results.get(i).contentJson());
    }
  }

  /**
   * The loop through the SDK's client: one call, then four in parallel (a good one, one that reads
   * with no arguments, an invented tool, arguments cut off mid-object), then the answer. What the
   * SDK sent is checked on the server's side.
   */
  @Test
  void theLoopRunsThroughTheSdkClient() {
    String oneCall =
        chatToolCalls(
            """
            {"id":"call_1","type":"function","function":{"name":"get_account","arguments":"{}"}}\
            """);
    String parallel =
        chatToolCalls(
            """
            {"id":"call_2","type":"function","function":{"name":"get_balance",
              "arguments":"{\\"accountId\\":\\"ACC-1001\\",\\"includeUpcoming\\":true}"}},
            {"id":"call_3","type":"function","function":{"name":"get_account","arguments":""}},
            {"id":"call_4","type":"function","function":{"name":"cancel_everything","arguments":"{}"}},
            {"id":"call_5","type":"function","function":{"name":"list_invoices",
              "arguments":"{\\"status\\":\\"OVERDUE\\",\\"pageSize\\":"}}\
            """);
    String answer =
        """
        {"id":"chatcmpl-3","object":"chat.completion","created":1764720003,"model":"gpt-4o",
         "choices":[{"index":0,"finish_reason":"stop","logprobs":null,
           "message":{"role":"assistant","content":"You owe 298.00 EUR.","refusal":null}}]}\
        """;

    ReplayServer api = replay.start(oneCall, parallel, answer);
    OpenAIClient client = client(api);
    ModelLoop loop =
        ModelLoop.builder(registry, WireFormat.openAiChat(), chatClient(client)).build();
    LoopResult result = loop.run("What do I owe?", SupportDesk.signedIn(SampleData.ANA));

    assertThat(result.outcome()).isEqualTo(LoopResult.Outcome.ANSWERED);
    assertThat(result.text()).isEqualTo("You owe 298.00 EUR.");
    List<ReplayServer.Request> sent = api.requests();
    assertThat(sent).hasSize(3);
    assertThat(sent).allMatch(r -> r.path().equals("/v1/chat/completions"));

    JsonNode last = Json.read(sent.get(2).body());
    assertThat(
            Json.differences(
                Json.read(registry.definitions(Dialect.OPENAI_CHAT_STRICT).json()),
                last.get("tools")))
        .as("the tools as built")
        .isEmpty();
    List<String> roles = new ArrayList<>();
    last.get("messages").forEach(m -> roles.add(m.get("role").asString()));
    assertThat(roles)
        .containsExactly(
            "user", "assistant", "tool", "assistant", "tool", "tool", "tool", "tool");
    List<JsonNode> toolMessages = new ArrayList<>();
    last.get("messages")
        .forEach(
            m -> {
              if (m.get("role").asString().equals("tool")) {
                toolMessages.add(m);
              }
            });
    assertThat(toolMessages)
        .extracting(m -> m.get("tool_call_id").asString())
        .as("one result per call id, in call order")
        .containsExactly("call_1", "call_2", "call_3", "call_4", "call_5");
    List<String> errors =
        toolMessages.stream().map(m -> errorCode(m.get("content").asString())).toList();
    assertThat(errors).containsExactly(null, null, null, "UNKNOWN_TOOL", "INVALID_JSON");
    assertThat(
            Json.read(toolMessages.get(1).get("content").asString())
                .get("accountId")
                .asString())
        .isEqualTo("ACC-1001");
  }

  /** The Responses API through the SDK: reasoning items go back, outputs pair by call_id. */
  @Test
  void theResponsesLoopRunsThroughTheSdkClient() {
    String calls =
        """
        {"id":"resp_1","object":"response","created_at":1764720000,"status":"completed","model":"o4-mini",
         "output":[
           {"id":"rs_1","type":"reasoning","summary":[]},
           {"id":"fc_1","type":"function_call","call_id":"call_1","name":"get_balance",
            "arguments":"{\\"accountId\\":\\"ACC-1001\\",\\"includeUpcoming\\":false}","status":"completed"},
           {"id":"fc_2","type":"function_call","call_id":"call_2","name":"cancel_everything",
            "arguments":"{}","status":"completed"}],
         "parallel_tool_calls":true,"tool_choice":"auto","tools":[]}\
        """;
    String answer =
        """
        {"id":"resp_2","object":"response","created_at":1764720001,"status":"completed","model":"o4-mini",
         "output":[{"id":"msg_1","type":"message","status":"completed","role":"assistant",
           "content":[{"type":"output_text","text":"You owe 298.00 EUR.","annotations":[]}]}],
         "parallel_tool_calls":true,"tool_choice":"auto","tools":[]}\
        """;

    ReplayServer api = replay.start(calls, answer);
    OpenAIClient client = client(api);
    ModelClient responses =
        (conversation, tools) -> {
          List<ResponseInputItem> input = new ArrayList<>();
          for (JsonNode item : conversation) {
            input.add(sdkRead(item, ResponseInputItem.class));
          }
          ResponseCreateParams.Builder params =
              ResponseCreateParams.builder().model(ChatModel.GPT_4O).inputOfResponse(input);
          for (RenderedTool tool : tools.tools()) {
            params.addTool(sdkRead(Json.read(tool.json()), FunctionTool.class));
          }
          Response response = client.responses().create(params.build());
          try {
            return Json.read(SDK.writeValueAsString(response));
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        };
    LoopResult result =
        ModelLoop.builder(registry, WireFormat.openAiResponses(), responses)
            .build()
            .run("What do I owe?", SupportDesk.signedIn(SampleData.ANA));

    assertThat(result.text()).isEqualTo("You owe 298.00 EUR.");
    List<ReplayServer.Request> sent = api.requests();
    assertThat(sent).hasSize(2);
    assertThat(sent.get(1).path()).isEqualTo("/v1/responses");
    JsonNode last = Json.read(sent.get(1).body());
    assertThat(
            Json.differences(
                Json.read(registry.definitions(Dialect.OPENAI_RESPONSES_STRICT).json()),
                last.get("tools")))
        .isEmpty();
    List<String> types = new ArrayList<>();
    last.get("input")
        .forEach(
            i ->
                types.add(i.has("type") ? i.get("type").asString() : i.get("role").asString()));
    assertThat(types)
        .containsExactly(
            "user",
            "reasoning",
            "function_call",
            "function_call",
            "function_call_output",
            "function_call_output");
    JsonNode input = last.get("input");
    assertThat(input.get(4).get("call_id").asString()).isEqualTo("call_1");
    assertThat(errorCode(input.get(4).get("output").asString())).isNull();
    assertThat(input.get(5).get("call_id").asString()).isEqualTo("call_2");
    assertThat(errorCode(input.get(5).get("output").asString())).isEqualTo("UNKNOWN_TOOL");
  }

  /** The SDK's client of {@code api}, closed after the test. */
  private OpenAIClient client(ReplayServer api) {
    OpenAIClient client =
        OpenAIOkHttpClient.builder()
            .apiKey("sk-conformance")
            .baseUrl(api.baseUrl() + "/v1")
            .maxRetries(0)
            .build();
    return replay.closeAfterTest(client, c -> c.close());
  }

  /** A {@link ModelClient} on the SDK: our items become the SDK's params, its response our JSON. */
  private static ModelClient chatClient(OpenAIClient client) {
    return (conversation, tools) -> {
      ChatCompletionCreateParams.Builder params =
          ChatCompletionCreateParams.builder().model(ChatModel.GPT_4O);
      for (JsonNode item : conversation) {
        params.addMessage(sdkRead(item, ChatCompletionMessageParam.class));
      }
      for (RenderedTool tool : tools.tools()) {
        params.addTool(sdkRead(Json.read(tool.json()), ChatCompletionFunctionTool.class));
      }
      ChatCompletion completion = client.chat().completions().create(params.build());
      try {
        return Json.read(SDK.writeValueAsString(completion));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    };
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
    JsonNode error = Json.read(content).get("error");
    return error == null ? null : error.get("code").asString();
  }

  private static <T> T sdkRead(JsonNode item, Class<T> type) {
    try {
      return SDK.readValue(Json.write(item), type);
    } catch (Exception e) {
      throw new AssertionError("the SDK cannot read " + item + " as " + type.getSimpleName(), e);
    }
  }
}
