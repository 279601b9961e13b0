package io.toolwright.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.JsonSchemaValidator;
import com.anthropic.core.ObjectMappers;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.Tool;
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
 * Every Anthropic rendering goes through the Anthropic Java SDK as a user's code would send it:
 * read into the SDK's {@code Tool} with the SDK's own JSON mapper, validated by the SDK, put into a
 * Messages request, and sent by the SDK's HTTP client to a loopback server. The tool in the request
 * body must be ours, and the SDK must know every member of the tool ({@code strict} and {@code
 * input_examples} included).
 */
class AnthropicConformanceTest {

  // The SDK reads a response lazily; an empty message is enough to return.
  private static final String EMPTY_MESSAGE =
      "{\"id\":\"msg_0\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-sonnet-4-6\","
          + "\"content\":[],\"stop_reason\":\"end_turn\",\"usage\":{\"input_tokens\":0,\"output_tokens\":0}}";

  private static LoopbackServer api;
  private static AnthropicClient client;

  @BeforeAll
  static void start() {
    api = new LoopbackServer(EMPTY_MESSAGE);
    client =
        AnthropicOkHttpClient.builder()
            .apiKey("sk-ant-conformance")
            .baseUrl(api.baseUrl())
            .maxRetries(0)
            .build();
  }

  @AfterAll
  static void stop() {
    client.close();
    api.close();
  }

  static Stream<ToolRendering> renderings() {
    return Renderings.in(Dialect.ANTHROPIC, Dialect.ANTHROPIC_STRICT).stream();
  }

  @ParameterizedTest
  @MethodSource("renderings")
  void messagesSendsOurTool(ToolRendering rendering) throws Exception {
    Tool tool = ObjectMappers.jsonMapper().readValue(Json.write(rendering.json()), Tool.class);
    tool.validate();
    assertThat(tool._additionalProperties()).as("members the SDK does not know").isEmpty();
    assertThat(tool.strict().orElse(false)).isEqualTo(rendering.dialect().strict());
    JsonNode examples = rendering.json().get("input_examples");
    assertThat(tool.inputExamples().map(list -> list.size()).orElse(0))
        .isEqualTo(examples == null ? 0 : examples.size());

    MessageCreateParams params =
        MessageCreateParams.builder()
            .model("claude-sonnet-4-6")
            .maxTokens(1024)
            .addUserMessage("Which invoices are open?")
            .addTool(tool)
            .build();
    params._body().validate();
    client.messages().create(params);

    LoopbackServer.Request sent = api.takeOnlyRequest();
    assertThat(sent.path()).isEqualTo("/v1/messages");
    JsonNode tools = Json.read(sent.body()).get("tools");
    assertThat(tools.size()).isEqualTo(1);
    assertThat(Json.differences(rendering.json(), tools.get(0))).isEmpty();

    if (rendering.dialect().strict()) {
      assertThat(strictModeErrors(rendering.json().get("input_schema"))).isEmpty();
    }
  }

  /** The SDK's check is live: a bound strict tool use does not take is caught. */
  @Test
  void theStrictCheckCatchesABoundStrictToolUseDoesNotTake() {
    ToolRendering strict =
        Renderings.in(Dialect.ANTHROPIC_STRICT).stream()
            .filter(r -> !r.json().get("input_schema").get("properties").isEmpty())
            .findFirst()
            .orElseThrow();
    ObjectNode schema = (ObjectNode) strict.json().get("input_schema").deepCopy();
    String first = schema.get("properties").propertyNames().iterator().next();
    ((ObjectNode) schema.get("properties").get(first)).put("minimum", 1);

    assertThat(strictModeErrors(schema))
        .containsExactly("#/properties/" + first + ": Use of 'minimum' is not supported here.");
  }

  /**
   * What the SDK's own check of a structured-output schema ({@code
   * com.anthropic.core.JsonSchemaValidator}) finds wrong with a strict input schema, less what that
   * check assumes of a schema generated from a Java class for a structured output and strict tool
   * use does not ask: a root {@code $schema} (we add it); every property required (strict tools may
   * have optional parameters, counted against the 24-per-request budget the processor checks, so
   * the check is given a copy in which every property is required, and so still looks inside every
   * object); at least one property (a tool without parameters is the closed empty object); and no
   * {@code pattern} (strict tool use takes simple patterns; the processor keeps those it writes
   * simple).
   */
  private static List<String> strictModeErrors(JsonNode inputSchema) {
    // The SDK's check reads Jackson 2 trees.
    var root =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            ObjectMappers.jsonMapper().valueToTree(Json.toMap(inputSchema));
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    requireEveryProperty(root);
    List<String> errors = JsonSchemaValidator.Companion.create().validate(root).errors();
    boolean emptyClosedRoot = inputSchema.get("properties").isEmpty();
    return errors.stream()
        .filter(e -> !e.endsWith(": Use of 'pattern' is not supported here."))
        .filter(e -> !(emptyClosedRoot && e.startsWith("#: 'properties' field is missing, empty")))
        .toList();
  }

  /** Lists every property of every object in {@code schema} as required. */
  private static void requireEveryProperty(com.fasterxml.jackson.databind.JsonNode schema) {
    if (schema.isObject()) {
      com.fasterxml.jackson.databind.JsonNode properties = schema.get("properties");
      if (properties != null && properties.isObject() && !properties.isEmpty()) {
        var required =
            ((com.fasterxml.jackson.databind.node.ObjectNode) schema).putArray("required");
        properties.fieldNames().forEachRemaining(required::add);
      }
    }
    for (com.fasterxml.jackson.databind.JsonNode child : schema) {
      requireEveryProperty(child);
    }
  }
}
