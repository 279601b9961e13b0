package io.toolwright.testkit.bfcl;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.testkit.SchemaOracle;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** BFCL's own definition as an OpenAI tool: only type names change, nothing is added. */
class BfclOpenAiToolTest {

  private static final JsonNode DECLARATION =
      SchemaOracle.JSON.readTree(
          """
          {"name": "hotel.book", "description": "Books a room.",
           "parameters": {"type": "dict", "required": ["city"], "properties": {
             "city": {"type": "string", "description": "The city.", "enum": ["Paris", "Rome"]},
             "stars": {"type": "integer", "description": "Stars.", "maximum": 5, "default": 3},
             "nights": {"type": "float", "description": "Nights.", "optional": true},
             "guest": {"type": "any", "description": "Who."},
             "when": {"type": "tuple", "items": {"type": "String", "format": "date"}},
             "budget": {"type": "dict", "properties": {"max": {"type": "long"}}},
             "odd": {"type": ""}}}}
          """);

  @Test
  void mapsTypeNamesOnlyAndKeepsWhatBfclDeclares() {
    JsonNode tool = BfclOpenAiTool.of(DECLARATION, "hotel_book");

    assertThat(tool)
        .isEqualTo(
            SchemaOracle.JSON.readTree(
                """
{"type": "function", "function": {"name": "hotel_book",
 "description": "Books a room.",
 "parameters": {"type": "object", "required": ["city"], "properties": {
   "city": {"type": "string", "description": "The city.", "enum": ["Paris", "Rome"]},
   "stars": {"type": "integer", "description": "Stars.", "maximum": 5, "default": 3},
   "nights": {"type": "number", "description": "Nights."},
   "guest": {"type": "string", "description": "Who."},
   "when": {"type": "array", "items": {"type": "string", "format": "date"}},
   "budget": {"type": "object", "properties": {"max": {"type": "integer"}}},
   "odd": {}}}}}
"""));
  }

  @Test
  void leavesDefaultsOutWhenAsked() {
    JsonNode tool = BfclOpenAiTool.of(DECLARATION, "hotel_book", false);

    assertThat(tool.at("/function/parameters/properties/stars"))
        .isEqualTo(
            SchemaOracle.JSON.readTree(
                "{\"type\": \"integer\", \"description\": \"Stars.\", \"maximum\": 5}"));
  }
}
