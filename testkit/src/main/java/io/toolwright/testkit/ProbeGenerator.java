package io.toolwright.testkit;

import io.toolwright.testkit.InstanceGenerator.Site;
import io.toolwright.testkit.Probe.Kind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Argument objects generated from a tool's canonical JSON Schema (2020-12): the minimal and the full
 * valid instance, and for every keyword occurrence of every value of the full instance, mutations
 * that break that keyword (wrong type, null where not nullable, a required property left out, an
 * unknown property, a value just outside a bound, a pattern or format missed, a duplicate where
 * items must be unique, ...) and variants the schema allows that runtimes get wrong (a value on a
 * bound, lengths in code points outside the Basic Multilingual Plane, every form a format allows,
 * Unicode whitespace, numbers beyond a Java type). The same seed gives the same probes.
 */
public final class ProbeGenerator {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String UNKNOWN_PROPERTY = "unexpected";

  private final InstanceGenerator generator;
  private final JsonNode full;
  private final List<Site> sites = new ArrayList<>();
  private final Map<String, Probe> probes = new LinkedHashMap<>();

  private ProbeGenerator(JsonNode schema, long seed) {
    this.generator = new InstanceGenerator(schema, seed);
    JsonNode minimal = generator.minimal();
    this.full = generator.full(sites);
    add(Kind.VALID, "minimal", "", "required properties only", minimal);
    add(Kind.VALID, "full", "", "every property present", full);
  }

  /** Every probe for {@code schema}, the minimal and the full valid instance first. */
  public static List<Probe> probes(JsonNode schema, long seed) {
    ProbeGenerator probes = new ProbeGenerator(schema, seed);
    for (Site site : probes.sites) {
      probes.probe(site);
    }
    return List.copyOf(probes.probes.values());
  }

  /** The minimal and the full valid instance of {@code schema}. */
  public static List<Probe> validInstances(JsonNode schema, long seed) {
    return List.copyOf(new ProbeGenerator(schema, seed).probes.values());
  }

  private void probe(Site site) {
    JsonNode value = Pointers.at(full, site.pointer());
    Facets facets = site.facets();
    // Arguments that are not an object at all are the envelope's matter, not a keyword's: the
    // runtime answers them INVALID_JSON by design, so the root gets no type mutation.
    boolean root = site.pointer().isEmpty();
    if (!root) {
      // Without a "type", only "const" or "enum" can rule out a value of another type.
      String typeKeyword =
          facets.types != null ? "type"
              : facets.constValue != null ? "const" : facets.enumValues != null ? "enum" : "type";
      if (site.nullable()) {
        variant(site, typeKeyword, "null, where null is allowed", NODES.nullNode());
      } else {
        mutation(site, typeKeyword, "null, where null is not allowed", NODES.nullNode());
      }
      if (!site.requiredIn()) {
        add(Kind.VARIANT, "required", site.pointer(), "optional property left out",
            Pointers.remove(full, site.pointer()));
      }
      for (JsonNode wrong : wrongTypes(facets)) {
        mutation(site, typeKeyword, "a " + wrong.getNodeType().name().toLowerCase(Locale.ROOT)
            + " (" + wrong + ")", wrong);
      }
    }
    if (facets.constValue != null) {
      mutation(site, "const", "another value than the constant",
          facets.constValue.isString() ? NODES.stringNode(facets.constValue.stringValue() + "x")
              : NODES.stringNode("not the constant"));
      return;
    }
    if (facets.enumValues != null) {
      enumProbes(site, value, facets);
      return;
    }
    switch (facets.valueType()) {
      case "object" -> objectProbes(site, value, facets);
      case "array" -> arrayProbes(site, value, facets);
      case "string" -> stringProbes(site, value.stringValue(), facets);
      case "integer", "number" -> numberProbes(site, value, facets);
      default -> {}
    }
  }

  // ---- kinds of values

  private List<JsonNode> wrongTypes(Facets facets) {
    List<JsonNode> candidates =
        switch (facets.valueType()) {
          case "string" -> List.of(NODES.numberNode(1), NODES.booleanNode(true), NODES.objectNode());
          case "integer" -> List.of(
              NODES.numberNode(new BigDecimal("1.5")), NODES.stringNode("1"), NODES.booleanNode(true));
          case "number" -> List.of(NODES.stringNode("1.5"), NODES.booleanNode(true), NODES.arrayNode());
          case "boolean" -> List.of(NODES.stringNode("true"), NODES.numberNode(1), NODES.arrayNode());
          case "object" -> List.of(NODES.stringNode("x"), NODES.arrayNode(), NODES.numberNode(1));
          case "array" -> List.of(NODES.objectNode(), NODES.stringNode("x"), NODES.numberNode(1));
          default -> List.of();
        };
    List<JsonNode> wrong = new ArrayList<>();
    for (JsonNode candidate : candidates) {
      String type = jsonType(candidate);
      if (!facets.allows(type)) {
        wrong.add(candidate);
      }
    }
    return wrong;
  }

  private static String jsonType(JsonNode value) {
    if (value.isNumber()) {
      return Numbers.isInteger(value.decimalValue()) ? "integer" : "number";
    }
    return value.getNodeType().name().toLowerCase(Locale.ROOT).replace("pojo", "object");
  }

  private void enumProbes(Site site, JsonNode value, Facets facets) {
    int shown = 0;
    for (JsonNode allowed : facets.enumValues) {
      if (!allowed.equals(value) && !allowed.isNull() && shown++ < 12) {
        variant(site, "enum", allowed + ", another allowed value", allowed);
      }
    }
    if (value.isString()) {
      String text = value.stringValue();
      String flipped =
          text.equals(text.toUpperCase(Locale.ROOT))
              ? text.toLowerCase(Locale.ROOT)
              : text.toUpperCase(Locale.ROOT);
      if (!flipped.equals(text)) {
        mutation(site, "enum", quoted(flipped) + ", an allowed value in another case",
            NODES.stringNode(flipped));
      }
      mutation(site, "enum", "a value not in the list", NODES.stringNode("not_in_the_list"));
    } else if (value.isNumber()) {
      mutation(site, "enum", "a number not in the list",
          NODES.numberNode(value.decimalValue().add(new BigDecimal("1000"))));
    }
  }

  private void stringProbes(Site site, String value, Facets facets) {
    if (facets.format != null) {
      for (String valid : Strings.formatValid(facets)) {
        if (!valid.equals(value)) {
          variant(site, "format", quoted(valid) + ", a form " + facets.format + " allows",
              NODES.stringNode(valid));
        }
      }
      for (String invalid : Strings.formatInvalid(facets.format)) {
        mutation(site, "format", quoted(invalid) + ", not a valid " + facets.format,
            NODES.stringNode(invalid));
      }
    }
    if (facets.minLength != null && facets.minLength > 0) {
      int min = facets.minLength;
      variant(site, "minLength", "exactly " + min + " characters",
          NODES.stringNode(matching(facets, Strings.ofLength(value, min))));
      variant(site, "minLength", "exactly " + min + " code points outside the BMP",
          NODES.stringNode(Strings.ASTRAL.repeat(min)));
      mutation(site, "minLength", (min - 1) + " characters",
          NODES.stringNode(matching(facets, Strings.ofLength(value, min - 1))));
      if (min > 1) {
        mutation(site, "minLength", (min - 1) + " code points outside the BMP ("
            + 2 * (min - 1) + " UTF-16 units)", NODES.stringNode(Strings.ASTRAL.repeat(min - 1)));
      }
    }
    if (facets.maxLength != null) {
      int max = facets.maxLength;
      variant(site, "maxLength", "exactly " + max + " characters",
          NODES.stringNode(matching(facets, Strings.ofLength(value, max))));
      if (max > 0) {
        variant(site, "maxLength", "exactly " + max + " code points outside the BMP ("
            + 2 * max + " UTF-16 units)", NODES.stringNode(Strings.ASTRAL.repeat(max)));
      }
      mutation(site, "maxLength", (max + 1) + " characters",
          NODES.stringNode(matching(facets, Strings.ofLength(value, max + 1))));
    }
    for (String pattern : facets.patterns) {
      patternProbes(site, value, facets, pattern);
    }
  }

  /**
   * {@code text}, or a string of its length that matches every pattern (one of the valid
   * proposals, cut or lengthened), so that a length probe breaks the length only.
   */
  private String matching(Facets facets, String text) {
    if (allPatternsFind(facets, text)) {
      return text;
    }
    int length = Strings.codePoints(text);
    for (String proposal : Strings.proposals(facets, generator.random())) {
      String fitted = Strings.ofLength(proposal, length);
      if (allPatternsFind(facets, fitted)) {
        return fitted;
      }
    }
    return text;
  }

  private static boolean allPatternsFind(Facets facets, String text) {
    for (String pattern : facets.patterns) {
      if (!SchemaOracle.patternFinds(pattern, text)) {
        return false;
      }
    }
    return true;
  }

  private void patternProbes(Site site, String value, Facets facets, String pattern) {
    List<String> misses = new ArrayList<>();
    String rgx = Strings.notMatching(pattern, generator.random());
    for (String candidate :
        new String[] {rgx, "", "!", value + "\n", value + "!", "!" + value, " "}) {
      if (candidate != null
          && !SchemaOracle.patternFinds(pattern, candidate)
          && !misses.contains(candidate)
          && misses.size() < 3) {
        misses.add(candidate);
      }
    }
    for (String miss : misses) {
      mutation(site, "pattern", quoted(miss) + ", does not match " + pattern, NODES.stringNode(miss));
    }
    for (String pick : Strings.fromPattern(pattern, generator.random(), 3)) {
      // A time that @Past or @Future rules out is a constraint the schema can only describe.
      String made = Strings.inTime(pick, facets);
      if (SchemaOracle.patternFinds(pattern, made) && !made.equals(value)) {
        variant(site, "pattern", quoted(made) + ", made to match " + pattern,
            NODES.stringNode(Strings.fit(made, facets)));
      }
    }
    int length = Math.max(1, facets.minLength == null ? 1 : facets.minLength);
    if (facets.maxLength == null || length <= facets.maxLength) {
      for (String space : Strings.WHITESPACE) {
        String text = space.repeat(length);
        String label = "only U+" + String.format(Locale.ROOT, "%04X", (int) space.charAt(0));
        if (SchemaOracle.patternFinds(pattern, text)) {
          variant(site, "pattern", label + ", matches " + pattern, NODES.stringNode(text));
        } else {
          mutation(site, "pattern", label + ", does not match " + pattern, NODES.stringNode(text));
        }
      }
    }
  }

  private void numberProbes(Site site, JsonNode value, Facets facets) {
    boolean integer = !facets.allows("number");
    BigDecimal step = integer ? BigDecimal.ONE : Numbers.step(facets);
    boolean binary = "double".equals(facets.format) || "float".equals(facets.format);
    BigDecimal hair = new BigDecimal("1E-20");
    if (facets.minimum != null) {
      variant(site, "minimum", "the minimum", number(facets.minimum));
      mutation(site, "minimum", "just below the minimum", number(facets.minimum.subtract(step)));
      if (binary) {
        mutation(site, "minimum", "below the minimum by less than a " + facets.format + "'s precision",
            number(facets.minimum.subtract(hair)));
      }
    }
    if (facets.exclusiveMinimum != null) {
      mutation(site, "exclusiveMinimum", "the exclusive minimum", number(facets.exclusiveMinimum));
      variant(site, "exclusiveMinimum", "just above the exclusive minimum",
          number(facets.exclusiveMinimum.add(step)));
      if (binary) {
        variant(site, "exclusiveMinimum",
            "above the exclusive minimum by less than a " + facets.format + "'s precision",
            number(facets.exclusiveMinimum.add(hair)));
      }
    }
    if (facets.maximum != null) {
      variant(site, "maximum", "the maximum", number(facets.maximum));
      mutation(site, "maximum", "just above the maximum", number(facets.maximum.add(step)));
      if (binary) {
        mutation(site, "maximum", "above the maximum by less than a " + facets.format + "'s precision",
            number(facets.maximum.add(hair)));
      }
    }
    if (facets.exclusiveMaximum != null) {
      mutation(site, "exclusiveMaximum", "the exclusive maximum", number(facets.exclusiveMaximum));
      variant(site, "exclusiveMaximum", "just below the exclusive maximum",
          number(facets.exclusiveMaximum.subtract(step)));
      if (binary) {
        variant(site, "exclusiveMaximum",
            "below the exclusive maximum by less than a " + facets.format + "'s precision",
            number(facets.exclusiveMaximum.subtract(hair)));
      }
    }
    if (facets.multipleOf != null) {
      BigDecimal off =
          integer && facets.multipleOf.compareTo(BigDecimal.ONE) > 0
              ? BigDecimal.ONE
              : facets.multipleOf.divide(BigDecimal.valueOf(2));
      mutation(site, "multipleOf", "not a multiple of " + facets.multipleOf,
          number(value.decimalValue().add(off)));
    }
    if (integer) {
      variant(site, "type", "an integer written with a fraction of zero",
          number(value.decimalValue().setScale(1)));
    }
    // Toolwright bounds every integer and floating-point type; an unbounded integer schema
    // (BigInteger) must accept what is beyond 64 bits.
    if (facets.maximum == null && facets.exclusiveMaximum == null && integer) {
      variant(site, "maximum", "2^63, beyond 64 bits, no maximum in the schema",
          NODES.numberNode(BigInteger.TWO.pow(63)));
    }
    if (facets.minimum == null && facets.exclusiveMinimum == null && integer) {
      variant(site, "minimum", "-2^63-1, beyond 64 bits, no minimum in the schema",
          NODES.numberNode(BigInteger.TWO.pow(63).negate().subtract(BigInteger.ONE)));
    }
  }

  private static String quoted(String text) {
    return SchemaOracle.JSON.writeValueAsString(text);
  }

  /**
   * The number as a probe, or {@code null} when it has more significant digits than the run time
   * parses ({@link Numbers#MAX_DIGITS}): 1.7976931348623157E+308 less a tenth is refused as a
   * parsing limit, which says nothing about the schema's verdict.
   */
  private static JsonNode number(BigDecimal value) {
    return value.stripTrailingZeros().precision() > Numbers.MAX_DIGITS ? null : Numbers.node(value);
  }

  private void arrayProbes(Site site, JsonNode value, Facets facets) {
    ArrayNode array = (ArrayNode) value;
    if (facets.minItems != null && facets.minItems > 0 && array.size() >= facets.minItems) {
      mutation(site, "minItems", (facets.minItems - 1) + " items",
          truncated(array, facets.minItems - 1));
    }
    if (array.size() > 0 && (facets.minItems == null || facets.minItems == 0)) {
      variant(site, "minItems", "no items", NODES.arrayNode());
    }
    if (facets.maxItems != null && facets.items != null) {
      ArrayNode longest = grown(site, array, facets, facets.maxItems + 1);
      if (longest.size() == facets.maxItems + 1) {
        variant(site, "maxItems", facets.maxItems + " items", truncated(longest, facets.maxItems));
        mutation(site, "maxItems", (facets.maxItems + 1) + " items", longest);
      }
    }
    if (array.size() > 0 && (facets.maxItems == null || facets.maxItems > array.size())) {
      ArrayNode twice = array.deepCopy();
      twice.add(array.get(0).deepCopy());
      if (facets.uniqueItems) {
        mutation(site, "uniqueItems", "the first item twice", twice);
        JsonNode first = array.get(0);
        if (first.isNumber() && Numbers.isInteger(first.decimalValue())) {
          ArrayNode written = array.deepCopy();
          written.add(NODES.numberNode(first.decimalValue().setScale(1)));
          mutation(site, "uniqueItems", "the first item twice, once written with a fraction", written);
        }
      } else {
        variant(site, "uniqueItems", "the first item twice (duplicates allowed)", twice);
      }
    }
  }

  private ArrayNode grown(Site site, ArrayNode array, Facets facets, int size) {
    ArrayNode grown = array.deepCopy();
    java.util.Set<String> seen = new java.util.HashSet<>();
    grown.forEach(element -> seen.add(JsonValues.key(element)));
    for (int attempt = 1; grown.size() < size && attempt < size + 40; attempt++) {
      JsonNode element =
          generator.generate(
              facets.items, InstanceGenerator.Mode.MINIMAL, attempt, InstanceGenerator.DEEPEST,
              site.pointer(), true, null);
      if (seen.add(JsonValues.key(element)) || !facets.uniqueItems) {
        grown.add(element);
      }
    }
    return grown;
  }

  private static ArrayNode truncated(ArrayNode array, int size) {
    ArrayNode shorter = NODES.arrayNode();
    for (int i = 0; i < size && i < array.size(); i++) {
      shorter.add(array.get(i).deepCopy());
    }
    return shorter;
  }

  private void objectProbes(Site site, JsonNode value, Facets facets) {
    ObjectNode object = (ObjectNode) value;
    for (String name : facets.required) {
      if (object.has(name)) {
        add(Kind.MUTATION, "required", Pointers.child(site.pointer(), name),
            "required property left out", Pointers.remove(full, Pointers.child(site.pointer(), name)));
      }
    }
    boolean closed =
        facets.additionalProperties != null && facets.additionalProperties.isBoolean()
            && !facets.additionalProperties.booleanValue();
    if (closed) {
      add(Kind.MUTATION, "additionalProperties", Pointers.child(site.pointer(), UNKNOWN_PROPERTY),
          "an unknown property",
          Pointers.put(full, site.pointer(), UNKNOWN_PROPERTY, NODES.stringNode("x")));
      for (String name : facets.properties.keySet()) {
        String other = Character.isUpperCase(name.charAt(0))
            ? name.toLowerCase(Locale.ROOT) : name.toUpperCase(Locale.ROOT);
        if (!facets.properties.containsKey(other) && object.has(name)) {
          add(Kind.MUTATION, "additionalProperties", Pointers.child(site.pointer(), other),
              "a property's name in another case",
              Pointers.put(full, site.pointer(), other, object.get(name)));
          break;
        }
      }
    }
    if (facets.additionalProperties != null && facets.additionalProperties.isObject()) {
      mapProbes(site, object, facets);
    }
  }

  private void mapProbes(Site site, ObjectNode map, Facets facets) {
    int min = facets.minProperties == null ? 0 : facets.minProperties;
    if (min == 0 && !map.isEmpty()) {
      variant(site, "minProperties", "no entries", NODES.objectNode());
    }
    if (min > 0 && map.size() >= min) {
      ObjectNode fewer = map.deepCopy();
      fewer.remove(map.propertyNames().iterator().next());
      mutation(site, "minProperties", (min - 1) + " entries", fewer);
    }
    if (facets.maxProperties != null) {
      List<String> keys = generator.keys(facets, facets.maxProperties + 1);
      ObjectNode more = NODES.objectNode();
      JsonNode sample = map.isEmpty()
          ? generator.generate(facets.additionalProperties, InstanceGenerator.Mode.MINIMAL, 0,
              InstanceGenerator.DEEPEST, site.pointer(), true, null)
          : map.properties().iterator().next().getValue();
      for (String key : keys) {
        more.set(key, sample.deepCopy());
      }
      if (more.size() == facets.maxProperties + 1) {
        mutation(site, "maxProperties", more.size() + " entries", more);
      }
    }
    if (facets.propertyNames != null) {
      JsonNode names = SchemaOracle.standalone(generator.root(), facets.propertyNames);
      JsonNode sample = map.isEmpty() ? NODES.nullNode() : map.properties().iterator().next().getValue();
      for (String key : new String[] {"", " ", "UPPER", "with space", "x".repeat(300)}) {
        if (!SchemaOracle.accepts(names, NODES.stringNode(key))) {
          ObjectNode bad = map.deepCopy();
          bad.set(key, sample.deepCopy());
          mutation(site, "propertyNames", "a key the names' schema rejects", bad);
          break;
        }
      }
    }
  }

  // ---- recording

  private void variant(Site site, String keyword, String label, JsonNode value) {
    if (value == null) {
      return;
    }
    add(Kind.VARIANT, keyword, site.pointer(), label, Pointers.replace(full, site.pointer(), value));
  }

  private void mutation(Site site, String keyword, String label, JsonNode value) {
    if (value == null) {
      return;
    }
    add(Kind.MUTATION, keyword, site.pointer(), label, Pointers.replace(full, site.pointer(), value));
  }

  private void add(Kind kind, String keyword, String pointer, String label, JsonNode instance) {
    String key = SchemaOracle.JSON.writeValueAsString(instance);
    probes.putIfAbsent(key, new Probe(kind, keyword, pointer, label, instance));
  }
}
