package io.toolwright.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.ObjectMappers;
import com.anthropic.models.messages.ContentBlock;
import com.anthropic.models.messages.ContentBlockParam;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.MessageParam;
import com.anthropic.models.messages.Tool;
import com.anthropic.models.messages.ToolResultBlockParam;
import com.anthropic.models.messages.ToolUseBlock;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The Anthropic wire format against the Anthropic Java SDK: the SDK's {@code Message} read from the
 * same documented response finds the {@code tool_use} blocks our reader finds; the assistant
 * message we append is the SDK's own {@code Message.toParam()}; our {@code tool_result} message is
 * a user {@code MessageParam} to the SDK; and the loop runs through the SDK's client against a
 * server on 127.0.0.1 replaying Messages responses.
 */
class AnthropicWireConformanceTest {

  private static final ObjectMapper SDK = ObjectMappers.jsonMapper();

  private final ToolRegistry registry = SupportDesk.withSampleData().registry();
  private final ReplayServers replay = new ReplayServers();

  @AfterEach
  void close() throws Exception {
    replay.close();
  }

  @Test
  void theSdkAndOurReaderFindTheSameToolUseBlocks() throws Exception {
    String body = WireFixtures.text("anthropic-tool-use.json");
    Message message = SDK.readValue(body, Message.class);
    message.validate();
    List<ToolUseBlock> sdkCalls =
        message.content().stream()
            .filter(ContentBlock::isToolUse)
            .map(ContentBlock::asToolUse)
            .toList();
    assertThat(sdkCalls).hasSize(4);

    for (String text : List.of(body, SDK.writeValueAsString(message))) {
      ModelTurn turn = WireFormat.anthropic().read(text);
      assertThat(turn.calls()).hasSize(sdkCalls.size());
      for (int i = 0; i < sdkCalls.size(); i++) {
        assertThat(turn.calls().get(i).id()).isEqualTo(sdkCalls.get(i).id());
        assertThat(turn.calls().get(i).name()).isEqualTo(sdkCalls.get(i).name());
        assertThat(
                Json.differences(
                    Json.read(SDK.writeValueAsString(sdkCalls.get(i)._input())),
                    turn.calls().get(i).argumentTree()))
            .isEmpty();
      }
    }
  }

  @Test
  void theAssistantMessageWeAppendIsTheSdksOwnParam() throws Exception {
    String body = WireFixtures.text("anthropic-tool-use.json");
    MessageParam sdkParam = SDK.readValue(body, Message.class).toParam();

    JsonNode ours = WireFormat.anthropic().read(body).conversationItems().get(0);

    assertThat(Json.differences(Json.read(SDK.writeValueAsString(sdkParam)), ours)).isEmpty();
  }

  @Test
  void theSdkReadsOurResultsAsOneUserMessageOfToolResults() {
    WireFormat wire = WireFormat.anthropic();
    ModelTurn turn = wire.read(WireFixtures.text("anthropic-tool-use.json"));
    List<ToolResult> results = registry.execute(turn.calls(), SupportDesk.signedIn(SampleData.ANA));

    List<JsonNode> answer = wire.answer(turn, results);
    assertThat(answer).hasSize(1);
    MessageParam message = sdkRead(answer.get(0), MessageParam.class);
    message.validate();
    assertThat(message.isUser()).isTrue();
    List<ContentBlockParam> blocks = message.asUser().content().asContentBlockParams();
    assertThat(blocks).hasSize(turn.calls().size());
    for (int i = 0; i < blocks.size(); i++) {
      assertThat(blocks.get(i).isToolResult()).isTrue();
      ToolResultBlockParam result = blocks.get(i).asToolResult();
      assertThat(result._additionalProperties()).isEmpty();
      assertThat(result.toolUseId()).isEqualTo(turn.calls().get(i).id());
      assertThat(result.content().orElseThrow().asString()).isEqualTo(results.get(i).contentJson());
      assertThat(result.isError().orElse(false)).isEqualTo(results.get(i).isError());
    }
  }

  /** One call, then four in parallel (two of them bad), then the answer, through the SDK. */
  @Test
  void theLoopRunsThroughTheSdkClient() {
    String oneCall =
        toolUse(
            """
            {"type":"tool_use","id":"toolu_1","name":"get_account","input":{}}\
            """);
    String parallel =
        toolUse(
            """
            {"type":"text","text":"Let me look at the balance."},
            {"type":"tool_use","id":"toolu_2","name":"get_balance",
             "input":{"accountId":"ACC-1001","includeUpcoming":true}},
            {"type":"tool_use","id":"toolu_3","name":"get_account","input":{}},
            {"type":"tool_use","id":"toolu_4","name":"cancel_everything","input":{}},
            {"type":"tool_use","id":"toolu_5","name":"list_invoices",
             "input":{"status":"OVERDUE","pageSize":"ten","page":0}}\
            """);
    String answer =
        """
        {"id":"msg_3","type":"message","role":"assistant","model":"claude-sonnet-4-6",
         "content":[{"type":"text","text":"You owe 298.00 EUR."}],
         "stop_reason":"end_turn","stop_sequence":null,
         "usage":{"input_tokens":900,"output_tokens":12}}\
        """;

    ReplayServer api = replay.start(oneCall, parallel, answer);
    AnthropicClient client = client(api);
    LoopResult result =
        ModelLoop.builder(registry, WireFormat.anthropic(), messagesClient(client))
            .build()
            .run("What do I owe?", SupportDesk.signedIn(SampleData.ANA));

    assertThat(result.outcome()).isEqualTo(LoopResult.Outcome.ANSWERED);
    assertThat(result.text()).isEqualTo("You owe 298.00 EUR.");
    List<ReplayServer.Request> sent = api.requests();
    assertThat(sent).hasSize(3);
    assertThat(sent).allMatch(r -> r.path().equals("/v1/messages"));

    JsonNode last = Json.read(sent.get(2).body());
    assertThat(
            Json.differences(
                Json.read(registry.definitions(Dialect.ANTHROPIC).json()), last.get("tools")))
        .as("the tools as built")
        .isEmpty();
    JsonNode messages = last.get("messages");
    List<String> roles = new ArrayList<>();
    messages.forEach(m -> roles.add(m.get("role").asString()));
    assertThat(roles).containsExactly("user", "assistant", "user", "assistant", "user");

    JsonNode results = messages.get(4).get("content");
    List<String> ids = new ArrayList<>();
    List<Boolean> errors = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    results.forEach(
        block -> {
          assertThat(block.get("type").asString()).isEqualTo("tool_result");
          ids.add(block.get("tool_use_id").asString());
          errors.add(block.path("is_error").asBoolean(false));
          JsonNode error = Json.read(block.get("content").asString()).get("error");
          codes.add(error == null ? null : error.get("code").asString());
        });
    assertThat(ids)
        .as("one result per call id, in call order")
        .containsExactly("toolu_2", "toolu_3", "toolu_4", "toolu_5");
    assertThat(errors).containsExactly(false, false, true, true);
    assertThat(codes).containsExactly(null, null, "UNKNOWN_TOOL", "INVALID_ARGUMENTS");
    assertThat(messages.get(2).get("content").get(0).get("tool_use_id").asString())
        .isEqualTo("toolu_1");
  }

  /** A {@link ModelClient} on the SDK: our items become its params, its message our JSON. */
/** The SDK's client of {@code api}, closed after the test. */
  private AnthropicClient client(ReplayServer api) {
    AnthropicClient client =
        AnthropicOkHttpClient.builder()
            .apiKey("sk-ant-conformance")
            .baseUrl(api.baseUrl())
            .maxRetries(0)
            .build();
    return replay.closeAfterTest(client, c -> c.close());
  }

    private static ModelClient messagesClient(AnthropicClient client) {
    return (conversation, tools) -> {
      MessageCreateParams.Builder params =
          MessageCreateParams.builder().model("claude-sonnet-4-6").maxTokens(1024);
      for (JsonNode item : conversation) {
        params.addMessage(sdkRead(item, MessageParam.class));
      }
      for (RenderedTool tool : tools.tools()) {
        params.addTool(sdkRead(Json.read(tool.json()), Tool.class));
      }
      Message message = client.messages().create(params.build());
      try {
        return Json.read(SDK.writeValueAsString(message));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    };
  }

  private static String toolUse(String blocks) {
    return """
    {"id":"msg_1","type":"message","role":"assistant","model":"claude-sonnet-4-6",
     "content":[%s],"stop_reason":"tool_use","stop_sequence":null,
     "usage":{"input_tokens":500,"output_tokens":80}}\
    """
        .formatted(blocks);
  }

  private static <T> T sdkRead(JsonNode item, Class<T> type) {
    try {
      return SDK.readValue(Json.write(item), type);
    } catch (Exception e) {
      throw new AssertionError("the SDK cannot read " + item + " as " + type.getSimpleName(), e);
    }
  }
}
