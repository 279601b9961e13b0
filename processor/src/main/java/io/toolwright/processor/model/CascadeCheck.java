package io.toolwright.processor.model;

import io.toolwright.processor.Diagnostics;
import io.toolwright.processor.Message;
import io.toolwright.processor.model.Shape.ArrayShape;
import io.toolwright.processor.model.Shape.Container;
import io.toolwright.processor.model.Shape.ObjectRef;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the schema and Bean Validation in step inside nested types. The schema of a record shows
 * the constraints of every type it holds, but Hibernate Validator only looks inside a component
 * marked {@code @Valid}, or inside the type argument so marked ({@code List<@Valid Line>}). The
 * generated arguments object marks its own fields, but a user's record holding another record
 * cannot be changed by generated code, so a missing {@code @Valid} there is reported instead of
 * letting the run time accept what the schema forbids.
 */
final class CascadeCheck {

  private static final String VALID = "jakarta.validation.Valid";

  private final TypeCatalog catalog;
  private final Map<String, Boolean> constrained = new HashMap<>();

  private CascadeCheck(TypeCatalog catalog) {
    this.catalog = catalog;
  }

  /** Reports every nested property that needs {@code @Valid}; returns whether none did. */
  static boolean check(TypeCatalog catalog, Diagnostics diagnostics) {
    CascadeCheck check = new CascadeCheck(catalog);
    boolean clean = true;
    for (ObjectType type : catalog.all()) {
      for (Property property : type.properties()) {
        ObjectRef held = heldObject(property.shape());
        if (held != null && !hasValid(property) && check.isConstrained(held.key(), new HashSet<>())) {
          diagnostics.report(
              inTypeArguments(property.shape())
                  ? Message.MISSING_VALID_IN_CONTAINER
                  : Message.MISSING_VALID,
              property.element(),
              type.type().asElement().getSimpleName() + "." + property.name(),
              held.type(),
              held.type().asElement().getSimpleName());
          clean = false;
        }
      }
    }
    return clean;
  }

  /** Whether the type or any type it holds carries a constraint, through cycles. */
  private boolean isConstrained(String key, Set<String> visiting) {
    Boolean known = constrained.get(key);
    if (known != null) {
      return known;
    }
    if (!visiting.add(key)) {
      return false; // a cycle adds no constraint of its own
    }
    boolean result = false;
    for (Property property : catalog.get(key).properties()) {
      ObjectRef held = heldObject(property.shape());
      if (!property.constraints().isEmpty()
          || (held != null && isConstrained(held.key(), visiting))) {
        result = true;
        break;
      }
    }
    visiting.remove(key);
    constrained.put(key, result);
    return result;
  }

  /** The record or bean a property holds, directly or in an array, map or {@code Optional}. */
  private static ObjectRef heldObject(Shape shape) {
    if (shape instanceof ObjectRef ref) {
      return ref;
    }
    return shape.held() == null ? null : heldObject(shape.held());
  }

  /**
   * Whether the record or bean is reached through type arguments only ({@code Optional}, {@code
   * List}, {@code Map}...), where {@code @Valid} belongs on the type argument. Through an array it
   * belongs on the property: Hibernate Validator ignores it on a component type (HV-1428).
   */
  private static boolean inTypeArguments(Shape shape) {
    Shape held = shape.held();
    if (held == null
        || shape instanceof ArrayShape array && array.container() == Container.ARRAY) {
      return false;
    }
    return held instanceof ObjectRef || inTypeArguments(held);
  }

  /** {@code @Valid} on the property, or on the record or bean inside its type. */
  private static boolean hasValid(Property property) {
    return property.validOnHeldObject()
        || property.validationAnnotations().stream()
            .anyMatch(mirror -> mirror.getAnnotationType().asElement().toString().equals(VALID));
  }
}
