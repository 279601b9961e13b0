package io.toolwright;

import io.toolwright.schema.JsonSchema;
import io.toolwright.schema.JsonSchema.ArraySchema;
import io.toolwright.schema.JsonSchema.ObjectSchema;
import io.toolwright.schema.JsonSchema.RefSchema;

/**
 * Checks, when a registry is built, that every {@code $ref} in a tool's schema names one of the
 * root's {@code $defs}, and that no definition is a mere alias of another, so that the structural
 * check never meets a reference it cannot resolve in one step mid-call.
 */
final class SchemaReferences {

  private SchemaReferences() {}

  /**
   * @throws IllegalArgumentException naming the tool and the reference
   */
  static void requireResolvable(ToolDefinition definition) {
    ObjectSchema root = definition.parameters();
    check(definition, root, root);
    for (var def : root.defs().entrySet()) {
      if (def.getValue() instanceof RefSchema) {
        // The structural check resolves one level; the canonical writer never emits an alias.
        throw new IllegalArgumentException(
            "tool '" + definition.name() + "' defines $defs/" + def.getKey() + " as a bare $ref");
      }
      check(definition, root, def.getValue());
    }
  }

  private static void check(ToolDefinition definition, ObjectSchema root, JsonSchema schema) {
    if (schema instanceof RefSchema ref) {
      if (!root.defs().containsKey(ref.name())) {
        throw new IllegalArgumentException(
            "tool '"
                + definition.name()
                + "' refers to "
                + ref.pointer()
                + ", which is not defined");
      }
    } else if (schema instanceof ArraySchema array) {
      check(definition, root, array.items());
    } else if (schema instanceof ObjectSchema object) {
      for (JsonSchema property : object.properties().values()) {
        check(definition, root, property);
      }
      if (object.additionalProperties() != null) {
        check(definition, root, object.additionalProperties());
      }
    }
  }
}
