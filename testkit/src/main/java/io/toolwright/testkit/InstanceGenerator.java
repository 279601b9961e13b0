package io.toolwright.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Valid instances of a JSON Schema: the minimal one (required properties only, arrays and maps as
 * small as allowed) and the full one (every property present and not null, every array and map
 * with an element, recursion cut at {@link #DEEPEST}). Each leaf value is checked against its own
 * schema by the {@link SchemaOracle}, so an instance is valid unless the schema's parts contradict
 * each other.
 */
final class InstanceGenerator {

  /** How deep the full instance grows optional properties and array elements. */
  static final int DEEPEST = 4;

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  enum Mode {
    MINIMAL,
    FULL
  }

  /**
   * A value of the full instance and the schema it is a value of.
   *
   * @param pointer where in the instance
   * @param schema the schema, as written (maybe a {@code $ref})
   * @param facets what the schema says, references followed and the non-null branch chosen
   * @param nullable whether {@code null} may stand here
   * @param requiredIn whether the value is a required property of its object
   */
  record Site(String pointer, JsonNode schema, Facets facets, boolean nullable, boolean requiredIn) {}

  private final JsonNode root;
  private final Random random;
  private final List<Site> sites = new ArrayList<>();

  InstanceGenerator(JsonNode root, long seed) {
    this.root = root;
    this.random = new Random(seed);
  }

  JsonNode minimal() {
    return generate(root, Mode.MINIMAL, 0, 0, "", true, null);
  }

  /** The full instance; {@code sites} receives every value of it, outermost first. */
  JsonNode full(List<Site> sites) {
    return generate(root, Mode.FULL, 0, 0, "", true, sites);
  }

  JsonNode root() {
    return root;
  }

  Random random() {
    return random;
  }

  /**
   * A valid value of {@code schema}. {@code variant} picks among the valid proposals, so that
   * array elements can differ.
   */
  JsonNode generate(
      JsonNode schema,
      Mode mode,
      int variant,
      int depth,
      String pointer,
      boolean required,
      List<Site> sites) {
    Facets declared = Facets.of(root, schema);
    Facets facets = declared.branches.isEmpty() ? declared : declared.nonNullBranch(root, schema);
    if (sites != null) {
      sites.add(new Site(pointer, schema, facets, declared.nullable(root), required));
    }
    if (facets.constValue != null) {
      return facets.constValue.deepCopy();
    }
    if (facets.enumValues != null) {
      return leaf(schema, facets, variant);
    }
    return switch (facets.valueType()) {
      case "object" -> object(facets, mode, variant, depth, pointer, sites);
      case "array" -> array(facets, mode, variant, depth, pointer, sites);
      default -> leaf(schema, facets, variant);
    };
  }

  private ObjectNode object(
      Facets facets, Mode mode, int variant, int depth, String pointer, List<Site> sites) {
    ObjectNode object = NODES.objectNode();
    boolean grow = mode == Mode.FULL && depth < DEEPEST;
    for (Map.Entry<String, JsonNode> property : facets.properties.entrySet()) {
      String name = property.getKey();
      boolean required = facets.required.contains(name);
      if (required || grow) {
        object.set(
            name,
            generate(
                property.getValue(),
                mode,
                variant,
                depth + 1,
                Pointers.child(pointer, name),
                required,
                sites));
      }
    }
    if (facets.additionalProperties != null && facets.additionalProperties.isObject()) {
      int entries = facets.minProperties == null ? 0 : facets.minProperties;
      if (grow) {
        entries = Math.max(entries, 1);
      }
      if (facets.maxProperties != null) {
        entries = Math.min(entries, facets.maxProperties);
      }
      List<String> keys = keys(facets, entries);
      for (int i = 0; i < keys.size(); i++) {
        String key = keys.get(i);
        object.set(
            key,
            generate(
                facets.additionalProperties,
                mode,
                variant + i,
                depth + 1,
                Pointers.child(pointer, key),
                true,
                sites));
      }
    }
    return object;
  }

  /** Map keys: readable, distinct, and accepted by {@code propertyNames} when there is one. */
  List<String> keys(Facets facets, int count) {
    List<String> keys = new ArrayList<>();
    List<String> proposals = new ArrayList<>();
    for (String word : List.of("home", "work", "extra", "first", "second", "third", "fourth")) {
      proposals.add(word);
    }
    for (int i = 0; proposals.size() < count + 50; i++) {
      proposals.add("key" + i);
    }
    if (facets.propertyNames != null) {
      Facets names = Facets.of(root, facets.propertyNames);
      proposals.addAll(0, Strings.proposals(names, random));
    }
    for (String key : proposals) {
      if (keys.size() == count) {
        break;
      }
      if (!keys.contains(key)
          && (facets.propertyNames == null
              || SchemaOracle.accepts(
                  SchemaOracle.standalone(root, facets.propertyNames), NODES.stringNode(key)))) {
        keys.add(key);
      }
    }
    return keys;
  }

  private ArrayNode array(
      Facets facets, Mode mode, int variant, int depth, String pointer, List<Site> sites) {
    int size = facets.minItems == null ? 0 : facets.minItems;
    if (mode == Mode.FULL && depth < DEEPEST) {
      size = Math.max(size, 1);
    }
    if (facets.maxItems != null) {
      size = Math.min(size, facets.maxItems);
    }
    ArrayNode array = NODES.arrayNode();
    if (facets.items == null) {
      for (int i = 0; i < size; i++) {
        array.add(i + variant);
      }
      return array;
    }
    Set<String> seen = new HashSet<>();
    int attempt = variant;
    while (array.size() < size && attempt < variant + size + 40) {
      int index = array.size();
      List<Site> elementSites = sites == null ? null : new ArrayList<>();
      JsonNode element =
          generate(
              facets.items,
              mode,
              attempt++,
              depth + 1,
              Pointers.child(pointer, index),
              true,
              elementSites);
      if (!facets.uniqueItems || seen.add(JsonValues.key(element))) {
        array.add(element);
        if (sites != null) {
          sites.addAll(elementSites);
        }
      }
    }
    return array;
  }

  /** The {@code variant}-th proposal the leaf's own schema accepts (cycling through them). */
  JsonNode leaf(JsonNode schema, Facets facets, int variant) {
    List<JsonNode> valid = validLeaves(schema, facets, Math.max(variant + 1, 1));
    if (valid.isEmpty()) {
      throw new IllegalStateException(
          "no value proposed for " + schema + " is valid; extend the proposals in the test kit");
    }
    return valid.get(variant % valid.size()).deepCopy();
  }

  /** Up to {@code wanted} proposals for the leaf that its schema accepts, in proposal order. */
  List<JsonNode> validLeaves(JsonNode schema, Facets facets, int wanted) {
    JsonNode standalone = SchemaOracle.standalone(root, schema);
    List<JsonNode> valid = new ArrayList<>();
    for (JsonNode proposal : proposals(facets)) {
      if (SchemaOracle.accepts(standalone, proposal)) {
        valid.add(proposal);
        if (valid.size() >= wanted) {
          break;
        }
      }
    }
    return valid;
  }

  private List<JsonNode> proposals(Facets facets) {
    List<JsonNode> proposals = new ArrayList<>();
    if (facets.enumValues != null) {
      for (JsonNode value : facets.enumValues) {
        if (!value.isNull()) {
          proposals.add(value);
        }
      }
      return proposals;
    }
    switch (facets.valueType()) {
      case "boolean" -> {
        proposals.add(NODES.booleanNode(true));
        proposals.add(NODES.booleanNode(false));
      }
      case "integer" -> {
        for (BigDecimal value : Numbers.proposals(facets, true)) {
          if (Numbers.isInteger(value)) {
            proposals.add(NODES.numberNode(value.toBigInteger()));
          }
        }
      }
      case "number" -> {
        for (BigDecimal value : Numbers.proposals(facets, false)) {
          proposals.add(Numbers.node(value));
        }
      }
      case "null" -> proposals.add(NODES.nullNode());
      default -> {
        for (String value : Strings.proposals(facets, random)) {
          proposals.add(NODES.stringNode(value));
        }
      }
    }
    return proposals;
  }
}
