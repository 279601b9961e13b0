package io.toolwright;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.schema.JsonSchema;
import io.toolwright.schema.JsonSchema.ArraySchema;
import io.toolwright.schema.JsonSchema.BooleanSchema;
import io.toolwright.schema.JsonSchema.NumberSchema;
import io.toolwright.schema.JsonSchema.ObjectSchema;
import io.toolwright.schema.JsonSchema.RefSchema;
import io.toolwright.schema.JsonSchema.StringSchema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The structural check's fast path ({@link StructuralConformance}) against its full walk ({@link
 * StructuralValidator#report}): on arguments generated near a schema (valid, or with one or more
 * things wrong), the fast path says "conforms" exactly when the full walk finds no problem. If it
 * accepted arguments the full walk rejects, a call with a wrong argument would reach conversion.
 */
class StructuralConformanceTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> CONTEXT = List.of("customer");

  /** Every kind of schema the check handles: enums, integers, refs (nullable), sets, maps. */
  private static final ObjectSchema SCHEMA = schema();

  private static ObjectSchema schema() {
    Map<String, JsonSchema> range = new LinkedHashMap<>();
    range.put("from", StringSchema.plain());
    range.put("to", StringSchema.plain().withNullable(true));
    Map<String, JsonSchema> node = new LinkedHashMap<>();
    node.put("label", StringSchema.plain());
    node.put("children", ArraySchema.of(RefSchema.to("Node"), false));
    Map<String, JsonSchema> properties = new LinkedHashMap<>();
    properties.put(
        "status",
        new StringSchema(null, false, null, null, null, null, List.of("open", "paid")));
    properties.put("limit", new NumberSchema(null, false, true, null, null, null, null, null, null));
    properties.put(
        "amount", new NumberSchema(null, true, false, null, null, null, null, null, null));
    properties.put("flag", BooleanSchema.plain());
    properties.put("range", RefSchema.to("Range").withNullable(true));
    properties.put("tags", ArraySchema.of(StringSchema.plain(), true));
    properties.put("weights", ObjectSchema.mapOf(new NumberSchema(null, false, true, null, null, null, null, null, null)));
    properties.put("tree", RefSchema.to("Node"));
    properties.put("note", StringSchema.plain().withNullable(true));
    return ObjectSchema.closed(properties, List.of("status", "limit", "note"))
        .withDefs(
            Map.of(
                "Range", ObjectSchema.closed(range, List.of("from")),
                "Node", ObjectSchema.closed(node, List.of("label"))));
  }

  @Test
  void theFastPathAcceptsExactlyWhatTheFullWalkFindsNoProblemIn() {
    Random random = new Random(11);
    int conforming = 0;
    int notConforming = 0;
    for (int i = 0; i < 50_000; i++) {
      ObjectNode arguments = (ObjectNode) near(SCHEMA, random, 0);
      StructuralProblems problems = new StructuralProblems();
      StructuralValidator.report(arguments, SCHEMA, CONTEXT, problems);
      boolean fast = StructuralConformance.conforms(arguments, SCHEMA, CONTEXT);
      assertThat(fast).as("%s: %s", arguments, problems.listed()).isEqualTo(problems.isEmpty());
      if (fast) {
        conforming++;
      } else {
        notConforming++;
      }
    }
    // Both outcomes are exercised often, or the comparison proves little.
    assertThat(conforming).isGreaterThan(5_000);
    assertThat(notConforming).isGreaterThan(5_000);
  }

  @Test
  void checkReportsTheFullWalksProblemsForArgumentsTheFastPathRejects() {
    ObjectNode arguments = NODES.objectNode();
    arguments.put("status", "closed");
    arguments.put("limit", 1.5);
    arguments.putNull("note");
    arguments.put("colour", "red");
    StructuralProblems viaCheck = new StructuralProblems();
    StructuralValidator.check(arguments, SCHEMA, CONTEXT, viaCheck);
    StructuralProblems viaReport = new StructuralProblems();
    StructuralValidator.report(arguments, SCHEMA, CONTEXT, viaReport);

    assertThat(viaCheck.listed()).hasSize(3).isEqualTo(viaReport.listed());
  }

  /** A value for {@code declared}: mostly right, sometimes of the wrong kind. */
  private static JsonNode near(JsonSchema declared, Random random, int depth) {
    JsonSchema schema =
        declared instanceof RefSchema ref ? SCHEMA.defs().get(ref.name()) : declared;
    // The root is always an object: the parser refuses anything else.
    int roll = depth == 0 ? 100 : random.nextInt(100);
    if (roll < 3) {
      return NODES.nullNode();
    }
    if (roll < 6) {
      return anything(random);
    }
    if (schema instanceof StringSchema string) {
      if (!string.allowed().isEmpty() && random.nextInt(4) > 0) {
        return NODES.stringNode(string.allowed().get(random.nextInt(string.allowed().size())));
      }
      return NODES.stringNode(random.nextBoolean() ? "a" : "b");
    }
    if (schema instanceof NumberSchema) {
      switch (random.nextInt(4)) {
        case 0:
          return NODES.numberNode(2);
        case 1:
          return NODES.numberNode(new BigDecimal("2.0"));
        case 2:
          return NODES.numberNode(new BigDecimal("2.5"));
        default:
          return NODES.numberNode(new BigDecimal("0E+3"));
      }
    }
    if (schema instanceof BooleanSchema) {
      return NODES.booleanNode(random.nextBoolean());
    }
    if (schema instanceof ArraySchema array) {
      ArrayNode items = NODES.arrayNode();
      int size = depth > 3 ? 0 : random.nextInt(4);
      for (int i = 0; i < size; i++) {
        items.add(near(array.items(), random, depth + 1));
      }
      return items;
    }
    ObjectSchema object = (ObjectSchema) schema;
    ObjectNode node = NODES.objectNode();
    if (object.additionalProperties() != null) {
      int size = random.nextInt(3);
      for (int i = 0; i < size; i++) {
        node.set("k" + i, near(object.additionalProperties(), random, depth + 1));
      }
      return node;
    }
    for (Map.Entry<String, JsonSchema> property : object.properties().entrySet()) {
      boolean required = object.required().contains(property.getKey());
      int chance = required ? 97 : (depth > 2 ? 0 : 50);
      if (random.nextInt(100) < chance) {
        node.set(property.getKey(), near(property.getValue(), random, depth + 1));
      }
    }
    int extra = random.nextInt(100);
    if (extra < 3) {
      node.put("colour", "red");
    } else if (extra < 6) {
      // A context name: unknown, but reported by the context guard at the root only.
      node.put("customer", 7);
    }
    return node;
  }

  private static JsonNode anything(Random random) {
    List<JsonNode> kinds = new ArrayList<>();
    kinds.add(NODES.stringNode("x"));
    kinds.add(NODES.numberNode(3));
    kinds.add(NODES.booleanNode(true));
    kinds.add(NODES.arrayNode().add(1));
    kinds.add(NODES.objectNode().put("label", "x"));
    return kinds.get(random.nextInt(kinds.size()));
  }
}
