package io.toolwright.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
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
 * The loop through the real Anthropic SDK client against a server on 127.0.0.1 replaying Messages
 * API responses; what the SDK put on the wire is checked on the server's side.
 */
class AnthropicToolwrightTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ToolRegistry registry = SupportDesk.withSampleData().registry();
  private final ReplayServers replay = new ReplayServers();

  @AfterEach
  void close() throws Exception {
    replay.close();
  }

  @Test
  void theToolsAreConvertedOncePerRendering() {
    AnthropicMessagesClient messages =
        AnthropicMessagesClient.of(client(server()), "claude-sonnet-4-5", 1024);
    var tools = registry.definitions(Dialect.ANTHROPIC);

    // A loop hands its client the same rendering every round: the same SDK objects are sent.
    assertThat(messages.toolsFor(tools)).isSameAs(messages.toolsFor(tools));
    // Another rendering is converted, not mistaken for the last one.
    var strict = registry.definitions(Dialect.ANTHROPIC_STRICT);
    assertThat(messages.toolsFor(strict)).isNotSameAs(messages.toolsFor(tools));
    assertThat(SdkJson.fromSdk(messages.toolsFor(strict))).isEqualTo(JSON.readTree(strict.json()));
  }

  @Test
  void theSdkToolsAreTheRegistrysRendering() {
    assertThat(SdkJson.fromSdk(AnthropicTools.of(registry)))
        .isEqualTo(JSON.readTree(registry.definitions(Dialect.ANTHROPIC).json()));
    assertThat(SdkJson.fromSdk(AnthropicTools.of(registry.definitions(Dialect.ANTHROPIC_STRICT))))
        .isEqualTo(JSON.readTree(registry.definitions(Dialect.ANTHROPIC_STRICT).json()));
  }

  @Test
  void aRenderingOfAnotherProviderIsRefused() {
    assertThatThrownBy(() -> AnthropicTools.of(registry.definitions(Dialect.OPENAI_CHAT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OpenAI Chat Completions");
  }

  /**
   * One call, then four in parallel (a good one, one with no input, an invented tool, an argument
   * of the wrong type), then the answer.
   */
  @Test
  void theLoopAnswersEveryCallThroughTheSdk() {
    ReplayServer api =
        server(
            toolUse(
                """
                {"type":"tool_use","id":"toolu_1","name":"get_account","input":{}}\
                """),
            toolUse(
                """
                {"type":"text","text":"Let me look at the balance."},
                {"type":"tool_use","id":"toolu_2","name":"get_balance",
                 "input":{"accountId":"ACC-1001","includeUpcoming":true}},
                {"type":"tool_use","id":"toolu_3","name":"get_account","input":{}},
                {"type":"tool_use","id":"toolu_4","name":"cancel_everything","input":{}},
                {"type":"tool_use","id":"toolu_5","name":"list_invoices",
                 "input":{"status":"OVERDUE","pageSize":"ten","page":0}}\
                """),
            """
            {"id":"msg_3","type":"message","role":"assistant","model":"claude-sonnet-4-5",
             "content":[{"type":"text","text":"You owe 298.00 EUR."}],
             "stop_reason":"end_turn","stop_sequence":null,
             "usage":{"input_tokens":900,"output_tokens":12}}\
            """);

    LoopResult result =
        AnthropicToolwright.run(
            client(api),
            registry,
            "claude-sonnet-4-5",
            "What do I owe?",
            SupportDesk.signedIn(SampleData.ANA));

    assertThat(result.outcome()).isEqualTo(LoopResult.Outcome.ANSWERED);
    assertThat(result.text()).isEqualTo("You owe 298.00 EUR.");
    List<ReplayServer.Request> sent = api.requests();
    assertThat(sent).hasSize(3);
    assertThat(sent).allMatch(r -> r.path().equals("/v1/messages"));
    JsonNode last = JSON.readTree(sent.get(2).body());
    assertThat(last.get("model").asString()).isEqualTo("claude-sonnet-4-5");
    assertThat(last.get("max_tokens").asLong()).isEqualTo(AnthropicToolwright.DEFAULT_MAX_TOKENS);
    assertThat(last.get("tools"))
        .as("the tools as built")
        .isEqualTo(JSON.readTree(registry.definitions(Dialect.ANTHROPIC).json()));

    JsonNode messages = last.get("messages");
    List<String> roles = new ArrayList<>();
    messages.forEach(m -> roles.add(m.get("role").asString()));
    assertThat(roles).containsExactly("user", "assistant", "user", "assistant", "user");
    assertThat(messages.get(2).get("content").get(0).get("tool_use_id").asString())
        .isEqualTo("toolu_1");

    List<String> ids = new ArrayList<>();
    List<Boolean> errors = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    for (JsonNode block : messages.get(4).get("content")) {
      assertThat(block.get("type").asString()).isEqualTo("tool_result");
      ids.add(block.get("tool_use_id").asString());
      errors.add(block.path("is_error").asBoolean(false));
      JsonNode error = JSON.readTree(block.get("content").asString()).get("error");
      codes.add(error == null ? null : error.get("code").asString());
    }
    assertThat(ids)
        .as("one result per call id, in call order")
        .containsExactly("toolu_2", "toolu_3", "toolu_4", "toolu_5");
    assertThat(errors).as("errors flagged is_error").containsExactly(false, false, true, true);
    assertThat(codes).containsExactly(null, null, "UNKNOWN_TOOL", "INVALID_ARGUMENTS");
  }

  @Test
  void strictToolsAndOptionsReachTheRequest() {
    ReplayServer api =
        server(
            """
            {"id":"msg_1","type":"message","role":"assistant","model":"claude-sonnet-4-5",
             "content":[{"type":"text","text":"Hello."}],
             "stop_reason":"end_turn","stop_sequence":null,
             "usage":{"input_tokens":10,"output_tokens":2}}\
            """);

    LoopResult result =
        ModelLoop.builder(
                registry,
                WireFormat.anthropic(),
                AnthropicMessagesClient.of(
                    client(api), "claude-sonnet-4-5", 512, params -> params.system("Be brief.")))
            .dialect(Dialect.ANTHROPIC_STRICT)
            .build()
            .run("Hi", SupportDesk.signedIn(SampleData.ANA));

    assertThat(result.text()).isEqualTo("Hello.");
    JsonNode sent = JSON.readTree(api.requests().get(0).body());
    assertThat(sent.get("system").asString()).isEqualTo("Be brief.");
    assertThat(sent.get("max_tokens").asLong()).isEqualTo(512);
    assertThat(sent.get("tools"))
        .isEqualTo(JSON.readTree(registry.definitions(Dialect.ANTHROPIC_STRICT).json()));
  }

  private ReplayServer server(String... responses) {
    return replay.start(responses);
  }

  private AnthropicClient client(ReplayServer api) {
    AnthropicClient client =
        AnthropicOkHttpClient.builder()
            .apiKey("sk-ant-test")
            .baseUrl(api.baseUrl())
            .maxRetries(0)
            .build();
    return replay.closeAfterTest(client, c -> c.close());
  }

  private static String toolUse(String blocks) {
    return """
    {"id":"msg_1","type":"message","role":"assistant","model":"claude-sonnet-4-5",
     "content":[%s],"stop_reason":"tool_use","stop_sequence":null,
     "usage":{"input_tokens":500,"output_tokens":80}}\
    """
        .formatted(blocks);
  }
}
