package io.toolwright.contract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * Compares a tool's locked schema with the build's, position by position: its parameter schema,
 * reporting what a call valid against the old schema may no longer pass (breaking) or what it
 * gains; or its output schema, reporting what a result may now hold that a client was not told to
 * expect (breaking), or what it no longer holds.
 *
 * <p>The walk is one for both: it finds how the set of values at each position changed (a
 * {@link Finding}: fewer types, a stricter bound, a property gone) and the side judges it. For
 * parameters the question is "is every value the old schema accepted still accepted?", for outputs
 * "is every value the new schema allows one the old schema allowed?". Where neither can be proved
 * without a full schema-inclusion check (a changed {@code pattern} or {@code format}), the answer
 * is no on either side: a false alarm costs a {@code toolwright:lock}; a missed break costs a
 * production incident.
 */
final class SchemaComparator {
  /** Keywords whose larger value accepts less. */
  private static final List<String> LOWER_BOUNDS = List.of(
      "minLength", "minItems", "minProperties", "minContains", "minimum", "exclusiveMinimum");
  /** Keywords whose smaller value accepts less. */
  private static final List<String> UPPER_BOUNDS = List.of(
      "maxLength", "maxItems", "maxProperties", "maxContains", "maximum", "exclusiveMaximum");
  /** Keywords any new or changed value of which may reject what the old schema accepted. */
  private static final List<String> EXACT = List.of(
      "pattern", "format", "multipleOf", "contentEncoding", "contentMediaType", "propertyNames",
      "dependentRequired", "not", "if");

  private final String tool;
  private final boolean output;
  private final JsonNode oldRoot;
  private final JsonNode newRoot;
  private final Consumer<Change> out;
  /**
   * Pairs of resolved schemas already compared (by identity: the same {@code $defs} entry reached
   * again), so a recursive type is walked once and a shared definition is reported once.
   */
  private final Map<JsonNode, Set<JsonNode>> visited = new IdentityHashMap<>();

  private SchemaComparator(String tool, boolean output, JsonNode oldRoot, JsonNode newRoot, Consumer<Change> out) {
    this.tool = tool;
    this.output = output;
    this.oldRoot = oldRoot;
    this.newRoot = newRoot;
    this.out = out;
  }

  /** Compares two parameter schemas: the model sends what they describe. */
  static void compare(String tool, JsonNode oldSchema, JsonNode newSchema, Consumer<Change> out) {
    new SchemaComparator(tool, false, oldSchema, newSchema, out).compare(oldSchema, newSchema, "", false);
  }

  /** Compares two output schemas: a client reads what they describe. */
  static void compareOutput(String tool, JsonNode oldSchema, JsonNode newSchema, Consumer<Change> out) {
    new SchemaComparator(tool, true, oldSchema, newSchema, out).compare(oldSchema, newSchema, "", false);
  }

  /**
   * @param alternative the pair is a union's alternative and the schema of a position that is no
   *     union: null and the description were compared at the position already
   */
  private void compare(JsonNode oldSchema, JsonNode newSchema, String pointer, boolean alternative) {
    SchemaView before = SchemaView.of(oldSchema, oldRoot);
    SchemaView after = SchemaView.of(newSchema, newRoot);
    if (!pointer.isEmpty() && !alternative && !before.description().equals(after.description())) {
      report(Finding.DESCRIBED, pointer, "description changed");
    }
    if (!visited.computeIfAbsent(before.node(), n -> Collections.newSetFromMap(new IdentityHashMap<>()))
        .add(after.node())) {
      return;
    }
    boolean oldUnion = !before.branches().isEmpty();
    boolean newUnion = !after.branches().isEmpty();
    if (oldUnion || newUnion) {
      compareNull(before, after, pointer);
      compareAlternatives(before, after, pointer);
      if (oldUnion != newUnion) {
        return; // the one alternative of the side that is no union was compared whole
      }
      compareUnionKeyword(before, after, pointer);
    } else {
      compareTypes(before, after, pointer, alternative);
    }
    compareEnums(before.node(), after.node(), pointer);
    compareBounds(before.node(), after.node(), pointer);
    compareExact(before.node(), after.node(), pointer);
    compareProperties(before.node(), after.node(), pointer);
    compareAdditionalProperties(before.node(), after.node(), pointer);
    if (before.node().has("items") && after.node().has("items")) {
      compare(before.node().get("items"), after.node().get("items"), pointer + "/items", false);
    }
  }

  /** @param ignoreNull null was compared at the union that holds this alternative */
  private void compareTypes(SchemaView before, SchemaView after, String pointer, boolean ignoreNull) {
    Set<String> oldTypes = new LinkedHashSet<>(before.types());
    Set<String> newTypes = new LinkedHashSet<>(after.types());
    if (ignoreNull) {
      oldTypes.remove("null");
      newTypes.remove("null");
    }
    Set<String> lost = new LinkedHashSet<>();
    if (!newTypes.isEmpty() && oldTypes.isEmpty()) {
      lost.add("any");
    }
    for (String type : oldTypes) {
      if (!SchemaView.accepts(newTypes, type)) {
        lost.add(type);
      }
    }
    Set<String> gained = new LinkedHashSet<>();
    for (String type : newTypes) {
      if (!oldTypes.isEmpty() && !SchemaView.accepts(oldTypes, type)) {
        gained.add(type);
      }
    }
    if (!oldTypes.isEmpty() && newTypes.isEmpty()) {
      gained.add("any");
    }
    String detail = "type " + shown(oldTypes) + " -> " + shown(newTypes);
    if (!lost.isEmpty() && !gained.isEmpty()) {
      report(Finding.OTHER_TYPES, pointer, detail + ", no longer " + String.join(", ", lost)
          + ", now " + String.join(", ", gained));
    } else if (!lost.isEmpty()) {
      report(Finding.FEWER_TYPES, pointer, detail + ", no longer " + String.join(", ", lost));
    } else if (!gained.isEmpty()) {
      report(Finding.MORE_TYPES, pointer, detail + (output ? ", now " + String.join(", ", gained) : ""));
    }
  }

  private static String shown(Set<String> types) {
    return types.isEmpty() ? "any" : String.join("|", types);
  }

  private void compareEnums(JsonNode before, JsonNode after, String pointer) {
    Set<JsonNode> oldValues = allowedValues(before);
    Set<JsonNode> newValues = allowedValues(after);
    if (newValues == null) {
      if (oldValues != null) {
        report(Finding.LOOSER, pointer, "enum removed: any value of the type is allowed");
      }
      return;
    }
    if (oldValues == null) {
      report(Finding.STRICTER, pointer, "enum added: only " + newValues + " allowed");
      return;
    }
    for (JsonNode value : oldValues) {
      if (!newValues.contains(value)) {
        report(Finding.VALUE_REMOVED, pointer, "enum value " + value + " removed");
      }
    }
    for (JsonNode value : newValues) {
      if (!oldValues.contains(value)) {
        report(Finding.VALUE_ADDED, pointer, "enum value " + value + " added");
      }
    }
  }

  /** {@code enum} or {@code const} values, null left out (nullability is the type's business). */
  private static Set<JsonNode> allowedValues(JsonNode schema) {
    JsonNode values = schema.has("enum") ? schema.get("enum") : null;
    if (values == null && schema.has("const")) {
      values = ResourceFiles.MAPPER.createArrayNode().add(schema.get("const"));
    }
    if (values == null || !values.isArray()) {
      return null;
    }
    Set<JsonNode> allowed = new LinkedHashSet<>();
    values.forEach(v -> {
      if (!v.isNull()) {
        allowed.add(v);
      }
    });
    return allowed;
  }

  private void compareBounds(JsonNode before, JsonNode after, String pointer) {
    for (String keyword : LOWER_BOUNDS) {
      compareBound(before, after, pointer, keyword, +1);
    }
    for (String keyword : UPPER_BOUNDS) {
      compareBound(before, after, pointer, keyword, -1);
    }
  }

  /** {@code stricter} is +1 when a larger value accepts less, -1 when a smaller one does. */
  private void compareBound(JsonNode before, JsonNode after, String pointer, String keyword, int stricter) {
    JsonNode oldValue = before.get(keyword);
    JsonNode newValue = after.get(keyword);
    if (oldValue == null && newValue == null) {
      return;
    }
    String detail = keyword + " " + (oldValue == null ? "none" : oldValue) + " -> "
        + (newValue == null ? "none" : newValue);
    if (oldValue == null) {
      report(Finding.STRICTER, pointer, detail);
    } else if (newValue == null) {
      report(Finding.LOOSER, pointer, detail);
    } else {
      int order = oldValue.decimalValue().compareTo(newValue.decimalValue()) * -stricter;
      if (order > 0) {
        report(Finding.STRICTER, pointer, detail);
      } else if (order < 0) {
        report(Finding.LOOSER, pointer, detail);
      }
    }
  }

  private void compareExact(JsonNode before, JsonNode after, String pointer) {
    for (String keyword : EXACT) {
      JsonNode oldValue = before.get(keyword);
      JsonNode newValue = after.get(keyword);
      if (oldValue == null && newValue != null) {
        report(Finding.STRICTER, pointer, keyword + " added: " + newValue);
      } else if (oldValue != null && newValue == null) {
        report(Finding.LOOSER, pointer, keyword + " " + oldValue + " removed");
      } else if (oldValue != null && !oldValue.equals(newValue)) {
        report(Finding.CHANGED, pointer,
            keyword + " " + oldValue + " -> " + newValue + " (a changed " + keyword
                + " cannot be shown to accept every old value)");
      }
    }
    boolean wasUnique = before.path("uniqueItems").asBoolean(false);
    boolean isUnique = after.path("uniqueItems").asBoolean(false);
    if (!wasUnique && isUnique) {
      report(Finding.STRICTER, pointer, "uniqueItems false -> true");
    } else if (wasUnique && !isUnique) {
      report(Finding.LOOSER, pointer, "uniqueItems true -> false");
    }
  }

  private void compareProperties(JsonNode before, JsonNode after, String pointer) {
    JsonNode oldProperties = before.path("properties");
    JsonNode newProperties = after.path("properties");
    if (!oldProperties.isObject() && !newProperties.isObject()) {
      return;
    }
    Set<String> oldRequired = strings(before.path("required"));
    Set<String> newRequired = strings(after.path("required"));
    List<String> removed = new ArrayList<>();
    List<String> added = new ArrayList<>();
    for (String name : oldProperties.propertyNames()) {
      if (!newProperties.has(name)) {
        removed.add(name);
      }
    }
    for (String name : newProperties.propertyNames()) {
      if (!oldProperties.has(name)) {
        added.add(name);
      }
    }
    for (String name : removed) {
      String at = pointer + "/properties/" + escape(name);
      String renamedTo = sameSchema(oldProperties.get(name), added, newProperties);
      if (renamedTo != null) {
        added.remove(renamedTo);
        report(Finding.PROPERTY_RENAMED, at, "\"" + name + "\" renamed to \"" + renamedTo + "\"");
      } else {
        report(Finding.PROPERTY_REMOVED, at, "\"" + name + "\" removed");
      }
    }
    for (String name : added) {
      String at = pointer + "/properties/" + escape(name);
      if (newRequired.contains(name)) {
        report(Finding.REQUIRED_PROPERTY_ADDED, at, "\"" + name + "\" added, required");
      } else {
        report(Finding.OPTIONAL_PROPERTY_ADDED, at, "\"" + name + "\" added, optional");
      }
    }
    for (String name : oldProperties.propertyNames()) {
      if (!newProperties.has(name)) {
        continue;
      }
      String at = pointer + "/properties/" + escape(name);
      if (!oldRequired.contains(name) && newRequired.contains(name)) {
        report(Finding.MADE_REQUIRED, at, "\"" + name + "\" is now required");
      } else if (oldRequired.contains(name) && !newRequired.contains(name)) {
        report(Finding.MADE_OPTIONAL, at, "\"" + name + "\" is now optional");
      }
      compare(oldProperties.get(name), newProperties.get(name), at, false);
    }
  }

  /** The one added property whose schema equals the removed one's, description aside; else null. */
  private String sameSchema(JsonNode removed, List<String> added, JsonNode newProperties) {
    JsonNode wanted = Alternatives.withoutDescription(SchemaView.resolve(removed, oldRoot));
    String match = null;
    for (String name : added) {
      JsonNode candidate = Alternatives.withoutDescription(SchemaView.resolve(newProperties.get(name), newRoot));
      if (candidate.equals(wanted)) {
        if (match != null) {
          return null;
        }
        match = name;
      }
    }
    return match;
  }

  private void compareAdditionalProperties(JsonNode before, JsonNode after, String pointer) {
    JsonNode oldValue = before.get("additionalProperties");
    JsonNode newValue = after.get("additionalProperties");
    boolean wasOpen = oldValue == null || !oldValue.isBoolean() || oldValue.booleanValue();
    boolean isOpen = newValue == null || !newValue.isBoolean() || newValue.booleanValue();
    if (!before.has("properties") && !before.has("additionalProperties")
        && !after.has("properties") && !after.has("additionalProperties")) {
      return;
    }
    boolean oldMap = oldValue != null && oldValue.isObject();
    boolean newMap = newValue != null && newValue.isObject();
    if (wasOpen && !isOpen) {
      report(Finding.STRICTER, pointer, "additionalProperties -> false");
    } else if (!wasOpen && isOpen) {
      report(Finding.OPENED, pointer, "additionalProperties false -> allowed");
    } else if (oldMap && newMap) {
      compare(oldValue, newValue, pointer + "/additionalProperties", false);
    } else if (!oldMap && newMap && wasOpen) {
      report(Finding.STRICTER, pointer, "additionalProperties given a schema");
    } else if (oldMap && !newMap && isOpen) {
      report(Finding.LOOSER, pointer, "additionalProperties schema removed: values of any type");
    }
  }

  /** Null accepted or not by a position where a union is (null is no alternative of its own). */
  private void compareNull(SchemaView before, SchemaView after, String pointer) {
    if (before.nullable() && !after.nullable()) {
      report(Finding.FEWER_TYPES, pointer, "no longer null");
    } else if (!before.nullable() && after.nullable()) {
      report(Finding.MORE_TYPES, pointer, "null now allowed");
    }
  }

  /**
   * The non-null alternatives of two unions (a position that is no union counts as one
   * alternative), paired by content ({@link Alternatives}). An alternative gone is fewer types, one
   * new is more; a pair is compared as any two schemas. Pointers name the alternative where it is:
   * in the new union, or in the old one for an alternative gone.
   */
  private void compareAlternatives(SchemaView before, SchemaView after, String pointer) {
    List<JsonNode> oldAlternatives = before.branches().isEmpty() ? List.of(before.node()) : before.branches();
    List<JsonNode> newAlternatives = after.branches().isEmpty() ? List.of(after.node()) : after.branches();
    boolean mixed = before.branches().isEmpty() || after.branches().isEmpty();
    Alternatives.Matching matching = Alternatives.match(oldAlternatives, oldRoot, newAlternatives, newRoot);
    for (Alternatives.Pair pair : matching.pairs()) {
      compare(oldAlternatives.get(pair.before()), newAlternatives.get(pair.after()),
          at(pointer, after, newAlternatives.get(pair.after())), mixed);
    }
    for (int index : matching.removed()) {
      JsonNode gone = oldAlternatives.get(index);
      report(Finding.FEWER_TYPES, at(pointer, before, gone),
          keyword(before) + " alternative " + Alternatives.describe(gone, oldRoot) + " removed");
    }
    for (int index : matching.added()) {
      JsonNode gained = newAlternatives.get(index);
      report(Finding.MORE_TYPES, at(pointer, after, gained),
          keyword(after) + " alternative " + Alternatives.describe(gained, newRoot) + " added");
    }
  }

  /** {@code oneOf} rejects a value two alternatives accept, which {@code anyOf} takes. */
  private void compareUnionKeyword(SchemaView before, SchemaView after, String pointer) {
    String was = keyword(before);
    String is = keyword(after);
    if (was.equals("anyOf") && is.equals("oneOf")) {
      report(Finding.STRICTER, pointer, "anyOf -> oneOf: a value more than one alternative accepts is now rejected");
    } else if (was.equals("oneOf") && is.equals("anyOf")) {
      report(Finding.LOOSER, pointer, "oneOf -> anyOf: a value more than one alternative accepts is now allowed");
    }
  }

  /** The pointer of an alternative: its index in the union's array as written, or the position. */
  private static String at(String pointer, SchemaView view, JsonNode alternative) {
    if (view.branches().isEmpty()) {
      return pointer;
    }
    String keyword = keyword(view);
    JsonNode members = view.node().get(keyword);
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i) == alternative) {
        return pointer + "/" + keyword + "/" + i;
      }
    }
    return pointer + "/" + keyword;
  }

  private static String keyword(SchemaView view) {
    return view.node().has("anyOf") ? "anyOf" : view.node().has("oneOf") ? "oneOf" : "anyOf";
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> values = new LinkedHashSet<>();
    if (array.isArray()) {
      array.forEach(v -> values.add(v.asString()));
    }
    return values;
  }

  /** RFC 6901: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private void report(Finding finding, String pointer, String detail) {
    out.accept(new Change(finding.kind(output), tool, pointer, detail));
  }
}
