package io.toolwright.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.genai.Client;
import com.google.genai.types.Content;
import com.google.genai.types.FunctionCall;
import com.google.genai.types.FunctionResponse;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.Part;
import com.google.genai.types.Tool;
import io.toolwright.Dialect;
import io.toolwright.ToolCall;
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
 * The Gemini wire format against the Google Gen AI Java SDK: the SDK's {@code
 * GenerateContentResponse} read from the same documented response finds the calls our reader finds;
 * the model content we append and the {@code functionResponse} content we write are {@code Content}
 * to the SDK, thought signatures intact; and the loop runs through the SDK's client against a
 * server on 127.0.0.1 replaying {@code generateContent} responses whose calls carry no ids, so
 * results pair by name and order.
 */
class GeminiWireConformanceTest {

  private static final String MODEL = "gemini-2.5-flash";

  private final ToolRegistry registry = SupportDesk.withSampleData().registry();
  private final ReplayServers replay = new ReplayServers();

  @AfterEach
  void close() throws Exception {
    replay.close();
  }

  @Test
  void theSdkAndOurReaderFindTheSameFunctionCalls() {
    for (String fixture : List.of("gemini-function-calls.json", "gemini3-function-calls.json")) {
      String body = WireFixtures.text(fixture);
      GenerateContentResponse response = GenerateContentResponse.fromJson(body);
      List<FunctionCall> sdkCalls = response.functionCalls();

      for (String text : List.of(body, response.toJson())) {
        ModelTurn turn = WireFormat.gemini().read(text);
        assertThat(turn.calls()).hasSize(sdkCalls.size());
        for (int i = 0; i < sdkCalls.size(); i++) {
          FunctionCall sdk = sdkCalls.get(i);
          ToolCall ours = turn.calls().get(i);
          assertThat(ours.name()).isEqualTo(sdk.name().orElseThrow());
          assertThat(ours.id()).isEqualTo(sdk.id().orElse("gemini-call-" + i));
          if (sdk.args().isPresent()) {
            assertThat(
                    Json.differences(
                        Json.MAPPER.valueToTree(sdk.args().get()), ours.argumentTree()))
                .isEmpty();
          } else {
            assertThat(ours.argumentBytes()).as("args left out: no arguments").isEmpty();
          }
        }
      }
    }
  }

  @Test
  void theModelContentWeAppendIsTheSdksContentWithItsThoughtSignature() {
    String body = WireFixtures.text("gemini-function-calls.json");
    Content sdkContent =
        GenerateContentResponse.fromJson(body)
            .candidates()
            .orElseThrow()
            .get(0)
            .content()
            .orElseThrow();

    JsonNode ours = WireFormat.gemini().read(body).conversationItems().get(0);

    assertThat(Json.differences(Json.read(sdkContent.toJson()), ours)).isEmpty();
    assertThat(Content.fromJson(Json.write(ours)).parts().orElseThrow().get(1).thoughtSignature())
        .isPresent();
  }

  @Test
  void theSdkReadsOurFunctionResponsesInCallOrder() {
    for (String fixture : List.of("gemini-function-calls.json", "gemini3-function-calls.json")) {
      WireFormat wire = WireFormat.gemini();
      ModelTurn turn = wire.read(WireFixtures.text(fixture));
      List<ToolResult> results =
          registry.execute(turn.calls(), SupportDesk.signedIn(SampleData.ANA));
      List<FunctionCall> sdkCalls =
          GenerateContentResponse.fromJson(WireFixtures.text(fixture)).functionCalls();

      List<JsonNode> answer = wire.answer(turn, results);
      assertThat(answer).hasSize(1);
      Content content = Content.fromJson(Json.write(answer.get(0)));
      assertThat(Json.differences(answer.get(0), Json.read(content.toJson()))).isEmpty();
      assertThat(content.role()).contains("user");
      List<Part> parts = content.parts().orElseThrow();
      assertThat(parts).hasSize(sdkCalls.size());
      for (int i = 0; i < parts.size(); i++) {
        FunctionResponse response = parts.get(i).functionResponse().orElseThrow();
        assertThat(response.name()).isEqualTo(sdkCalls.get(i).name());
        assertThat(response.id()).isEqualTo(sdkCalls.get(i).id());
        assertThat(response.response().orElseThrow())
            .containsOnlyKeys(results.get(i).isError() ? "error" : "output");
      }
    }
  }

  /** One call, then four in parallel (two of them bad), then the answer, through the SDK. */
  @Test
  void theLoopRunsThroughTheSdkClient() {
    String oneCall = modelParts("{\"functionCall\":{\"name\":\"get_account\"}}");
    String parallel =
        modelParts(
            """
            {"functionCall":{"name":"get_balance","args":{"accountId":"ACC-1001","includeUpcoming":true}}},
            {"functionCall":{"name":"get_account","args":{}}},
            {"functionCall":{"name":"cancel_everything","args":{}}},
            {"functionCall":{"name":"list_invoices","args":{"status":"OVERDUE","pageSize":"ten","page":0}}}\
            """);
    String answer = modelParts("{\"text\":\"You owe 298.00 EUR.\"}");

    ReplayServer api = replay.start(oneCall, parallel, answer);
    Client client = client(api);
    LoopResult result =
        ModelLoop.builder(registry, WireFormat.gemini(), geminiClient(client))
            .build()
            .run("What do I owe?", SupportDesk.signedIn(SampleData.ANA));

    assertThat(result.outcome()).isEqualTo(LoopResult.Outcome.ANSWERED);
    assertThat(result.text()).isEqualTo("You owe 298.00 EUR.");
    List<ReplayServer.Request> sent = api.requests();
    assertThat(sent).hasSize(3);
    assertThat(sent).allMatch(r -> r.path().endsWith("/models/" + MODEL + ":generateContent"));

    JsonNode last = Json.read(sent.get(2).body());
    assertThat(
            Json.differences(
                Json.read(registry.definitions(Dialect.GEMINI_JSON_SCHEMA).json()),
                last.get("tools")))
        .as("the tools as built")
        .isEmpty();
    JsonNode contents = last.get("contents");
    List<String> roles = new ArrayList<>();
    contents.forEach(c -> roles.add(c.get("role").asString()));
    assertThat(roles).containsExactly("user", "model", "user", "model", "user");

    List<String> names = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    contents
        .get(4)
        .get("parts")
        .forEach(
            part -> {
              JsonNode response = part.get("functionResponse");
              assertThat(response.has("id")).as("the model sent no ids").isFalse();
              names.add(response.get("name").asString());
              String key = response.get("response").propertyNames().iterator().next();
              keys.add(key);
              codes.add(
                  key.equals("error")
                      ? response.get("response").get("error").get("code").asString()
                      : null);
            });
    assertThat(names)
        .as("one result per call, in call order")
        .containsExactly("get_balance", "get_account", "cancel_everything", "list_invoices");
    assertThat(keys).containsExactly("output", "output", "error", "error");
    assertThat(codes).containsExactly(null, null, "UNKNOWN_TOOL", "INVALID_ARGUMENTS");
    assertThat(contents.get(2).get("parts").get(0).get("functionResponse").get("name").asString())
        .isEqualTo("get_account");
  }

  /**
   * A {@link ModelClient} on the SDK: our items become its {@code Content}s, its response our JSON.
   */
/** The SDK's client of {@code api}, closed after the test. */
  private Client client(ReplayServer api) {
    Client client =
        Client.builder()
            .apiKey("gemini-conformance")
            .vertexAI(false)
            .httpOptions(HttpOptions.builder().baseUrl(api.baseUrl()).build())
            .build();
    return replay.closeAfterTest(client, c -> c.close());
  }

    private static ModelClient geminiClient(Client client) {
    return (conversation, tools) -> {
      List<Content> contents = new ArrayList<>();
      for (JsonNode item : conversation) {
        contents.add(Content.fromJson(Json.write(item)));
      }
      List<Tool> sdkTools = new ArrayList<>();
      for (JsonNode tool : Json.read(tools.json())) {
        sdkTools.add(Tool.fromJson(Json.write(tool)));
      }
      GenerateContentResponse response =
          client.models.generateContent(
              MODEL, contents, GenerateContentConfig.builder().tools(sdkTools).build());
      return Json.read(response.toJson());
    };
  }

  private static String modelParts(String parts) {
    return """
    {"candidates":[{"content":{"role":"model","parts":[%s]},"finishReason":"STOP","index":0}],
     "modelVersion":"gemini-2.5-flash"}\
    """
        .formatted(parts);
  }
}
