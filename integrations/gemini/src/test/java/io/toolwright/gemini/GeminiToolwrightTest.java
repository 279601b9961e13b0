package io.toolwright.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.genai.Client;
import com.google.genai.types.Content;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.Part;
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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The loop through the real Google Gen AI SDK client (Gemini Developer API) against a server on
 * 127.0.0.1 replaying {@code generateContent} responses; what the SDK put on the wire is checked on
 * the server's side.
 */
class GeminiToolwrightTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String MODEL = "gemini-2.5-flash";

  private final ToolRegistry registry = SupportDesk.withSampleData().registry();
  private final ReplayServers replay = new ReplayServers();

  @AfterEach
  void close() throws Exception {
    replay.close();
  }

  @Test
  void theToolsAreConvertedOncePerRendering() {
    GeminiModelClient gemini = GeminiModelClient.of(client(server()), MODEL);
    var tools = registry.definitions(Dialect.GEMINI_JSON_SCHEMA);

    // A loop hands its client the same rendering every round: the same SDK objects are sent.
    assertThat(gemini.toolsFor(tools)).isSameAs(gemini.toolsFor(tools));
    // Another rendering is converted, not mistaken for the last one.
    var openApi = registry.definitions(Dialect.GEMINI);
    assertThat(gemini.toolsFor(openApi)).isNotSameAs(gemini.toolsFor(tools));
    assertThat(gemini.toolsFor(openApi).toJson()).isEqualTo(GeminiTools.of(openApi).toJson());
  }

  @Test
  void theSdkToolIsTheRegistrysRendering() {
    assertThat(JSON.readTree("[" + GeminiTools.of(registry).toJson() + "]"))
        .isEqualTo(JSON.readTree(registry.definitions(Dialect.GEMINI_JSON_SCHEMA).json()));
    // The SDK's Schema holds numbers as doubles (it writes "maximum":100.0): compared by value.
    assertThat(
            byValue(
                JSON.readTree(
                    "[" + GeminiTools.of(registry.definitions(Dialect.GEMINI)).toJson() + "]")))
        .isEqualTo(byValue(JSON.readTree(registry.definitions(Dialect.GEMINI).json())));
  }

  @Test
  void aRenderingOfAnotherProviderIsRefused() {
    assertThatThrownBy(() -> GeminiTools.of(registry.definitions(Dialect.ANTHROPIC)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Anthropic");
  }

  /**
   * One call, then four in parallel (a good one, one with no args, an invented tool, an argument of
   * the wrong type), then the answer.
   */
  @Test
  void theLoopAnswersEveryCallThroughTheSdk() {
    ReplayServer api =
        server(
            modelParts("{\"functionCall\":{\"name\":\"get_account\"}}"),
            modelParts(
                """
                {"functionCall":{"name":"get_balance","args":{"accountId":"ACC-1001","includeUpcoming":true}}},
                {"functionCall":{"name":"get_account","args":{}}},
                {"functionCall":{"name":"cancel_everything","args":{}}},
                {"functionCall":{"name":"list_invoices","args":{"status":"OVERDUE","pageSize":"ten","page":0}}}\
                """),
            modelParts("{\"text\":\"You owe 298.00 EUR.\"}"));

    LoopResult result =
        GeminiToolwright.run(
            client(api), registry, MODEL, "What do I owe?", SupportDesk.signedIn(SampleData.ANA));

    assertThat(result.outcome()).isEqualTo(LoopResult.Outcome.ANSWERED);
    assertThat(result.text()).isEqualTo("You owe 298.00 EUR.");
    List<ReplayServer.Request> sent = api.requests();
    assertThat(sent).hasSize(3);
    assertThat(sent).allMatch(r -> r.path().endsWith("/models/" + MODEL + ":generateContent"));
    JsonNode last = JSON.readTree(sent.get(2).body());
    assertThat(last.get("tools"))
        .as("the tools as built")
        .isEqualTo(JSON.readTree(registry.definitions(Dialect.GEMINI_JSON_SCHEMA).json()));

    JsonNode contents = last.get("contents");
    List<String> roles = new ArrayList<>();
    contents.forEach(c -> roles.add(c.get("role").asString()));
    assertThat(roles).containsExactly("user", "model", "user", "model", "user");
    assertThat(contents.get(2).get("parts").get(0).get("functionResponse").get("name").asString())
        .isEqualTo("get_account");

    List<String> names = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    for (JsonNode part : contents.get(4).get("parts")) {
      JsonNode response = part.get("functionResponse");
      names.add(response.get("name").asString());
      String key = response.get("response").propertyNames().iterator().next();
      keys.add(key);
      codes.add(
          key.equals("error")
              ? response.get("response").get("error").get("code").asString()
              : null);
    }
    assertThat(names)
        .as("one result per call (Gemini sent no ids), in call order")
        .containsExactly("get_balance", "get_account", "cancel_everything", "list_invoices");
    assertThat(keys)
        .as("errors under \"error\"")
        .containsExactly("output", "output", "error", "error");
    assertThat(codes).containsExactly(null, null, "UNKNOWN_TOOL", "INVALID_ARGUMENTS");
  }

  @Test
  void theConfigReachesTheRequestWithTheLoopsTools() {
    ReplayServer api = server(modelParts("{\"text\":\"Hello.\"}"));
    GenerateContentConfig config =
        GenerateContentConfig.builder()
            .systemInstruction(Content.fromParts(Part.fromText("Be brief.")))
            .temperature(0.0f)
            .build();

    LoopResult result =
        ModelLoop.builder(
                registry, WireFormat.gemini(), GeminiModelClient.of(client(api), MODEL, config))
            .build()
            .run("Hi", SupportDesk.signedIn(SampleData.ANA));

    assertThat(result.text()).isEqualTo("Hello.");
    JsonNode sent = JSON.readTree(api.requests().get(0).body());
    assertThat(sent.get("systemInstruction").get("parts").get(0).get("text").asString())
        .isEqualTo("Be brief.");
    assertThat(sent.get("generationConfig").get("temperature").asDouble()).isEqualTo(0.0);
    assertThat(sent.get("tools"))
        .isEqualTo(JSON.readTree(registry.definitions(Dialect.GEMINI_JSON_SCHEMA).json()));
  }

  /** {@code json} with every number as a BigDecimal without trailing zeros. */
  private static JsonNode byValue(JsonNode json) {
    if (json.isNumber()) {
      return JSON.getNodeFactory().numberNode(json.decimalValue().stripTrailingZeros());
    }
    if (json.isArray()) {
      ArrayNode out = JSON.createArrayNode();
      json.forEach(element -> out.add(byValue(element)));
      return out;
    }
    if (json.isObject()) {
      ObjectNode out = JSON.createObjectNode();
      json.properties().forEach(member -> out.set(member.getKey(), byValue(member.getValue())));
      return out;
    }
    return json;
  }

  private ReplayServer server(String... responses) {
    return replay.start(responses);
  }

  private Client client(ReplayServer api) {
    Client client =
        Client.builder()
            .apiKey("gemini-test")
            .vertexAI(false)
            .httpOptions(HttpOptions.builder().baseUrl(api.baseUrl()).build())
            .build();
    return replay.closeAfterTest(client, c -> c.close());
  }

  private static String modelParts(String parts) {
    return """
    {"candidates":[{"content":{"role":"model","parts":[%s]},"finishReason":"STOP","index":0}],
     "modelVersion":"gemini-2.5-flash"}\
    """
        .formatted(parts);
  }
}
