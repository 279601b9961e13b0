package io.toolwright;

import io.toolwright.dispatch.JsonReaders;
import io.toolwright.schema.JsonSchema;
import io.toolwright.schema.JsonSchema.ArraySchema;
import io.toolwright.schema.JsonSchema.BooleanSchema;
import io.toolwright.schema.JsonSchema.NumberSchema;
import io.toolwright.schema.JsonSchema.ObjectSchema;
import io.toolwright.schema.JsonSchema.RefSchema;
import io.toolwright.schema.JsonSchema.StringSchema;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a call's arguments against the <em>shape</em> of the tool's schema and reports every
 * mismatch, not only the first, so a model can fix them all in one retry: types, required
 * properties, unknown properties (every object Toolwright emits is closed), {@code enum}
 * membership, {@code null} where the schema allows it, array items, map values and {@code
 * uniqueItems}.
 *
 * <p>Constraint keywords ({@code minimum}, {@code maxLength}, {@code pattern}, {@code format}, item
 * and property counts) are deliberately not checked here: Bean Validation checks the annotations
 * they were derived from, so there is one source of truth and one wording.
 *
 * <p>Decisions, each matching how the generated converters ({@link JsonReaders}) read values:
 *
 * <ul>
 *   <li>A number with a zero fraction, such as {@code 1.0}, is an integer, as JSON Schema 2020-12
 *       says. Whether it fits the Java type ({@code int}, {@code long}) is the converter's check.
 *   <li>{@code null} for a property that is not required means the property is absent. Providers'
 *       strict modes make every property required and the optional ones nullable, so models
 *       habitually send {@code null} for "not given".
 * </ul>
 */
final class StructuralValidator {

  /** How many allowed values or property names an error lists before saying how many more. */
  private static final int LISTED_NAMES = 20;

  private final ObjectSchema root;
  private final Collection<String> reportedElsewhere;
  private final StructuralProblems problems;
  private final PointerStack at = new PointerStack();

  private StructuralValidator(
      ObjectSchema root, Collection<String> reportedElsewhere, StructuralProblems problems) {
    this.root = root;
    this.reportedElsewhere = reportedElsewhere;
    this.problems = problems;
  }

  /**
   * Adds every structural problem of {@code arguments} to {@code problems}, in the order of the
   * schema's properties, then unknown properties in the order given. Problems beyond the ones
   * {@code problems} lists are counted without being built.
   *
   * @param reportedElsewhere root property names another check reports (context names), which are
   *     not repeated here as unknown
   */
  static void check(
      ObjectNode arguments,
      ObjectSchema schema,
      Collection<String> reportedElsewhere,
      StructuralProblems problems) {
    if (!StructuralConformance.conforms(arguments, schema, reportedElsewhere)) {
      report(arguments, schema, reportedElsewhere, problems);
    }
  }

  /**
   * The full walk that {@link #check} runs only for arguments {@link StructuralConformance}
   * rejects: every problem, with its pointer. Package-private for the test comparing the two.
   */
  static void report(
      ObjectNode arguments,
      ObjectSchema schema,
      Collection<String> reportedElsewhere,
      StructuralProblems problems) {
    // Not copied into a set: it is asked only about a property the schema does not declare, which
    // a valid call has none of, and a tool has few context names.
    new StructuralValidator(schema, reportedElsewhere, problems).object(arguments, schema, true);
  }

  private void value(JsonNode node, JsonSchema declared) {
    boolean nullable = declared.nullable();
    JsonSchema schema = declared;
    if (schema instanceof RefSchema ref) {
      schema = resolve(ref);
      nullable |= schema.nullable();
    }
    if (node.isNull()) {
      if (!nullable) {
        mismatch(schema, false, node);
      }
      return;
    }
    if (schema instanceof StringSchema string) {
      if (!node.isString()
          || (!string.allowed().isEmpty() && !string.allowed().contains(node.stringValue()))) {
        mismatch(schema, nullable, node);
      }
    } else if (schema instanceof NumberSchema number) {
      if (!node.isNumber() || (number.integral() && !isIntegral(node))) {
        mismatch(schema, nullable, node);
      }
    } else if (schema instanceof BooleanSchema) {
      if (!node.isBoolean()) {
        mismatch(schema, nullable, node);
      }
    } else if (schema instanceof ArraySchema array) {
      if (!node.isArray()) {
        mismatch(schema, nullable, node);
      } else {
        array(node, array);
      }
    } else if (!node.isObject()) {
      mismatch(schema, nullable, node);
    } else {
      object(node, (ObjectSchema) schema, false);
    }
  }

  private void array(JsonNode node, ArraySchema schema) {
    for (int i = 0; i < node.size(); i++) {
      at.push(i);
      value(node.get(i), schema.items());
      at.pop();
    }
    if (schema.uniqueItems()) {
      Map<JsonValueKey, Integer> seen = new HashMap<>();
      for (int i = 0; i < node.size(); i++) {
        Integer first = seen.putIfAbsent(new JsonValueKey(node.get(i)), i);
        if (first != null && problems.count()) {
          String array = at.pointer();
          problems.add(
              new ArgumentProblem(
                  JsonReaders.index(array, i),
                  "a value not already in the array (it repeats "
                      + JsonReaders.index(array, first)
                      + ")",
                  Excerpts.of(node.get(i))));
        }
      }
    }
  }

  private void object(JsonNode node, ObjectSchema schema, boolean isRoot) {
    if (schema.additionalProperties() != null) {
      // A map: every value has the value schema (Toolwright maps declare no fixed properties).
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        JsonSchema valueSchema =
            schema.properties().getOrDefault(entry.getKey(), schema.additionalProperties());
        at.push(entry.getKey());
        value(entry.getValue(), valueSchema);
        at.pop();
      }
      return;
    }
    int declaredGiven = 0;
    for (Map.Entry<String, JsonSchema> property : schema.properties().entrySet()) {
      String name = property.getKey();
      JsonNode given = node.get(name);
      if (given == null) {
        if (schema.required().contains(name) && problems.count()) {
          at.push(name);
          problems.add(
              new ArgumentProblem(
                  at.pointer(), describe(property.getValue()) + " (required)", null));
          at.pop();
        }
        continue;
      }
      declaredGiven++;
      if (!given.isNull() || schema.required().contains(name)) {
        at.push(name);
        value(given, property.getValue());
        at.pop();
      }
    }
    if (declaredGiven == node.size()) {
      // Every property given is declared (names in an object are unique): none to report.
      return;
    }
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String name = entry.getKey();
      if (!schema.properties().containsKey(name)
          && !(isRoot && reportedElsewhere.contains(name))
          && problems.count()) {
        problems.add(
            new ArgumentProblem(
                JsonReaders.child(at.pointer(), name),
                "no property named '" + Excerpts.text(name, 40) + "': " + known(schema),
                Excerpts.of(entry.getValue())));
      }
    }
  }

  private void mismatch(JsonSchema schema, boolean nullable, JsonNode node) {
    if (problems.count()) {
      problems.add(
          new ArgumentProblem(at.pointer(), describe(schema, nullable), Excerpts.of(node)));
    }
  }

  private JsonSchema resolve(RefSchema ref) {
    return resolve(root, ref);
  }

  /** The schema {@code ref} names among the tool's definitions. */
  static JsonSchema resolve(ObjectSchema root, RefSchema ref) {
    JsonSchema target = root.defs().get(ref.name());
    if (target == null) {
      // ToolRegistry checks every reference when it is built; this is a broken invariant.
      throw new IllegalStateException("unresolved $ref " + ref.pointer());
    }
    return target;
  }

  /** What a property must hold, resolving a reference, for "missing" messages. */
  private String describe(JsonSchema declared) {
    if (declared instanceof RefSchema ref) {
      JsonSchema target = resolve(ref);
      return describe(target, ref.nullable() || target.nullable());
    }
    return describe(declared, declared.nullable());
  }

  private static String describe(JsonSchema schema, boolean nullable) {
    String kind;
    if (schema instanceof StringSchema string) {
      if (!string.allowed().isEmpty()) {
        kind = "one of " + listed(string.allowed(), true);
      } else {
        kind = string.format() == null ? "a string" : "a string (" + string.format() + ")";
      }
    } else if (schema instanceof NumberSchema number) {
      kind = number.integral() ? "an integer" : "a number";
    } else if (schema instanceof BooleanSchema) {
      kind = "true or false";
    } else if (schema instanceof ArraySchema) {
      kind = "an array";
    } else {
      kind = "an object";
    }
    return nullable ? kind + ", or null" : kind;
  }

  private static String known(ObjectSchema schema) {
    if (schema.properties().isEmpty()) {
      return "this object takes no properties";
    }
    return "the properties are " + listed(List.copyOf(schema.properties().keySet()), false);
  }

  private static String listed(List<String> values, boolean quoted) {
    String shown =
        values.stream()
            .limit(LISTED_NAMES)
            .map(value -> quoted ? "\"" + value + "\"" : value)
            .collect(Collectors.joining(", "));
    int more = values.size() - LISTED_NAMES;
    return more > 0 ? shown + " and " + more + " more" : shown;
  }

  /** Whether a number has no fraction: {@code 2} and {@code 2.0} do, {@code 2.5} does not. */
  static boolean isIntegral(JsonNode number) {
    if (number.isIntegralNumber()) {
      return true;
    }
    BigDecimal value = number.decimalValue();
    // Cheap: the parser bounds digits and exponent.
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }

  /**
   * The JSON pointer of the value being checked, kept as a stack of segments and written out only
   * for a problem that is listed: most values have none, and an array may have a million items.
   */
  private static final class PointerStack {
    private String[] names = new String[16];
    private int[] indices = new int[16];
    private int depth;

    void push(String name) {
      grow();
      names[depth++] = name;
    }

    void push(int index) {
      grow();
      names[depth] = null;
      indices[depth++] = index;
    }

    void pop() {
      names[--depth] = null;
    }

    String pointer() {
      String pointer = "";
      for (int i = 0; i < depth; i++) {
        pointer =
            names[i] != null
                ? JsonReaders.child(pointer, names[i])
                : JsonReaders.index(pointer, indices[i]);
      }
      return pointer;
    }

    private void grow() {
      if (depth == names.length) {
        names = java.util.Arrays.copyOf(names, 2 * depth);
        indices = java.util.Arrays.copyOf(indices, 2 * depth);
      }
    }
  }
}
