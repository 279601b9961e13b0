package io.toolwright.loop;

import static io.toolwright.WireFixtures.CUSTOMER_42;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.toolwright.Dialect;
import io.toolwright.RenderedTools;
import io.toolwright.ToolRegistry;
import io.toolwright.WireFixtures;
import io.toolwright.wire.WireFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ModelLoopTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final ToolRegistry registry = WireFixtures.billingRegistry();

  /** A model that answers with the given responses in turn and records what it was sent. */
  private static final class ReplayedModel implements ModelClient {
    final List<JsonNode> responses;
    final List<List<JsonNode>> conversations = new ArrayList<>();
    final List<RenderedTools> tools = new ArrayList<>();

    ReplayedModel(String... fixtures) {
      responses = new ArrayList<>();
      for (String fixture : fixtures) {
        responses.add(fixture(fixture));
      }
    }

    @Override
    public JsonNode send(List<JsonNode> conversation, RenderedTools offered) {
      conversations.add(conversation);
      tools.add(offered);
      return responses.get(Math.min(conversations.size(), responses.size()) - 1);
    }
  }

  @Test
  void runsTheCallsSendsTheResultsAndStopsWhenTheModelAnswers() {
    ReplayedModel model =
        new ReplayedModel("openai-chat-tool-calls.json", "openai-chat-answer.json");
    ModelLoop loop = ModelLoop.builder(registry, WireFormat.openAiChat(), model).build();

    LoopResult result = loop.run("What do I owe?", CUSTOMER_42);

    assertThat(result.outcome()).isEqualTo(LoopResult.Outcome.ANSWERED);
    assertThat(result.text()).isEqualTo("Your balance on AC-1001 is 120.50.");
    assertThat(model.tools)
        .allSatisfy(t -> assertThat(t).isSameAs(registry.definitions(Dialect.OPENAI_CHAT_STRICT)));
    assertThat(model.conversations.get(0)).hasSize(1);
    List<JsonNode> second = model.conversations.get(1);
    assertThat(second)
        .extracting(item -> item.get("role").stringValue())
        .containsExactly("user", "assistant", "tool", "tool", "tool", "tool");
    assertThat(second.subList(2, 6))
        .extracting(item -> item.get("tool_call_id").stringValue())
        .containsExactly("call_Qp3mZ8", "call_Rk7vN2", "call_Ts1wB5", "call_Uv9xC4");
    assertThat(result.rounds()).hasSize(2);
    assertThat(result.rounds().get(0).results()).hasSize(4);
    assertThat(result.rounds().get(0).results().get(2).isError()).isTrue();
    assertThat(result.conversation()).hasSize(7);
    assertThat(result.conversation().get(6).get("content").stringValue()).isEqualTo(result.text());
  }

  @Test
  void stopsAtTheRoundLimitWithoutRunningTheLastCalls() {
    ReplayedModel model = new ReplayedModel("anthropic-tool-use.json");
    ModelLoop loop =
        ModelLoop.builder(registry, WireFormat.anthropic(), model).maxRounds(3).build();

    LoopResult result = loop.run("What do I owe?", CUSTOMER_42);

    assertThat(result.outcome()).isEqualTo(LoopResult.Outcome.ROUND_LIMIT);
    assertThat(model.conversations).hasSize(3);
    assertThat(result.rounds()).hasSize(3);
    assertThat(result.rounds().get(2).results()).as("last calls not run").isEmpty();
    // user, then two rounds of assistant + tool results; the unanswered turn is left out.
    assertThat(result.conversation())
        .extracting(item -> item.get("role").stringValue())
        .containsExactly("user", "assistant", "user", "assistant", "user");
    assertThat(result.conversation()).isEqualTo(model.conversations.get(2));
  }

  @Test
  void aResultOverTheSizeLimitIsSentAsAnExcerptAndKeptWhole() {
    ReplayedModel model = new ReplayedModel("gemini3-function-calls.json", "gemini-answer.json");
    ModelLoop loop =
        ModelLoop.builder(registry, WireFormat.gemini(), model).maxResultChars(20).build();

    LoopResult result = loop.run("What do I owe?", CUSTOMER_42);

    LoopRound round = result.rounds().get(0);
    assertThat(round.answers().get(0).truncated()).isTrue();
    assertThat(round.results().get(0).contentJson()).hasSizeGreaterThan(20);
    JsonNode sent = model.conversations.get(1).get(2).get("parts").get(0).get("functionResponse");
    assertThat(sent.get("response").get("output").get("excerpt").stringValue())
        .isEqualTo(round.results().get(0).contentJson().substring(0, 20));
    assertThat(round.answers().get(1).truncated()).as("{\"ok\"...} fits").isFalse();
    assertThat(model.tools.get(0)).isSameAs(registry.definitions(Dialect.GEMINI_JSON_SCHEMA));
  }

  @Test
  void aDialectTheProviderDoesNotTakeIsRefused() {
    ModelLoop.Builder builder =
        ModelLoop.builder(registry, WireFormat.openAiResponses(), (c, t) -> null);

    assertThatThrownBy(() -> builder.dialect(Dialect.OPENAI_CHAT_STRICT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "OpenAI Responses does not take tools rendered for OpenAI Chat Completions (strict)");
    assertThat(builder.dialect(Dialect.OPENAI_RESPONSES).build().tools().dialect())
        .isEqualTo(Dialect.OPENAI_RESPONSES);
  }

  @Test
  void aTextClientSeesTheConversationAsOneJsonArray() {
    List<String> sent = new ArrayList<>();
    ModelClient client =
        ModelClient.ofText(
            (conversation, tools) -> {
              sent.add(conversation);
              return fixtureText(
                  sent.size() == 1
                      ? "openai-responses-function-calls.json"
                      : "openai-responses-answer.json");
            });
    LoopResult result =
        ModelLoop.builder(registry, WireFormat.openAiResponses(), client)
            .build()
            .run("What do I owe?", CUSTOMER_42);

    assertThat(result.text()).isEqualTo("Your balance is 120.50.");
    JsonNode second = MAPPER.readTree(sent.get(1));
    assertThat(second.isArray()).isTrue();
    // user, reasoning, three calls, three outputs
    assertThat(second.size()).isEqualTo(8);
    assertThat(second.get(7).get("type").stringValue()).isEqualTo("function_call_output");
  }

  private static JsonNode fixture(String name) {
    return MAPPER.readTree(fixtureText(name));
  }

  private static String fixtureText(String name) {
    try (InputStream in = ModelLoopTest.class.getResourceAsStream("/wire/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
