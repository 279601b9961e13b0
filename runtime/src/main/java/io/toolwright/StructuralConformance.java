package io.toolwright;

import io.toolwright.schema.JsonSchema;
import io.toolwright.schema.JsonSchema.ArraySchema;
import io.toolwright.schema.JsonSchema.BooleanSchema;
import io.toolwright.schema.JsonSchema.NumberSchema;
import io.toolwright.schema.JsonSchema.ObjectSchema;
import io.toolwright.schema.JsonSchema.RefSchema;
import io.toolwright.schema.JsonSchema.StringSchema;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The fast path of {@link StructuralValidator}: whether a call's arguments have no structural
 * problem at all, answered without saying where one is. Most calls are valid, and this walk
 * allocates nothing for them (no pointer stack, no problem list) and stops at the first mismatch;
 * only arguments it rejects are walked again by {@link StructuralValidator}, which builds every
 * problem with its pointer. So the answer a model gets is the same either way.
 *
 * <p>Each rule mirrors one in {@link StructuralValidator} and must stay as strict:
 * {@code conforms} may say {@code false} where the full check finds nothing (the full check then
 * runs and finds nothing), but never {@code true} where it finds a problem ({@code
 * StructuralConformanceTest} checks this on generated arguments).
 */
final class StructuralConformance {

  private final ObjectSchema root;

  private StructuralConformance(ObjectSchema root) {
    this.root = root;
  }

  /** Whether {@link StructuralValidator} would find no problem in {@code arguments}. */
  static boolean conforms(
      JsonNode arguments, ObjectSchema schema, Collection<String> reportedElsewhere) {
    return new StructuralConformance(schema).object(arguments, schema, reportedElsewhere);
  }

  private boolean value(JsonNode node, JsonSchema declared) {
    boolean nullable = declared.nullable();
    JsonSchema schema = declared;
    if (schema instanceof RefSchema ref) {
      schema = StructuralValidator.resolve(root, ref);
      nullable |= schema.nullable();
    }
    if (node.isNull()) {
      return nullable;
    }
    if (schema instanceof StringSchema string) {
      return node.isString()
          && (string.allowed().isEmpty() || string.allowed().contains(node.stringValue()));
    }
    if (schema instanceof NumberSchema number) {
      return node.isNumber() && (!number.integral() || StructuralValidator.isIntegral(node));
    }
    if (schema instanceof BooleanSchema) {
      return node.isBoolean();
    }
    if (schema instanceof ArraySchema array) {
      return node.isArray() && array(node, array);
    }
    return node.isObject() && object(node, (ObjectSchema) schema, null);
  }

  private boolean array(JsonNode node, ArraySchema schema) {
    int size = node.size();
    for (int i = 0; i < size; i++) {
      if (!value(node.get(i), schema.items())) {
        return false;
      }
    }
    if (schema.uniqueItems() && size > 1) {
      Set<JsonValueKey> seen = new HashSet<>();
      for (int i = 0; i < size; i++) {
        if (!seen.add(new JsonValueKey(node.get(i)))) {
          return false;
        }
      }
    }
    return true;
  }

  /** @param reportedElsewhere the root's context names; {@code null} below the root */
  private boolean object(JsonNode node, ObjectSchema schema, Collection<String> reportedElsewhere) {
    if (schema.additionalProperties() != null) {
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        JsonSchema valueSchema =
            schema.properties().getOrDefault(entry.getKey(), schema.additionalProperties());
        if (!value(entry.getValue(), valueSchema)) {
          return false;
        }
      }
      return true;
    }
    int declaredGiven = 0;
    for (Map.Entry<String, JsonSchema> property : schema.properties().entrySet()) {
      String name = property.getKey();
      JsonNode given = node.get(name);
      if (given == null) {
        if (schema.required().contains(name)) {
          return false;
        }
        continue;
      }
      declaredGiven++;
      if ((!given.isNull() || schema.required().contains(name))
          && !value(given, property.getValue())) {
        return false;
      }
    }
    if (declaredGiven == node.size()) {
      return true;
    }
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String name = entry.getKey();
      if (!schema.properties().containsKey(name)
          && !(reportedElsewhere != null && reportedElsewhere.contains(name))) {
        return false;
      }
    }
    return true;
  }
}
