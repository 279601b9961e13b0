package io.toolwright.processor.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The text an OpenAI model reads for function tools, against the text openai/harmony v0.0.8 writes.
 * Each expectation names the rule of {@code src/encoding.rs} ({@code template_tools_section},
 * {@code json_schema_to_typescript}) it follows; where harmony has no rule (a {@code $ref}, an
 * {@code anyOf}, a type array with {@code null}) it names {@link HarmonySchemaRewriter}'s.
 */
class HarmonyToolsTextTest {

  /**
   * harmony's own test {@code test_render_functions_with_parameters} (src/tests.rs): the same four
   * tools give, between "# Tools" and "} // namespace functions", exactly the text of {@code
   * test-data/test_render_functions_with_parameters.txt}.
   */
  @Test
  void reproducesHarmonysOwnRenderingTest() {
    List<JsonNode> tools =
        tools(
            """
            {"type":"function","function":{"name":"get_location",
              "description":"Gets the location of the user."}}\
            """,
            """
            {"type":"function","function":{"name":"get_current_weather",
              "description":"Gets the current weather in the provided location.",
              "parameters":{"type":"object","properties":{
                "location":{"type":"string","description":"The city and state, e.g. San Francisco, CA"},
                "format":{"type":"string","enum":["celsius","fahrenheit"],"default":"celsius"}},
              "required":["location"]}}}\
            """,
            """
            {"type":"function","function":{"name":"get_multiple_weathers",
              "description":"Gets the current weather in the provided list of locations.",
              "parameters":{"type":"object","properties":{
                "locations":{"type":"array","items":{"type":"string"},
                  "description":"List of city and state, e.g. [\\"San Francisco, CA\\", \\"New York, NY\\"]"},
                "format":{"type":"string","enum":["celsius","fahrenheit"],"default":"celsius"}},
              "required":["locations"]}}}\
            """,
            """
            {"type":"function","function":{"name":"kitchensink",
              "description":"A function with various complex schemas.",
              "parameters":{"description":"params object","type":"object","properties":{
                "string":{"type":"string","title":"STRING","description":"A string","examples":["hello","world"]},
                "string_nullable":{"type":"string","nullable":true,"description":"A nullable string","default":"the default"},
                "string_enum":{"type":"string","enum":["a","b","c"]},
                "oneof_string_or_number":{"oneOf":[
                    {"type":"string","default":"default_string_in_oneof"},
                    {"type":"number","description":"numbers can happen too"}],
                  "description":"a oneof","default":20}}}}}\
            """);

    assertThat(HarmonyToolsText.namespace(tools))
        .isEqualTo(
            """
            # Tools

            ## functions

            namespace functions {

            // Gets the location of the user.
            type get_location = () => any;

            // Gets the current weather in the provided location.
            type get_current_weather = (_: {
            // The city and state, e.g. San Francisco, CA
            location: string,
            format?: "celsius" | "fahrenheit", // default: celsius
            }) => any;

            // Gets the current weather in the provided list of locations.
            type get_multiple_weathers = (_: {
            // List of city and state, e.g. ["San Francisco, CA", "New York, NY"]
            locations: string[],
            format?: "celsius" | "fahrenheit", // default: celsius
            }) => any;

            // A function with various complex schemas.
            type kitchensink = (_: // params object
            {
            // STRING
            //
            // A string
            // Examples:
            // - "hello"
            // - "world"
            string?: string,
            // A nullable string
            string_nullable?: string | null, // default: "the default"
            string_enum?: "a" | "b" | "c",
            // a oneof
            // default: 20
            oneof_string_or_number?:
             | string // default: "default_string_in_oneof"
             | number // numbers can happen too
            ,
            }) => any;

            } // namespace functions\
            """);
  }

  @Test
  void nestedObjectsAndArrays() {
    // Object: properties at the caller's indent, a nested one four spaces in with its closing
    // brace; an object's own description is a comment before its brace, after "name: ".
    // Array: the item type with "[]", the same indent; no "items" would be Array<any>.
    // A schema without a type is "any". "integer" is "number".
    String parameters =
        """
        {"type":"object","properties":{
          "customer":{"type":"object","description":"Who is billed","properties":{
            "id":{"type":"string"},
            "tier":{"type":"string","enum":["FREE","PRO"]}},"required":["id"]},
          "tags":{"type":"array","items":{"type":"string"}},
          "lines":{"type":"array","items":{"type":"object","properties":{
            "sku":{"type":"string"},"qty":{"type":"integer"}},"required":["sku","qty"]}},
          "matrix":{"type":"array","items":{"type":"array","items":{"type":"number"}}},
          "anything":{"type":"array"},
          "untyped":{}},
         "required":["customer","lines"]}\
        """;

    assertThat(function("place_order", "Places an order.", parameters))
        .isEqualTo(
            """
            // Places an order.
            type place_order = (_: {
            // Who is billed
            customer:     // Who is billed
            {
                id: string,
                tier?: "FREE" | "PRO",
                },
            tags?: string[],
            lines: {
                sku: string,
                qty: number,
                }[],
            matrix?: number[][],
            anything?: Array<any>,
            untyped?: any,
            }) => any;

            """);
  }

  @Test
  void constraintKeywordsAreNotShown() {
    // json_schema_to_typescript reads type, enum, items, properties, required, description,
    // title, examples, default, nullable and oneOf; minimum, maxLength, pattern, format and the
    // rest never reach the text.
    String parameters =
        """
        {"type":"object","properties":{
          "code":{"type":"string","pattern":"^[A-Z]{3}$","minLength":3,"maxLength":3,"format":"iso"},
          "count":{"type":"integer","minimum":1,"maximum":100,"multipleOf":1}},
         "required":["code","count"],"additionalProperties":false}\
        """;

    assertThat(function("f", "F.", parameters))
        .isEqualTo("// F.\ntype f = (_: {\ncode: string,\ncount: number,\n}) => any;\n\n");
  }

  @Test
  void referencesAndNullableUnionsReadAsTheirTypes() {
    // HarmonySchemaRewriter: type ["string","null"] is type "string" with nullable, whose rule
    // appends " | null" (the null in the enum is not a string, so not a member); anyOf of a $ref
    // and null is the definition, nullable, the property's description winning over the
    // definition's; $defs are not shown.
    String parameters =
        """
        {"type":"object","properties":{
          "status":{"type":["string","null"],"enum":["OPEN","PAID",null],
            "description":"only invoices with this status"},
          "issuedBetween":{"anyOf":[{"$ref":"#/$defs/DateRange"},{"type":"null"}],
            "description":"only invoices issued within this range"},
          "pageSize":{"type":"integer","minimum":1,"maximum":100,
            "description":"how many invoices a page holds"}},
         "required":["pageSize"],"additionalProperties":false,
         "$defs":{"DateRange":{"type":"object","properties":{
           "from":{"type":"string","format":"date"},"to":{"type":"string","format":"date"}},
           "required":["from","to"],"additionalProperties":false,
           "description":"An inclusive range of calendar days."}}}\
        """;

    assertThat(function("list_invoices", "Lists invoices.", parameters))
        .isEqualTo(
            """
            // Lists invoices.
            type list_invoices = (_: {
            // only invoices with this status
            status?: "OPEN" | "PAID" | null,
            // only invoices issued within this range
            issuedBetween?:     // only invoices issued within this range
            {
                from: string,
                to: string,
                } | null,
            // how many invoices a page holds
            pageSize: number,
            }) => any;

            """);
  }

  @Test
  void aRecursiveReferenceReadsAsAnyInsideItself() {
    // HarmonySchemaRewriter: the definition is expanded once; a reference to it from inside
    // itself is {} ("any"). An anyOf that is not a nullable pair is a oneOf, whose rule writes
    // each member on a " | " line and a lone comma after.
    String parameters =
        """
        {"type":"object","properties":{
          "root":{"$ref":"#/$defs/Node"},
          "key":{"anyOf":[{"type":"string"},{"type":"integer"}]}},
         "required":["root","key"],
         "$defs":{"Node":{"type":"object","properties":{
           "name":{"type":"string"},
           "children":{"type":"array","items":{"$ref":"#/$defs/Node"}}},
           "required":["name"]}}}\
        """;

    assertThat(function("save_tree", "Saves a tree.", parameters))
        .isEqualTo(
            """
            // Saves a tree.
            type save_tree = (_: {
            root: {
                name: string,
                children?: any[],
                },
            key:
             | string
             | number
            ,
            }) => any;

            """);
  }

  @Test
  void referencesByAnyLocalPointer() {
    // HarmonySchemaRewriter: "#" is the parameters themselves, already being expanded, so "any";
    // "#/definitions/..." and an escaped "~1" in a pointer resolve like "#/$defs/...".
    String parameters =
        """
        {"type":"object","properties":{
          "parent":{"$ref":"#","description":"the same again"},
          "size":{"$ref":"#/definitions/a~1b"}},
         "definitions":{"a/b":{"type":"string","enum":["S","M"]}}}\
        """;

    assertThat(function("nest", "Nests.", parameters))
        .isEqualTo(
            """
            // Nests.
            type nest = (_: {
            // the same again
            parent?: any,
            size?: "S" | "M",
            }) => any;

            """);
  }

  @Test
  void unionsInPropertiesAndInItems() {
    // Property-level oneOf: a property description equal to the first member's is left out above
    // and in the members. oneOf elsewhere (here an array's items): each member on a new line after
    // "\n" + indent + " | ", with its description and default as one trailing comment, then "[]".
    String parameters =
        """
        {"type":"object","properties":{
          "id":{"oneOf":[{"type":"string","description":"An id"},
                         {"type":"integer","description":"A number"}],"description":"An id"},
          "values":{"type":"array","items":{"oneOf":[{"type":"string"},
                    {"type":"boolean","description":"a flag","default":false}]}}},
         "required":["id"]}\
        """;

    assertThat(function("tag", "Tags.", parameters))
        .isEqualTo(
            """
            // Tags.
            type tag = (_: {
            id:
             | string
             | number // A number
            ,
            values?:\s
                 | string
                 | boolean // a flag default: false[],
            }) => any;

            """);
  }

  @Test
  void parametersAbsentEmptyAndDescriptionLines() {
    // template_tools_section: "() => any" only when there are no parameters at all; an object of
    // no properties is "{", newline, "}". Each line of the description (Rust's str::lines) is a
    // comment, an empty one included; no description, no comment.
    assertThat(HarmonyToolsText.function(tool("{\"name\":\"ping\",\"parameters\":null}")))
        .isEqualTo("type ping = () => any;\n\n");
    assertThat(
            HarmonyToolsText.function(
                tool(
                    """
                    {"name":"ping","description":"First line.\\n\\nThird line.\\r\\n",
                     "parameters":{"type":"object","properties":{}}}\
                    """)))
        .isEqualTo("// First line.\n// \n// Third line.\ntype ping = (_: {\n}) => any;\n\n");
    assertThat(HarmonyToolsText.namespace(List.of())).isEmpty();
    assertThatThrownBy(() -> HarmonyToolsText.function(tool("{\"description\":\"x\"}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has a name");
  }

  @Test
  void chatResponsesAndBareFunctionsReadAlike() {
    String parameters =
        "{\"type\":\"object\",\"properties\":{\"q\":{\"type\":\"string\"}},\"required\":[\"q\"]}";
    String chat =
        "{\"type\":\"function\",\"function\":{\"name\":\"search\",\"description\":\"Searches.\","
            + "\"parameters\":"
            + parameters
            + ",\"strict\":true}}";
    String responses =
        "{\"type\":\"function\",\"name\":\"search\",\"description\":\"Searches.\",\"parameters\":"
            + parameters
            + ",\"strict\":false}";
    String bare =
        "{\"name\":\"search\",\"description\":\"Searches.\",\"parameters\":" + parameters + "}";

    String expected = "// Searches.\ntype search = (_: {\nq: string,\n}) => any;\n\n";
    assertThat(HarmonyToolsText.function(tool(chat))).isEqualTo(expected);
    assertThat(HarmonyToolsText.function(tool(responses))).isEqualTo(expected);
    assertThat(HarmonyToolsText.function(tool(bare))).isEqualTo(expected);
  }

  private static String function(String name, String description, String parameters) {
    return HarmonyToolsText.function(
        tool(
            "{\"name\":\""
                + name
                + "\",\"description\":\""
                + description
                + "\",\"parameters\":"
                + parameters
                + "}"));
  }

  static JsonNode tool(String json) {
    return Json.parse(json);
  }

  private static List<JsonNode> tools(String... jsons) {
    return java.util.Arrays.stream(jsons).map(Json::parse).toList();
  }
}
