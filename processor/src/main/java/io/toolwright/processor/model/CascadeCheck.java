package io.toolwright.processor.model;

import io.toolwright.processor.diagnostics.Diagnostics;
import io.toolwright.processor.diagnostics.Message;
import io.toolwright.processor.model.Shape.MapShape;
import io.toolwright.processor.model.Shape.ObjectRef;
import io.toolwright.processor.model.ToolParameter.ModelParameter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.type.DeclaredType;

/**
 * Keeps the schema and Bean Validation in step inside nested types. The schema of a record shows
 * the constraints of every type it holds, but Hibernate Validator only looks inside a component
 * marked {@code @Valid}, or inside the type argument so marked ({@code List<@Valid Line>}). The
 * generated arguments object marks its own fields, but a user's record holding another record
 * cannot be changed by generated code, so a missing {@code @Valid} there is reported instead of
 * letting the run time accept what the schema forbids.
 *
 * <p>Two forms that look right are reported too. {@code @Valid} on the component cascades one
 * container level only, so it misses the {@code Line}s of a {@code List<List<Line>>}. And Hibernate
 * Validator checks the elements of an array only for an array that is the whole type of a field
 * (HV-1428), so a {@code List<Line[]>} or {@code Line[][]}, anywhere, hides its {@code Line}s.
 */
final class CascadeCheck {

  private final TypeCatalog catalog;
  private final Diagnostics diagnostics;
  private final Map<String, Boolean> constrained = new HashMap<>();

  private CascadeCheck(TypeCatalog catalog, Diagnostics diagnostics) {
    this.catalog = catalog;
    this.diagnostics = diagnostics;
  }

  /** Reports every nested record or bean Bean Validation would skip. */
  static void check(List<ToolMethod> tools, TypeCatalog catalog, Diagnostics diagnostics) {
    CascadeCheck check = new CascadeCheck(catalog, diagnostics);
    for (ToolMethod tool : tools) {
      for (ModelParameter parameter : tool.modelParameters()) {
        String label =
            "parameter '" + parameter.javaName() + "' of " + ToolMethodReader.label(tool.element());
        check.nestedArray(parameter.property(), label);
      }
    }
    for (ObjectType type : catalog.all()) {
      for (Property property : type.properties()) {
        String label = type.type().asElement().getSimpleName() + "." + property.name();
        if (!check.nestedArray(property, label)) {
          check.cascade(property, label);
        }
      }
    }
  }

  /** Reports an array in a container or array that holds constraints; returns whether it did. */
  private boolean nestedArray(Property property, String label) {
    Shape shape = property.shape();
    ObjectRef held = heldObject(shape);
    if (held == null || !nestsArray(shape) || !isConstrained(held.key(), new HashSet<>())) {
      return false;
    }
    report(
        Message.UNVALIDATABLE_ARRAY,
        property,
        label,
        TypeNames.key(shape.type()),
        TypeNames.key(held.type()),
        validForm(shape));
    return true;
  }

  /** Reports a record or bean property through which Hibernate Validator would not cascade. */
  private void cascade(Property property, String label) {
    Shape shape = property.shape();
    ObjectRef held = heldObject(shape);
    if (held == null
        || property.validOnHeldObject()
        || !isConstrained(held.key(), new HashSet<>())) {
      return;
    }
    boolean onProperty = property.validOnProperty();
    int levels = containerLevels(shape);
    if (onProperty && levels <= 1) {
      return;
    }
    // Where @Valid belongs is the planner's rule: on the field itself for a record, bean or array.
    Message message =
        ValidationPlanner.validDepth(shape) == 0
            ? Message.MISSING_VALID
            : onProperty ? Message.MISSING_VALID_NESTED : Message.MISSING_VALID_IN_CONTAINER;
    report(message, property, label, TypeNames.key(held.type()), validForm(shape));
  }

  private void report(Message message, Property property, Object... args) {
    diagnostics.report(message, property.element(), args);
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
          || property.held().stream().anyMatch(level -> !level.constraints().isEmpty())
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

  /** How many containers and arrays enclose the record or bean, which the shape holds. */
  private static int containerLevels(Shape shape) {
    return shape instanceof ObjectRef ? 0 : 1 + containerLevels(shape.held());
  }

  /** Whether an array sits inside the outermost container or array. */
  private static boolean nestsArray(Shape shape) {
    for (Shape inner = shape.held(); inner != null; inner = inner.held()) {
      if (inner.isJavaArray()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The type as Hibernate Validator cascades through it, to suggest in a fix: each array a {@code
   * List}, and {@code @Valid} on the record or bean, e.g. {@code Map<String, List<@Valid Line>>}.
   */
  private static String validForm(Shape shape) {
    if (shape instanceof ObjectRef ref) {
      // Simple names, as written in source: p.Page<p.Line> becomes Page<Line>.
      return "@jakarta.validation.Valid " + TypeNames.key(ref.type()).replaceAll("(\\w+\\.)+", "");
    }
    String container =
        shape.isJavaArray()
            ? "List"
            : ((DeclaredType) shape.type()).asElement().getSimpleName().toString();
    String key = shape instanceof MapShape ? "String, " : "";
    return container + "<" + key + validForm(shape.held()) + ">";
  }
}
