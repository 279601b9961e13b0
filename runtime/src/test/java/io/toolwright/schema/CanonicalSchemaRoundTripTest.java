package io.toolwright.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.toolwright.schema.JsonSchema.ArraySchema;
import io.toolwright.schema.JsonSchema.BooleanSchema;
import io.toolwright.schema.JsonSchema.NumberSchema;
import io.toolwright.schema.JsonSchema.ObjectSchema;
import io.toolwright.schema.JsonSchema.RefSchema;
import io.toolwright.schema.JsonSchema.StringSchema;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The writer's canonical text reads back to the same model, for every kind of schema. */
class CanonicalSchemaRoundTripTest {

  private static ObjectSchema everyKind() {
    Map<String, JsonSchema> node = new LinkedHashMap<>();
    node.put("label", StringSchema.plain().withDescription("the node's label"));
    node.put("children", ArraySchema.of(RefSchema.to("Node"), false));
    Map<String, JsonSchema> properties = new LinkedHashMap<>();
    properties.put(
        "status",
        new StringSchema("which one", true, null, null, null, null, List.of("OPEN", "DONE")));
    properties.put(
        "code", new StringSchema(null, false, "uuid", 1, 36, "^(?:[A-Z]+)$", List.of()));
    properties.put(
        "amount",
        new NumberSchema(
            null, false, false, null, null, new BigDecimal("0"), new BigDecimal("5000.50"), null));
    properties.put(
        "count",
        new NumberSchema(
            null, true, true, "int32", new BigDecimal("-2147483648"), null, null, BigDecimal.TEN));
    properties.put("flag", BooleanSchema.plain());
    properties.put("confirmed", new BooleanSchema(null, false, true));
    properties.put("maybeDeclined", new BooleanSchema(null, true, false));
    properties.put(
        "price",
        new NumberSchema(
            null, false, false, null, null, null, null, null, new BigDecimal("0.010")));
    properties.put("tags", new ArraySchema(null, false, StringSchema.plain(), 1, 5, true));
    properties.put(
        "scores",
        new ObjectSchema(
            "per name", false, Map.of(), List.of(), NumberSchema.number("double"), 1, 9, Map.of()));
    properties.put("tree", RefSchema.to("Node").withDescription("the root"));
    properties.put("maybeTree", RefSchema.to("Node").withNullable(true));
    return ObjectSchema.closed(properties, List.of("code", "amount", "flag"))
        .withDescription("arguments")
        .withDefs(Map.of("Node", ObjectSchema.closed(node, List.of("label", "children"))));
  }

  @Test
  void everyKindOfSchemaSurvivesTheRoundTrip() {
    ObjectSchema schema = everyKind();
    String text = CanonicalSchemaWriter.write(schema);

    ObjectSchema read = CanonicalSchemaReader.read(text);

    assertThat(read).isEqualTo(schema);
    assertThat(CanonicalSchemaWriter.write(read)).isEqualTo(text);
  }

  @Test
  void theCanonicalTextIsCompactWithTheDialectFirstAndNullableForms() {
    String text = CanonicalSchemaWriter.write(everyKind());

    assertThat(text).startsWith("{\"$schema\":\"" + CanonicalSchemaWriter.DIALECT + "\"");
    assertThat(text)
        .contains("\"status\":{\"type\":[\"string\",\"null\"],\"enum\":[\"OPEN\",\"DONE\",null]")
        .contains("\"maybeTree\":{\"anyOf\":[{\"$ref\":\"#/$defs/Node\"},{\"type\":\"null\"}]}")
        .contains("\"maximum\":5000.5")
        .contains("\"confirmed\":{\"type\":\"boolean\",\"const\":true}")
        .contains("\"maybeDeclined\":{\"type\":[\"boolean\",\"null\"],\"enum\":[false,null]}")
        .contains("\"price\":{\"type\":\"number\",\"multipleOf\":0.01}")
        .contains("\"additionalProperties\":false")
        .doesNotContain("\n");
  }

  @Test
  void equalBoundsWithDifferentScalesAreOneBound() {
    assertThat(
            new NumberSchema(null, false, false, null, new BigDecimal("100.00"), null, null, null))
        .isEqualTo(
            new NumberSchema(null, false, false, null, new BigDecimal("1E+2"), null, null, null));
  }

  @Test
  void anythingButTheCanonicalFormIsRefused() {
    assertThatThrownBy(() -> CanonicalSchemaReader.read("{\"type\":\"string\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("root schema must be an object");
    assertThatThrownBy(
            () -> CanonicalSchemaReader.read("{\"type\":\"object\",\"properties\":{\"x\":{}}}"))
        .hasMessageContaining("schema without type");
    assertThatThrownBy(
            () ->
                CanonicalSchemaReader.read(
                    "{\"type\":\"object\",\"properties\":{\"x\":{\"$ref\":\"http://x/y\"}}}"))
        .hasMessageContaining("only local $defs references");
  }
}
