package io.toolwright.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.genai.Client;
import com.google.genai.types.FunctionDeclaration;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.Schema;
import com.google.genai.types.Tool;
import io.toolwright.Dialect;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every Gemini rendering goes through the Google Gen AI Java SDK as a user's code would send it:
 * read with {@code FunctionDeclaration.fromJson}, put into a {@code Tool} in a {@code
 * GenerateContentConfig}, and sent by the SDK's client (Gemini Developer API) to a loopback server.
 * The declaration in the request body must be ours: the SDK models {@code parameters} as its typed
 * {@code Schema}, so a keyword it does not know would be dropped on the way, and this test would
 * see it missing.
 */
class GeminiConformanceTest {

  private static final String MODEL = "gemini-2.5-flash";

  private static LoopbackServer api;
  private static Client client;

  @BeforeAll
  static void start() {
    // The SDK reads a response lazily; an empty one is enough to return.
    api = new LoopbackServer("{}");
    client =
        Client.builder()
            .apiKey("gemini-conformance")
            .vertexAI(false)
            .httpOptions(HttpOptions.builder().baseUrl(api.baseUrl()).build())
            .build();
  }

  @AfterAll
  static void stop() {
    client.close();
    api.close();
  }

  static Stream<ToolRendering> renderings() {
    return Renderings.in(Dialect.GEMINI, Dialect.GEMINI_JSON_SCHEMA).stream();
  }

  /** The Gemini renderings with parameters (a function without any leaves them out). */
  static Stream<ToolRendering> openApiRenderings() {
    return Renderings.in(Dialect.GEMINI).stream().filter(r -> r.json().has("parameters"));
  }

  @ParameterizedTest
  @MethodSource("renderings")
  void generateContentSendsOurDeclaration(ToolRendering rendering) {
    FunctionDeclaration declaration = FunctionDeclaration.fromJson(Json.write(rendering.json()));
    // A function without parameters may leave both out.
    if (rendering.dialect() == Dialect.GEMINI) {
      assertThat(declaration.parameters().isPresent())
          .isEqualTo(rendering.json().has("parameters"));
      assertThat(declaration.parametersJsonSchema()).isEmpty();
    } else {
      assertThat(declaration.parametersJsonSchema().isPresent())
          .isEqualTo(rendering.json().has("parametersJsonSchema"));
      assertThat(declaration.parameters()).isEmpty();
    }

    assertThat(Json.differences(rendering.json(), send(rendering.json()))).isEmpty();
  }

  /**
   * The OpenAPI-subset {@code parameters} are not JSON Schema 2020-12 (upper-case types, {@code
   * nullable}); they are checked against {@code meta/gemini-schema.json}, which allows exactly the
   * members of the SDK's {@code Schema}, each with the type the API's protobuf gives it, and
   * nothing else (no {@code $ref}, {@code $defs}, {@code additionalProperties}, {@code const}, type
   * arrays or exclusive bounds).
   */
  @ParameterizedTest
  @MethodSource("openApiRenderings")
  void parametersAreGeminisSchemaSubset(ToolRendering rendering) {
    assertThat(MetaSchemas.geminiSchemaErrors(rendering.json().get("parameters"))).isEmpty();
    assertThat(rendering.json().get("parameters").get("type").asString()).isEqualTo("OBJECT");
  }

  /**
   * The comparison is live: {@code additionalProperties}, which the Gemini Developer API rejects in
   * {@code parameters}, is not sent by the SDK, and the subset description rejects it.
   */
  @Test
  void aKeywordOutsideTheSubsetIsCaught() {
    ObjectNode declaration =
        (ObjectNode) openApiRenderings().findFirst().orElseThrow().json().deepCopy();
    ((ObjectNode) declaration.get("parameters")).put("additionalProperties", false);

    assertThat(MetaSchemas.geminiSchemaErrors(declaration.get("parameters"))).isNotEmpty();
    // The SDK's Schema has no such member: it drops the keyword without a word.
    assertThat(Json.differences(declaration, send(declaration)))
        .containsExactly("/parameters/additionalProperties: expected false but was null");
  }

  /** The declaration as the SDK sends it, alone in the request's tools. */
  private static JsonNode send(JsonNode declarationJson) {
    FunctionDeclaration declaration = FunctionDeclaration.fromJson(Json.write(declarationJson));
    GenerateContentConfig config =
        GenerateContentConfig.builder()
            .tools(Tool.builder().functionDeclarations(declaration).build())
            .build();
    client.models.generateContent(MODEL, "Which invoices are open?", config);

    LoopbackServer.Request sent = api.takeOnlyRequest();
    // The SDK's default API version (v1 in 2.3.0), whichever it is.
    assertThat(sent.path()).endsWith("/models/" + MODEL + ":generateContent");
    JsonNode tools = Json.read(sent.body()).get("tools");
    assertThat(tools.size()).isEqualTo(1);
    JsonNode declarations = tools.get(0).get("functionDeclarations");
    assertThat(declarations.size()).isEqualTo(1);
    return declarations.get(0);
  }

  @Test
  void theSubsetDescriptionHasExactlyTheMembersOfTheSdksSchema() {
    Set<String> sdk =
        Arrays.stream(Schema.class.getDeclaredMethods())
            .map(method -> method.getAnnotation(JsonProperty.class))
            .filter(annotation -> annotation != null)
            .map(JsonProperty::value)
            .collect(Collectors.toCollection(TreeSet::new));
    JsonNode subset =
        MetaSchemas.resource("meta/gemini-schema.json").at("/$defs/schema/properties");

    assertThat(new TreeSet<>(subset.propertyNames())).isEqualTo(sdk);
  }
}
