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
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares a tool's locked parameter schema with the build's, position by position, and reports
 * what a call valid against the old schema may no longer pass (breaking) or what it gains.
 *
 * <p>The question asked at every position is "is every value the old schema accepted still
 * accepted?". Where that cannot be proved without a full schema-inclusion check (a changed
 * {@code pattern} or {@code format}), the answer is no: a false alarm costs a {@code toolwright:lock};
 * a missed break costs a production incident.
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
  private final JsonNode oldRoot;
  private final JsonNode newRoot;
  private final Consumer<Change> out;
  /**
   * Pairs of resolved schemas already compared (by identity: the same {@code $defs} entry reached
   * again), so a recursive type is walked once and a shared definition is reported once.
   */
  private final Map<JsonNode, Set<JsonNode>> visited = new IdentityHashMap<>();

  private SchemaComparator(String tool, JsonNode oldRoot, JsonNode newRoot, Consumer<Change> out) {
    this.tool = tool;
    this.oldRoot = oldRoot;
    this.newRoot = newRoot;
    this.out = out;
  }

  static void compare(String tool, JsonNode oldSchema, JsonNode newSchema, Consumer<Change> out) {
    new SchemaComparator(tool, oldSchema, newSchema, out).compare(oldSchema, newSchema, "");
  }

  private void compare(JsonNode oldSchema, JsonNode newSchema, String pointer) {
    SchemaView before = SchemaView.of(oldSchema, oldRoot);
    SchemaView after = SchemaView.of(newSchema, newRoot);
    if (!pointer.isEmpty() && !before.description().equals(after.description())) {
      report(ChangeKind.DESCRIPTION_CHANGED, pointer, "description changed");
    }
    if (!visited.computeIfAbsent(before.node(), n -> Collections.newSetFromMap(new IdentityHashMap<>()))
        .add(after.node())) {
      return;
    }
    compareTypes(before, after, pointer);
    compareEnums(before.node(), after.node(), pointer);
    compareBounds(before.node(), after.node(), pointer);
    compareExact(before.node(), after.node(), pointer);
    compareProperties(before.node(), after.node(), pointer);
    compareAdditionalProperties(before.node(), after.node(), pointer);
    if (before.node().has("items") && after.node().has("items")) {
      compare(before.node().get("items"), after.node().get("items"), pointer + "/items");
    }
    compareBranches(before, after, pointer);
  }

  private void compareTypes(SchemaView before, SchemaView after, String pointer) {
    Set<String> lost = new LinkedHashSet<>();
    if (!after.types().isEmpty() && before.types().isEmpty()) {
      lost.add("any");
    }
    for (String type : before.types()) {
      if (!SchemaView.accepts(after.types(), type)) {
        lost.add(type);
      }
    }
    Set<String> gained = new LinkedHashSet<>();
    for (String type : after.types()) {
      if (!before.types().isEmpty() && !SchemaView.accepts(before.types(), type)) {
        gained.add(type);
      }
    }
    String detail = "type " + shown(before.types()) + " -> " + shown(after.types());
    if (!lost.isEmpty()) {
      report(ChangeKind.TYPE_NARROWED, pointer, detail + ", no longer " + String.join(", ", lost));
    } else if (!gained.isEmpty() || (before.types().size() > 0 && after.types().isEmpty())) {
      report(ChangeKind.TYPE_WIDENED, pointer, detail);
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
        report(ChangeKind.CONSTRAINT_LOOSENED, pointer, "enum removed: any value of the type is allowed");
      }
      return;
    }
    if (oldValues == null) {
      report(ChangeKind.CONSTRAINT_TIGHTENED, pointer, "enum added: only " + newValues + " allowed");
      return;
    }
    for (JsonNode value : oldValues) {
      if (!newValues.contains(value)) {
        report(ChangeKind.ENUM_VALUE_REMOVED, pointer, "enum value " + value + " removed");
      }
    }
    for (JsonNode value : newValues) {
      if (!oldValues.contains(value)) {
        report(ChangeKind.ENUM_VALUE_ADDED, pointer, "enum value " + value + " added");
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
      report(ChangeKind.CONSTRAINT_TIGHTENED, pointer, detail);
    } else if (newValue == null) {
      report(ChangeKind.CONSTRAINT_LOOSENED, pointer, detail);
    } else {
      int order = oldValue.decimalValue().compareTo(newValue.decimalValue()) * -stricter;
      if (order > 0) {
        report(ChangeKind.CONSTRAINT_TIGHTENED, pointer, detail);
      } else if (order < 0) {
        report(ChangeKind.CONSTRAINT_LOOSENED, pointer, detail);
      }
    }
  }

  private void compareExact(JsonNode before, JsonNode after, String pointer) {
    for (String keyword : EXACT) {
      JsonNode oldValue = before.get(keyword);
      JsonNode newValue = after.get(keyword);
      if (oldValue == null && newValue != null) {
        report(ChangeKind.CONSTRAINT_TIGHTENED, pointer, keyword + " added: " + newValue);
      } else if (oldValue != null && newValue == null) {
        report(ChangeKind.CONSTRAINT_LOOSENED, pointer, keyword + " " + oldValue + " removed");
      } else if (oldValue != null && !oldValue.equals(newValue)) {
        report(ChangeKind.CONSTRAINT_TIGHTENED, pointer,
            keyword + " " + oldValue + " -> " + newValue + " (a changed " + keyword
                + " cannot be shown to accept every old value)");
      }
    }
    boolean wasUnique = before.path("uniqueItems").asBoolean(false);
    boolean isUnique = after.path("uniqueItems").asBoolean(false);
    if (!wasUnique && isUnique) {
      report(ChangeKind.CONSTRAINT_TIGHTENED, pointer, "uniqueItems false -> true");
    } else if (wasUnique && !isUnique) {
      report(ChangeKind.CONSTRAINT_LOOSENED, pointer, "uniqueItems true -> false");
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
        report(ChangeKind.PARAMETER_RENAMED, at, "\"" + name + "\" renamed to \"" + renamedTo + "\"");
      } else {
        report(ChangeKind.PARAMETER_REMOVED, at, "\"" + name + "\" removed");
      }
    }
    for (String name : added) {
      String at = pointer + "/properties/" + escape(name);
      if (newRequired.contains(name)) {
        report(ChangeKind.REQUIRED_PARAMETER_ADDED, at, "\"" + name + "\" added, required");
      } else {
        report(ChangeKind.PARAMETER_ADDED, at, "\"" + name + "\" added, optional");
      }
    }
    for (String name : oldProperties.propertyNames()) {
      if (!newProperties.has(name)) {
        continue;
      }
      String at = pointer + "/properties/" + escape(name);
      if (!oldRequired.contains(name) && newRequired.contains(name)) {
        report(ChangeKind.PARAMETER_MADE_REQUIRED, at, "\"" + name + "\" is now required");
      } else if (oldRequired.contains(name) && !newRequired.contains(name)) {
        report(ChangeKind.PARAMETER_MADE_OPTIONAL, at, "\"" + name + "\" is now optional");
      }
      compare(oldProperties.get(name), newProperties.get(name), at);
    }
  }

  /** The one added property whose schema equals the removed one's, description aside; else null. */
  private String sameSchema(JsonNode removed, List<String> added, JsonNode newProperties) {
    JsonNode wanted = withoutDescription(SchemaView.resolve(removed, oldRoot));
    String match = null;
    for (String name : added) {
      JsonNode candidate = withoutDescription(SchemaView.resolve(newProperties.get(name), newRoot));
      if (candidate.equals(wanted)) {
        if (match != null) {
          return null;
        }
        match = name;
      }
    }
    return match;
  }

  private static JsonNode withoutDescription(JsonNode schema) {
    if (!schema.isObject()) {
      return schema;
    }
    ObjectNode copy = (ObjectNode) schema.deepCopy();
    copy.remove("description");
    return copy;
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
    if (wasOpen && !isOpen) {
      report(ChangeKind.CONSTRAINT_TIGHTENED, pointer, "additionalProperties -> false");
    } else if (!wasOpen && isOpen) {
      report(ChangeKind.CONSTRAINT_LOOSENED, pointer, "additionalProperties false -> allowed");
    } else if (oldValue != null && newValue != null && oldValue.isObject() && newValue.isObject()) {
      compare(oldValue, newValue, pointer + "/additionalProperties");
    } else if ((oldValue == null || oldValue.isBoolean()) && newValue != null && newValue.isObject()
        && wasOpen) {
      report(ChangeKind.CONSTRAINT_TIGHTENED, pointer, "additionalProperties given a schema");
    }
  }

  /** Unions of several non-null schemas: member by member, in order; fewer members narrow. */
  private void compareBranches(SchemaView before, SchemaView after, String pointer) {
    List<JsonNode> oldBranches = before.branches();
    List<JsonNode> newBranches = after.branches();
    if (oldBranches.isEmpty() && newBranches.isEmpty()) {
      return;
    }
    String keyword = before.node().has("oneOf") || after.node().has("oneOf") ? "oneOf" : "anyOf";
    int common = Math.min(oldBranches.size(), newBranches.size());
    for (int i = 0; i < common; i++) {
      compare(oldBranches.get(i), newBranches.get(i), pointer + "/" + keyword + "/" + i);
    }
    if (newBranches.size() < oldBranches.size()) {
      report(ChangeKind.TYPE_NARROWED, pointer, keyword + " has " + newBranches.size()
          + " alternatives instead of " + oldBranches.size());
    } else if (newBranches.size() > oldBranches.size()) {
      report(ChangeKind.TYPE_WIDENED, pointer, keyword + " has " + newBranches.size()
          + " alternatives instead of " + oldBranches.size());
    }
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

  private void report(ChangeKind kind, String pointer, String detail) {
    out.accept(new Change(kind, tool, pointer, detail));
  }
}
