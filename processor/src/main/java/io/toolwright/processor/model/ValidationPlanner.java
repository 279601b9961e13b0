package io.toolwright.processor.model;

import io.toolwright.processor.model.Shape.ObjectRef;
import io.toolwright.processor.model.Shape.OptionalShape;
import io.toolwright.processor.model.ValidationPlan.BeanAnnotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.util.Elements;

/**
 * Decides where the generated arguments field of a tool parameter carries each Bean Validation
 * annotation, following Hibernate Validator's rules, so that it enforces exactly what the schema
 * shows:
 *
 * <ul>
 *   <li>A constraint declared on an {@code Optional} goes on its type argument ({@code @Size(min =
 *       3) Optional<String>} becomes {@code Optional<@Size(min = 3) String>}): Hibernate Validator
 *       has no validator for the {@code Optional} itself (HV000030) and does not unwrap it for a
 *       declaration constraint, but does apply a type argument's constraints to the value.
 *   <li>On a value the model may leave out ({@code Optional}, {@code @Nullable}), {@code
 *       @NotBlank} and {@code @NotEmpty} become stand-ins that let null through: the schema shows
 *       them as "when present, not blank / not empty", and Hibernate Validator passes null for an
 *       empty {@code Optional}. {@code @NotBlank} becomes a {@code @Pattern} that needs a character
 *       outside ECMA-262's whitespace, the very set the schema's {@code \S} excludes; {@code
 *       @NotEmpty} becomes {@code @Size(min = 1)}. Both keep the original message.
 *   <li>{@code @Valid} goes on the record or bean a container holds ({@code List<@Valid Line>},
 *       {@code Map<String, List<@Valid Line>>}): on the container Hibernate Validator 9 logs
 *       HV000271 and cascades one level only. A record or bean, and a Java array, keep it on the
 *       field: Hibernate Validator ignores {@code @Valid} on an array's component type (HV-1428).
 * </ul>
 */
final class ValidationPlanner {

  static final String VALID = "jakarta.validation.Valid";
  private static final String CONSTRAINTS = "jakarta.validation.constraints.";

  /**
   * A value with a character outside ECMA-262's white space and line terminators: the characters
   * the schema's {@code \S} does not match, so schema and run time agree on what is blank.
   */
  static final String NOT_BLANK =
      "(?s).*[^\\t\\n\\x0B\\f\\r \\xA0\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}"
          + "\\x{205F}\\x{3000}\\x{FEFF}].*";

  private final Elements elements;

  ValidationPlanner(Elements elements) {
    this.elements = elements;
  }

  /**
   * The plan for a tool parameter.
   *
   * @param declared the Bean Validation annotations declared on the parameter
   * @param levels the Bean Validation type annotations at each depth along {@link Shape#held()},
   *     without {@code @Valid}, which is placed here
   * @param nullable whether the parameter is {@code @Nullable}
   * @param cascades whether to add {@code @Valid} (Jakarta Validation is on the class path)
   */
  ValidationPlan plan(
      Shape shape,
      List<AnnotationMirror> declared,
      List<List<AnnotationMirror>> levels,
      boolean nullable,
      boolean cascades) {
    boolean optional = shape instanceof OptionalShape;
    List<BeanAnnotation> onField = new ArrayList<>();
    List<List<BeanAnnotation>> onTypes = new ArrayList<>();
    for (List<AnnotationMirror> level : levels) {
      List<BeanAnnotation> annotations = new ArrayList<>();
      for (AnnotationMirror mirror : level) {
        annotations.addAll(optional && onTypes.isEmpty() ? absentAllowed(mirror) : copied(mirror));
      }
      onTypes.add(annotations);
    }
    if (optional && onTypes.isEmpty()) {
      onTypes.add(new ArrayList<>());
    }
    int moved = 0;
    for (AnnotationMirror mirror : declared) {
      if (Annotations.qualifiedName(mirror).equals(VALID)) {
        continue; // placed below, where it cascades
      }
      if (optional && Annotations.allowedOnTypes(mirror)) {
        // Declared first, so listed first on the type argument: as the user reads them.
        List<BeanAnnotation> onValue = absentAllowed(mirror);
        onTypes.get(0).addAll(moved, onValue);
        moved += onValue.size();
      } else {
        onField.addAll(nullable ? absentAllowed(mirror) : copied(mirror));
      }
    }
    if (cascades && containsObject(shape)) {
      int depth = validDepth(shape);
      if (depth == 0) {
        onField.add(0, valid());
      } else {
        while (onTypes.size() < depth) {
          onTypes.add(new ArrayList<>());
        }
        onTypes.get(depth - 1).add(0, valid());
      }
    }
    return new ValidationPlan(onField, onTypes, List.of());
  }

  /** Whether a value of this shape is, or holds, a record or bean. */
  static boolean containsObject(Shape shape) {
    return shape instanceof ObjectRef || shape.held() != null && containsObject(shape.held());
  }

  /**
   * Where {@code @Valid} cascades into the record or bean the shape holds: 0 for the field itself
   * (a record, bean or Java array), else the depth of the record or bean along {@link
   * Shape#held()}.
   */
  static int validDepth(Shape shape) {
    if (shape instanceof ObjectRef || shape.isJavaArray()) {
      return 0;
    }
    int depth = 0;
    for (Shape inner = shape; !(inner instanceof ObjectRef); inner = inner.held()) {
      depth++;
    }
    return depth;
  }

  /**
   * The annotation for a value that may be absent: a null-tolerant stand-in for {@code @NotBlank}
   * and {@code @NotEmpty}, else the annotation itself ({@code @NotNull} there is reported before
   * a plan is made, and the error keeps the class from being written).
   */
  private List<BeanAnnotation> absentAllowed(AnnotationMirror mirror) {
    String name = Annotations.qualifiedName(mirror);
    String message = name.startsWith(CONSTRAINTS) ? message(mirror) : null;
    if (name.equals(CONSTRAINTS + "NotBlank")) {
      Map<String, Object> members = new LinkedHashMap<>();
      members.put("regexp", NOT_BLANK);
      members.put("message", message);
      return List.of(new BeanAnnotation.Synthesized(CONSTRAINTS + "Pattern", members));
    }
    if (name.equals(CONSTRAINTS + "NotEmpty")) {
      Map<String, Object> members = new LinkedHashMap<>();
      members.put("min", 1);
      members.put("message", message);
      return List.of(new BeanAnnotation.Synthesized(CONSTRAINTS + "Size", members));
    }
    return copied(mirror);
  }

  private String message(AnnotationMirror mirror) {
    return (String) Annotations.value(elements, mirror, "message").getValue();
  }

  private static List<BeanAnnotation> copied(AnnotationMirror mirror) {
    return List.of(new BeanAnnotation.Copied(mirror));
  }

  private static BeanAnnotation valid() {
    return new BeanAnnotation.Synthesized(VALID, Map.of());
  }
}
