package io.toolwright.testkit.bfcl;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.testkit.SchemaOracle;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The BFCL mapping on small declarations written here, so it is checked without the data. */
class BfclMappingTest {

  private static final JsonNode BOOKING =
      json(
          """
          {"name": "hotel.book", "description": "Books a <room> & pays @ once */ C:\\\\users",
           "parameters": {"type": "dict", "required": ["city", "budget"], "properties": {
             "city": {"type": "string", "description": "The city.", "enum": ["Paris", "Rome"]},
             "class": {"type": "integer", "description": "Stars.", "maximum": 5},
             "nights": {"type": "float", "description": "Nights."},
             "budget": {"type": "dict", "description": "Budget.", "required": ["max"], "properties": {
               "min": {"type": "integer", "description": "Lowest."},
               "max": {"type": "integer", "description": "Highest."}}},
             "extras": {"type": "array", "description": "Extras.",
               "items": {"type": "string", "enum": ["Wi-Fi", "Breakfast"]}},
             "diet": {"type": "tuple", "description": "Diet.",
               "items": {"type": "string", "enum": ["vegan", "halal"]}}}}}
          """);

  @Test
  void toolNamesAreValidOneToOneAndIndependentOfOrder() {
    List<String> names =
        List.of("math.factorial", "a_b", "a.b", "9lives", "x".repeat(70), "x".repeat(71));
    ToolNameMap map = new ToolNameMap(names);
    assertThat(map.toolName("math.factorial")).isEqualTo("math_factorial");
    assertThat(map.toolName("a.b")).isEqualTo("a_b");
    assertThat(map.toolName("a_b")).isEqualTo("a_b_2");
    assertThat(map.toolName("9lives")).isEqualTo("_9lives");
    assertThat(map.toolName("x".repeat(71))).isEqualTo("x".repeat(62) + "_2");
    assertThat(names.stream().map(map::toolName))
        .allMatch(n -> n.matches("^[a-zA-Z_][a-zA-Z0-9_-]{0,63}$"))
        .doesNotHaveDuplicates();
    assertThat(map.bfclName("a_b_2")).isEqualTo("a_b");
    List<String> backwards = new java.util.ArrayList<>(names);
    java.util.Collections.reverse(backwards);
    ToolNameMap reversed = new ToolNameMap(backwards);
    assertThat(names.stream().map(reversed::toolName))
        .containsExactlyElementsOf(names.stream().map(map::toolName).toList());
  }

  @Test
  void mapsTypesRequirednessEnumsBoundsAndNames() {
    MappedFunction function =
        new BfclJavaMapper("bfcl", null).map(List.of(BOOKING)).functions().get(0);

    assertThat(function.compilable()).isTrue();
    assertThat(function.toolName()).isEqualTo("hotel_book");
    assertThat(function.className()).isEqualTo("F0000_hotel_book");
    assertThat(function.parameter("class").javaName()).isEqualTo("class_");
    assertThat(function.parameter("city").enumValues()).containsExactly("Paris", "Rome");
    assertThat(function.parameter("class").maximum()).isEqualTo("5");
    JavaType.RecordOf budget = (JavaType.RecordOf) function.parameter("budget").type();
    assertThat(budget.components())
        .extracting(JavaParameter::required)
        .containsExactly(false, true);
    assertThat(((JavaType.ListOf) function.parameter("diet").type()).items())
        .isEqualTo(new JavaType.EnumOf("DietValue", List.of("vegan", "halal")));
    assertThat(function.notes())
        .containsExactly(
            "parameter 'class' is 'class_' in Java",
            "'extras': enum on items left out (values [Wi-Fi, Breakfast] are not all Java names,"
                + " and @Enum cannot annotate a type argument)");
    assertThat(function.source())
        .contains("description = \"Books a <room> & pays @ once */ C:\\\\users\"")
        .contains("@io.toolwright.annotation.Enum({\"Paris\", \"Rome\"}) String city")
        .contains("@jakarta.validation.constraints.Max(5L) @Nullable Long class_")
        .contains("@Nullable Double nights")
        .contains("BudgetArg budget")
        .contains("public record BudgetArg(\n      @Nullable Long min,\n      long max) {}")
        .contains("@Nullable List<String> extras")
        .contains("@Nullable List<DietValue> diet");
  }

  @Test
  void javadocTextCannotEndTheCommentStartATagOrAUnicodeEscape() {
    assertThat(JavaText.javadoc("a */ b @param {@code x} <b>&amp;</b> \\u0041\nnext"))
        .isEqualTo(
            "a *&#47; b &#64;param {&#64;code x} &lt;b&gt;&amp;amp;&lt;/b&gt; &#92;u0041 next");
    assertThat(JavaText.literal("say \"hi\"\\\n\u0001"))
        .isEqualTo("\"say \\\"hi\\\"\\\\\\n\\u0001\"");
  }

  @Test
  void aDictWithoutPropertiesIsNotCompilableWithItsReason() {
    JsonNode grades =
        json(
            """
            {"name": "average", "description": "Average.", "parameters": {"type": "dict",
             "properties": {"gradeDict": {"type": "dict", "description": "Grades."}}}}
            """);
    MappedFunction function =
        new BfclJavaMapper("bfcl", null).map(List.of(grades)).functions().get(0);
    assertThat(function.compilable()).isFalse();
    assertThat(function.source()).isNull();
    assertThat(function.notCompilable()).startsWith("'gradeDict': dict without properties");
  }

  @Test
  void argumentSetsTakeFirstValuesLeaveOutOptionalsAndTryEveryAlternative() {
    JsonNode accepted =
        json(
            """
            {"city": ["Paris", "paris"], "nights": ["", 2.0], "class": [""],
             "budget": [{"min": ["", 100], "max": [300]}],
             "extras": [["Wi-Fi"]]}
            """);
    List<GroundTruthArguments.ArgumentSet> sets = GroundTruthArguments.of(BOOKING, accepted);
    assertThat(sets)
        .extracting(GroundTruthArguments.ArgumentSet::label)
        .containsExactly("first", "omitting optional", "city#2");
    assertThat(sets.get(0).arguments())
        .isEqualTo(
            json(
                "{\"city\":\"Paris\",\"nights\":2.0,\"budget\":{\"min\":100,\"max\":300},\"extras\":[\"Wi-Fi\"]}"));
    assertThat(sets.get(1).arguments())
        .isEqualTo(
            json(
                "{\"city\":\"Paris\",\"budget\":{\"min\":100,\"max\":300},\"extras\":[\"Wi-Fi\"]}"));
    assertThat(sets.get(2).arguments().get("city").asString()).isEqualTo("paris");
  }

  @Test
  void bfclSchemaHoldsItsTypesEnumsAndRequiredProperties() {
    JsonNode schema = BfclSchema.of(BOOKING);
    assertThat(
            SchemaOracle.accepts(
                schema, json("{\"city\":\"Rome\",\"budget\":{\"max\":3},\"nights\":2}")))
        .isTrue();
    assertThat(SchemaOracle.accepts(schema, json("{\"city\":\"Oslo\",\"budget\":{\"max\":3}}")))
        .isFalse();
    assertThat(SchemaOracle.accepts(schema, json("{\"city\":\"Rome\",\"budget\":{}}"))).isFalse();
    assertThat(
            SchemaOracle.accepts(
                schema, json("{\"city\":\"Rome\",\"budget\":{\"max\":3},\"class\":6}")))
        .isFalse();
    assertThat(
            SchemaOracle.accepts(
                schema, json("{\"city\":\"Rome\",\"budget\":{\"max\":3},\"tip\":1}")))
        .isFalse();
    assertThat(SchemaOracle.accepts(schema, json("{\"city\":\"Rome\",\"budget\":{\"max\":\"3\"}}")))
        .isFalse();
  }

  @Test
  void receivedValuesCompareNumbersNumericallyAndEverythingElseExactly() {
    MappedFunction function =
        new BfclJavaMapper("bfcl", null).map(List.of(BOOKING)).functions().get(0);
    JsonNode arguments =
        ReceivedValues.javaNames(
            function.parameters(),
            json("{\"city\":\"Rome\",\"class\":4.0,\"nights\":0.1,\"extras\":[\"Wi-Fi\"]}"));
    assertThat(arguments.has("class_")).isTrue();
    List<JavaParameter> parameters = function.parameters();
    assertThat(
            ReceivedValues.difference(
                parameters,
                arguments,
                Arrays.asList("Rome", 4L, 0.1, null, List.of("Wi-Fi"), null)))
        .isNull();
    assertThat(
            ReceivedValues.difference(
                parameters,
                arguments,
                Arrays.asList("Rome", 4L, 0.1000001, null, List.of("Wi-Fi"), null)))
        .startsWith("/nights");
    assertThat(
            ReceivedValues.difference(
                parameters,
                arguments,
                Arrays.asList("Rome", 4L, 0.1, null, List.of("Wi-Fi", "Spa"), null)))
        .startsWith("/extras");
    assertThat(
            ReceivedValues.difference(
                parameters,
                arguments,
                Arrays.asList("Rome", 4L, 0.1, null, List.of("Wi-Fi"), List.of())))
        .startsWith("/diet");
  }

  private static JsonNode json(String text) {
    return BfclCorpus.JSON.readTree(text);
  }
}
