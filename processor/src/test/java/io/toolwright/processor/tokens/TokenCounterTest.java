package io.toolwright.processor.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Percentage.withPercentage;

import io.toolwright.Dialect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each dialect family counted on the form its model reads, against jtokkit on that exact text. */
class TokenCounterTest {

  private static final String PARAMETERS =
      """
      {"type":"object","properties":{
        "location":{"type":"string","description":"The city and state, e.g. San Francisco, CA"},
        "unit":{"type":"string","description":"The unit of temperature to return",
                "enum":["celsius","fahrenheit"]}},
       "required":["location"]}\
      """;

  /** What an OpenAI model reads for the cookbook's get_current_weather, by harmony's rules. */
  private static final String WEATHER_TEXT =
      """
      // Get the current weather in a given location
      type get_current_weather = (_: {
      // The city and state, e.g. San Francisco, CA
      location: string,
      // The unit of temperature to return
      unit?: "celsius" | "fahrenheit",
      }) => any;

      """;

  private static final String PING_TEXT =
      "// Checks the service is up.\ntype ping = () => any;\n\n";

  @Test
  void openAiCountsTheNamespaceTextInEveryOpenAiDialect() {
    String chat =
        "{\"type\":\"function\",\"function\":{\"name\":\"get_current_weather\","
            + "\"description\":\"Get the current weather in a given location\",\"parameters\":"
            + PARAMETERS
            + ",\"strict\":false}}";
    String responses =
        "{\"type\":\"function\",\"name\":\"get_current_weather\","
            + "\"description\":\"Get the current weather in a given location\",\"parameters\":"
            + PARAMETERS
            + ",\"strict\":false}";
    String ping =
        "{\"type\":\"function\",\"name\":\"ping\",\"description\":\"Checks the service is up.\"}";

    int weather = O200k.count(WEATHER_TEXT);
    int whole =
        O200k.count(HarmonyToolsText.HEADER + WEATHER_TEXT + PING_TEXT + HarmonyToolsText.FOOTER);
    TokenCount expected = new TokenCount(List.of(weather, O200k.count(PING_TEXT)), whole, 0);

    assertThat(TokenCounter.count("openai-chat", List.of(chat, chatOf(ping)))).isEqualTo(expected);
    assertThat(TokenCounter.count("openai-chat-strict", List.of(chat, chatOf(ping))))
        .isEqualTo(expected);
    assertThat(TokenCounter.count("openai-responses", List.of(responses, ping)))
        .isEqualTo(expected);
    assertThat(TokenCounter.count(Dialect.OPENAI_RESPONSES_STRICT, List.of(responses, ping)))
        .isEqualTo(expected);
    assertThat(TokenCounter.countTool(Dialect.OPENAI_CHAT, chat)).isEqualTo(weather);
    // The same function from elsewhere, as a bare definition (BFCL's form, with an OpenAI type).
    assertThat(
            TokenCounter.countOpenAiFunctions(
                List.of(
                    "{\"name\":\"get_current_weather\",\"description\":"
                        + "\"Get the current weather in a given location\",\"parameters\":"
                        + PARAMETERS
                        + "}")))
        .isEqualTo(new TokenCount(List.of(weather), O200k.count(namespaceOf(WEATHER_TEXT)), 0));
  }

  @Test
  void theWholeNamespaceIsThePartsGiveOrTakeATokenAtEachJoin() {
    String weather =
        "{\"name\":\"get_current_weather\",\"description\":\"Get the current weather\","
            + "\"parameters\":"
            + PARAMETERS
            + "}";
    String ping = "{\"name\":\"ping\",\"description\":\"Checks the service is up.\"}";
    TokenCount count = TokenCounter.countOpenAiFunctions(List.of(weather, ping, weather));
    int parts =
        count.perTool().stream().mapToInt(Integer::intValue).sum()
            + O200k.count(HarmonyToolsText.HEADER)
            + O200k.count(HarmonyToolsText.FOOTER);

    assertThat(count.total()).isBetween(parts - 4, parts + 4);
    assertThat(count.maxPerTool()).isEqualTo(count.perTool().get(0));
  }

  @Test
  void anthropicCountsCompactJsonAndItsToolPromptOnce() {
    String pretty =
        """
        {
          "name" : "get_current_weather",
          "description" : "Get the current weather in a given location",
          "input_schema" : %s,
          "strict" : true
        }\
        """
            .formatted(PARAMETERS);
    String compact = Json.compact(Json.parse(pretty));
    assertThat(compact).doesNotContain("\n").startsWith("{\"name\":\"get_current_weather\",");

    TokenCount count = TokenCounter.count("anthropic-strict", List.of(pretty, pretty));

    int one = O200k.count(compact);
    assertThat(count).isEqualTo(new TokenCount(List.of(one, one), 2 * one, 346));
    assertThat(count.withOverhead()).isEqualTo(2 * one + 346);
    assertThat(TokenCounter.count(Dialect.ANTHROPIC, List.of())).isEqualTo(TokenCount.none());
  }

  @Test
  void geminiAndMcpCountCompactJsonWithNoOverhead() {
    String gemini =
        "{\"name\":\"ping\",\"description\":\"Checks.\",\"parameters\":{\"type\":\"OBJECT\"}}";
    String mcp =
        "{\"name\":\"ping\",\"title\":\"Ping\",\"description\":\"Checks.\","
            + "\"inputSchema\":{\"type\":\"object\",\"properties\":{}},"
            + "\"annotations\":{\"readOnlyHint\":true}}";

    for (String key : List.of("gemini", "gemini-json-schema")) {
      assertThat(TokenCounter.count(key, List.of(gemini)))
          .isEqualTo(new TokenCount(List.of(O200k.count(gemini)), O200k.count(gemini), 0));
    }
    assertThat(TokenCounter.count("mcp", List.of(mcp)))
        .isEqualTo(new TokenCount(List.of(O200k.count(mcp)), O200k.count(mcp), 0));
  }

  @Test
  void refusesWhatIsNotARenderedTool() {
    assertThatThrownBy(() -> TokenCounter.count("openai-chat-lax", List.of("{}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("openai-chat-lax");
    assertThatThrownBy(() -> TokenCounter.count("mcp", List.of("[1]")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("JSON object");
    assertThatThrownBy(() -> TokenCounter.count("mcp", List.of("{\"name\":")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a JSON tool");
  }

  /**
   * The cookbook's example is 101 tokens by the API, 33 of them the messages (its section 6
   * formula, exact for gpt-4o), so the API charged 68 for the tool; the estimate says 68 and the
   * harmony text of the whole namespace 69, within the stated 2% of what the API charged. Both
   * asserted exactly, so a change to either shows here and in docs/tokens.md.
   */
  @Test
  void harmonyTextAndCookbookEstimateOnTheCookbooksExample() {
    String chat =
        "{\"type\":\"function\",\"function\":{\"name\":\"get_current_weather\","
            + "\"description\":\"Get the current weather in a given location\",\"parameters\":"
            + PARAMETERS
            + "}}";
    int estimate = CookbookEstimate.tools(List.of(Json.parse(chat)));
    int text = TokenCounter.count(Dialect.OPENAI_CHAT, List.of(chat)).total();

    assertThat(text).isEqualTo(O200k.count(namespaceOf(WEATHER_TEXT)));
    assertThat(estimate).isEqualTo(68);
    assertThat(text).isEqualTo(69).isCloseTo(68, withPercentage(2));
  }

  /**
   * Anthropic's token-counting page counts its get_weather tool with one user message at 403 input
   * tokens (claude-sonnet-4-5, tool_choice auto). Ours: the tool-use system prompt, the tool's
   * compact JSON and the message's text, all in o200k_base, without the message's framing, which
   * Anthropic does not publish: 346 + 53 + 8 = 407, 1% over. The stated tolerance is 3%.
   */
  @Test
  void anthropicsCountTokensExampleWithinThreePercent() {
    String getWeather =
        """
        {"name":"get_weather","description":"Get the current weather in a given location",
         "input_schema":{"type":"object","properties":{
           "location":{"type":"string","description":"The city and state, e.g. San Francisco, CA"}},
         "required":["location"]}}\
        """;
    TokenCount count = TokenCounter.count(Dialect.ANTHROPIC, List.of(getWeather));
    int request = count.withOverhead() + O200k.count("What's the weather like in San Francisco?");

    assertThat(count).isEqualTo(new TokenCount(List.of(53), 53, 346));
    assertThat(request).isEqualTo(407).isCloseTo(403, withPercentage(3));
  }

  private static String namespaceOf(String functionText) {
    return HarmonyToolsText.HEADER + functionText + HarmonyToolsText.FOOTER;
  }

  private static String chatOf(String responsesTool) {
    return "{\"type\":\"function\",\"function\":" + responsesTool + "}";
  }
}
