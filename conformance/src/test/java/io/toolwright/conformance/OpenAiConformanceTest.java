package io.toolwright.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonSchemaValidator;
import com.openai.core.ObjectMappers;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionFunctionTool;
import com.openai.models.responses.FunctionTool;
import com.openai.models.responses.ResponseCreateParams;
import io.toolwright.Dialect;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every OpenAI rendering goes through the OpenAI Java SDK as a user's code would send it: read into
 * the SDK's tool type with the SDK's own JSON mapper, validated by the SDK, put into a request, and
 * sent by the SDK's HTTP client to a loopback server. The tool in the request body must be ours,
 * member for member, and the SDK must know every member of the tool (none lands in its untyped
 * "additional properties"). Strict renderings also pass the SDK's own check of a strict-mode
 * schema.
 */
class OpenAiConformanceTest {

  // The SDK reads a response lazily; an empty chat completion or response is enough to return.
  private static final String EMPTY_RESULT =
      "{\"id\":\"0\",\"created\":0,\"created_at\":0,\"model\":\"gpt-4o\",\"choices\":[],\"output\":[]}";

  private static LoopbackServer api;
  private static OpenAIClient client;

  @BeforeAll
  static void start() {
    api = new LoopbackServer(EMPTY_RESULT);
    client =
        OpenAIOkHttpClient.builder()
            .apiKey("sk-conformance")
            .baseUrl(api.baseUrl() + "/v1")
            .maxRetries(0)
            .build();
  }

  @AfterAll
  static void stop() {
    client.close();
    api.close();
  }

  static Stream<ToolRendering> chat() {
    return Renderings.in(Dialect.OPENAI_CHAT, Dialect.OPENAI_CHAT_STRICT).stream();
  }

  static Stream<ToolRendering> responses() {
    return Renderings.in(Dialect.OPENAI_RESPONSES, Dialect.OPENAI_RESPONSES_STRICT).stream();
  }

  @ParameterizedTest
  @MethodSource("chat")
  void chatCompletionsSendsOurTool(ToolRendering rendering) throws Exception {
    ChatCompletionFunctionTool tool =
        ObjectMappers.jsonMapper()
            .readValue(Json.write(rendering.json()), ChatCompletionFunctionTool.class);
    tool.validate();
    assertThat(tool._additionalProperties()).as("members the SDK does not know").isEmpty();
    assertThat(tool.function()._additionalProperties())
        .as("members the SDK does not know")
        .isEmpty();
    assertThat(tool.function().strict()).contains(rendering.dialect().strict());

    ChatCompletionCreateParams params =
        ChatCompletionCreateParams.builder()
            .model(ChatModel.GPT_4O)
            .addUserMessage("Which invoices are open?")
            .addTool(tool)
            .build();
    params._body().validate();
    client.chat().completions().create(params);

    LoopbackServer.Request sent = api.takeOnlyRequest();
    assertThat(sent.path()).isEqualTo("/v1/chat/completions");
    JsonNode tools = Json.read(sent.body()).get("tools");
    assertThat(tools.size()).isEqualTo(1);
    assertThat(Json.differences(rendering.json(), tools.get(0))).isEmpty();

    if (rendering.dialect().strict()) {
      assertThat(strictModeErrors(rendering.json().get("function").get("parameters"))).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("responses")
  void responsesSendsOurTool(ToolRendering rendering) throws Exception {
    FunctionTool tool =
        ObjectMappers.jsonMapper().readValue(Json.write(rendering.json()), FunctionTool.class);
    tool.validate();
    assertThat(tool._additionalProperties()).as("members the SDK does not know").isEmpty();
    assertThat(tool.strict()).contains(rendering.dialect().strict());

    ResponseCreateParams params =
        ResponseCreateParams.builder()
            .model(ChatModel.GPT_4O)
            .input("Which invoices are open?")
            .addTool(tool)
            .build();
    params._body().validate();
    client.responses().create(params);

    LoopbackServer.Request sent = api.takeOnlyRequest();
    assertThat(sent.path()).isEqualTo("/v1/responses");
    JsonNode tools = Json.read(sent.body()).get("tools");
    assertThat(tools.size()).isEqualTo(1);
    assertThat(Json.differences(rendering.json(), tools.get(0))).isEmpty();

    if (rendering.dialect().strict()) {
      assertThat(strictModeErrors(rendering.json().get("parameters"))).isEmpty();
    }
  }

  /** The check for members the SDK does not know is live: a misspelt one is caught. */
  @Test
  void aMemberTheSdkDoesNotKnowIsCaught() throws Exception {
    ObjectNode tool = (ObjectNode) chat().findFirst().orElseThrow().json().deepCopy();
    ((ObjectNode) tool.get("function")).put("stirct", true);

    ChatCompletionFunctionTool parsed =
        ObjectMappers.jsonMapper().readValue(Json.write(tool), ChatCompletionFunctionTool.class);
    assertThat(parsed.function()._additionalProperties()).containsOnlyKeys("stirct");
  }

  /** The SDK's strict-mode check is live: a keyword strict mode does not take is caught. */
  @Test
  void theStrictModeCheckCatchesAKeywordStrictModeDoesNotTake() {
    ToolRendering strict =
        Renderings.in(Dialect.OPENAI_CHAT_STRICT).stream()
            .filter(r -> !r.json().get("function").get("parameters").get("properties").isEmpty())
            .findFirst()
            .orElseThrow();
    ObjectNode parameters = (ObjectNode) strict.json().get("function").get("parameters").deepCopy();
    String first = parameters.get("properties").propertyNames().iterator().next();
    ((ObjectNode) parameters.get("properties").get(first)).put("maxLength", 10);

    assertThat(strictModeErrors(parameters))
        .containsExactly("#/properties/" + first + ": Use of 'maxLength' is not supported here.");
  }

  /**
   * What the SDK's own strict-mode check ({@code com.openai.core.JsonSchemaValidator}, which it
   * runs on schemas it derives from classes for structured outputs) finds wrong with a strict
   * parameter schema, less two things that check assumes of a schema generated from a Java class
   * and the API does not ask of a function's parameters: a root {@code $schema} (it checks for one
   * to be sure it was handed a root; we add it), and at least one property in an object (it rejects
   * empty objects to catch Java {@code Map} fields; a tool without parameters is the closed empty
   * object {@code {"type":"object","properties":{},"required":[], "additionalProperties":false}},
   * which strict function calling accepts). And one thing it does not know: {@code {"type":"null"}}
   * as a branch of {@code anyOf}, which OpenAI documents for an optional value that cannot carry a
   * type array (a {@code $ref}); the check takes {@code "null"} only inside a type array.
   */
  private static List<String> strictModeErrors(JsonNode parameters) {
    // The SDK's check reads Jackson 2 trees.
    var root =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            ObjectMappers.jsonMapper().valueToTree(Json.toMap(parameters));
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    List<String> errors = JsonSchemaValidator.Companion.create().validate(root).errors();
    boolean emptyClosedRoot =
        parameters.get("properties").isEmpty()
            && parameters.get("additionalProperties").isBoolean()
            && !parameters.get("additionalProperties").asBoolean();
    return errors.stream()
        .filter(e -> !(emptyClosedRoot && e.startsWith("#: 'properties' field is missing, empty")))
        .filter(
            e -> !(e.endsWith("/type: Unsupported 'type' value: 'null'.") && nullBranch(root, e)))
        .toList();
  }

  /** Whether the error is at an {@code anyOf} branch that is exactly {@code {"type":"null"}}. */
  private static boolean nullBranch(com.fasterxml.jackson.databind.JsonNode root, String error) {
    String path = error.substring(1, error.indexOf("/type: "));
    if (!path.matches(".*/anyOf\\[\\d+]")) {
      return false;
    }
    var branch = root.at(path.replaceAll("\\[(\\d+)]", "/$1"));
    return branch.size() == 1 && "null".equals(branch.path("type").asText());
  }
}
