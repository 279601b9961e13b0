package io.toolwright.processor.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The cookbook's estimate against the cookbook's own worked example (openai/openai-cookbook {@code
 * examples/How_to_count_tokens_with_tiktoken.ipynb}, section 7): one {@code get_current_weather}
 * tool and two messages are 101 prompt tokens on gpt-4o, "counted by the OpenAI API" as well as by
 * the estimate.
 */
class CookbookEstimateTest {

  static final String GET_CURRENT_WEATHER =
      """
      {"type":"function","function":{"name":"get_current_weather",
        "description":"Get the current weather in a given location",
        "parameters":{"type":"object","properties":{
          "location":{"type":"string","description":"The city and state, e.g. San Francisco, CA"},
          "unit":{"type":"string","description":"The unit of temperature to return",
                  "enum":["celsius","fahrenheit"]}},
        "required":["location"]}}}\
      """;

  @Test
  void reproducesTheNotebooksExample() {
    int tools = CookbookEstimate.tools(List.of(Json.parse(GET_CURRENT_WEATHER)));
    // num_tokens_from_messages for gpt-4o-2024-08-06: 3 per message, its values' tokens, and 3
    // for the reply's priming.
    int messages =
        3
            + O200k.count("system")
            + O200k.count(
                "You are a helpful assistant that can answer to questions about the weather.")
            + 3
            + O200k.count("user")
            + O200k.count("What's the weather like in San Francisco?")
            + 3;

    assertThat(tools + messages).isEqualTo(101);
  }

  @Test
  void termByTerm() {
    int expected =
        CookbookEstimate.FUNCTIONS_END
            + CookbookEstimate.FUNCTION_START
            + O200k.count("get_current_weather:Get the current weather in a given location")
            + CookbookEstimate.PROPERTIES_START
            + CookbookEstimate.PROPERTY
            + O200k.count("location:string:The city and state, e.g. San Francisco, CA")
            + CookbookEstimate.PROPERTY
            + CookbookEstimate.ENUM_START
            + CookbookEstimate.ENUM_VALUE
            + O200k.count("celsius")
            + CookbookEstimate.ENUM_VALUE
            + O200k.count("fahrenheit")
            + O200k.count("unit:string:The unit of temperature to return");
    assertThat(CookbookEstimate.tools(List.of(Json.parse(GET_CURRENT_WEATHER))))
        .isEqualTo(expected);
  }

  @Test
  void seesOnlyTopLevelProperties() {
    // A nested object's properties cost nothing in the estimate; the harmony text shows them.
    JsonNode flat =
        Json.parse(
            """
            {"name":"f","description":"F","parameters":{"type":"object","properties":{
              "a":{"type":"object","description":"A"}}}}\
            """);
    JsonNode nested =
        Json.parse(
            """
            {"name":"f","description":"F","parameters":{"type":"object","properties":{
              "a":{"type":"object","description":"A","properties":{
                "street":{"type":"string","description":"the street and number"}}}}}}\
            """);

    assertThat(CookbookEstimate.tools(List.of(nested)))
        .isEqualTo(CookbookEstimate.tools(List.of(flat)));
    assertThat(O200k.count(HarmonyToolsText.function(nested)))
        .isGreaterThan(O200k.count(HarmonyToolsText.function(flat)));
    assertThat(CookbookEstimate.tools(List.of())).isZero();
  }

  @Test
  void typeArraysPrintAsPythonLists() {
    JsonNode tool =
        Json.parse(
            """
            {"name":"f","description":"F.","parameters":{"type":"object","properties":{
              "a":{"type":["string","null"],"description":"A."}}}}\
            """);
    assertThat(CookbookEstimate.tools(List.of(tool)))
        .isEqualTo(12 + 7 + O200k.count("f:F") + 3 + 3 + O200k.count("a:['string', 'null']:A"));
  }
}
