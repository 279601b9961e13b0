package io.toolwright.schema.dialect;

import io.toolwright.schema.JsonSchema;
import io.toolwright.schema.JsonSchema.ArraySchema;
import io.toolwright.schema.JsonSchema.ObjectSchema;
import io.toolwright.schema.JsonSchema.RefSchema;
import io.toolwright.schema.JsonSchema.StringSchema;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which named types of a schema stay in {@code $defs}: a recursive type must (it cannot be
 * inlined), a type used several times may, where one definition and short references cost fewer
 * characters than copies; everything else is inlined where it is used.
 */
final class DefPlan {

  private final Map<String, JsonSchema> defs;
  private final Map<String, Integer> uses = new HashMap<>();
  private final Set<String> recursive = new HashSet<>();

  DefPlan(JsonSchema root, Map<String, JsonSchema> defs) {
    this.defs = defs;
    countUses(root);
    for (JsonSchema def : defs.values()) {
      countUses(def);
    }
    for (String name : defs.keySet()) {
      if (reaches(defs.get(name), name, new HashSet<>())) {
        recursive.add(name);
      }
    }
  }

  JsonSchema def(String name) {
    JsonSchema def = defs.get(name);
    if (def == null) {
      throw new IllegalArgumentException("no $defs entry named '" + name + "'");
    }
    return def;
  }

  boolean recursive(String name) {
    return recursive.contains(name);
  }

  /** Whether references to {@code name} stay references under {@code policy}. */
  boolean keeps(String name, Profile.Defs policy) {
    if (recursive(name)) {
      return true;
    }
    if (policy != Profile.Defs.SHARED) {
      return false;
    }
    int count = uses.getOrDefault(name, 0);
    int reference = name.length() + 20; // {"$ref":"#/$defs/<name>"}
    return count >= 2 && (count - 1) * size(def(name)) > count * reference + name.length() + 4;
  }

  private void countUses(JsonSchema schema) {
    if (schema instanceof RefSchema ref) {
      uses.merge(ref.name(), 1, Integer::sum);
    } else if (schema instanceof ArraySchema array) {
      countUses(array.items());
    } else if (schema instanceof ObjectSchema object) {
      object.properties().values().forEach(this::countUses);
      if (object.additionalProperties() != null) {
        countUses(object.additionalProperties());
      }
    }
  }

  private boolean reaches(JsonSchema schema, String target, Set<String> seen) {
    if (schema instanceof RefSchema ref) {
      if (ref.name().equals(target)) {
        return true;
      }
      return seen.add(ref.name())
          && defs.containsKey(ref.name())
          && reaches(defs.get(ref.name()), target, seen);
    }
    if (schema instanceof ArraySchema array) {
      return reaches(array.items(), target, seen);
    }
    if (schema instanceof ObjectSchema object) {
      for (JsonSchema property : object.properties().values()) {
        if (reaches(property, target, seen)) {
          return true;
        }
      }
      return object.additionalProperties() != null
          && reaches(object.additionalProperties(), target, seen);
    }
    return false;
  }

  /**
   * Roughly the characters a schema costs written out; enough to compare copies with a reference.
   */
  static int size(JsonSchema schema) {
    int size = 16 + (schema.description() == null ? 0 : schema.description().length());
    if (schema instanceof StringSchema string) {
      for (String value : string.allowed()) {
        size += value.length() + 3;
      }
      size += string.pattern() == null ? 0 : string.pattern().length() + 12;
    } else if (schema instanceof ArraySchema array) {
      size += 10 + size(array.items());
    } else if (schema instanceof ObjectSchema object) {
      for (Map.Entry<String, JsonSchema> property : object.properties().entrySet()) {
        size += 2 * property.getKey().length() + 6 + size(property.getValue());
      }
      if (object.additionalProperties() != null) {
        size += size(object.additionalProperties());
      }
    } else if (schema instanceof RefSchema ref) {
      size += ref.name().length() + 12;
    } else {
      size += 20;
    }
    return size;
  }
}
