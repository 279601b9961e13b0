package io.toolwright.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.toolwright.processor.model.Property;
import io.toolwright.processor.model.Shape;
import io.toolwright.processor.model.Shape.ObjectRef;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Where a field of the arguments class carries {@code @Valid}, so that Hibernate Validator checks
 * inside the records and beans it holds.
 *
 * <p>Inside a container the annotation goes on the innermost record or bean type argument ({@code
 * Map<String, List<@Valid Line>>}): Hibernate Validator 9 logs HV000271 for {@code @Valid} on the
 * container itself, and cascades that legacy form one level deep only, so it never reached the
 * {@code Line}s of a {@code Map<String, List<Line>>}.
 *
 * <p>A record or bean field keeps it on the field, and so does a Java array: Hibernate Validator
 * ignores {@code @Valid} on an array's component type (HV-1428), so for an array the field-level
 * form, deprecated and logged as HV000271 or not, is the only one that checks the elements.
 */
final class ValidPlacement {

  static final ClassName VALID = ClassName.get("jakarta.validation", "Valid");

  private static final AnnotationSpec VALID_SPEC = AnnotationSpec.builder(VALID).build();

  private ValidPlacement() {}

  /** Whether {@code @Valid} belongs on the field rather than inside its type. */
  static boolean onField(Shape shape) {
    return shape instanceof ObjectRef
        || shape.isJavaArray();
  }

  /**
   * The field's type, with {@code @Valid} on each record or bean it holds when {@code cascades}
   * and that is where the annotation belongs, and with the property's container element
   * constraints on the type arguments they were written on ({@code List<@NotBlank String>}):
   * {@code TypeName.get} drops type annotations, and Hibernate Validator reads them from the
   * field's type.
   */
  static TypeName fieldType(Property property, boolean cascades) {
    Shape shape = property.shape();
    return type(shape, property, 0, cascades && !onField(shape));
  }

  /** Whether a value of this shape is, or holds, a record or bean. */
  static boolean containsObject(Shape shape) {
    return shape instanceof ObjectRef || shape.held() != null && containsObject(shape.held());
  }

  private static TypeName type(Shape shape, Property property, int depth, boolean valid) {
    TypeName name;
    if (shape.isJavaArray()) {
      // An array inside a container: Hibernate Validator checks its elements in no form (HV-1428),
      // so the model rejects one holding constraints; this form logs nothing, and is the one it
      // would read once that is lifted.
      name =
          valid && containsObject(shape)
              ? ArrayTypeName.of(type(shape.held(), property, depth + 1, true))
              : TypeName.get(shape.type());
    } else if (shape.held() != null
        && shape.type().getKind() == TypeKind.DECLARED
        && (valid && containsObject(shape) || depth < property.held().size())) {
      DeclaredType declared = (DeclaredType) shape.type();
      List<TypeName> arguments = new ArrayList<>();
      for (TypeMirror argument : declared.getTypeArguments()) {
        arguments.add(TypeName.get(argument));
      }
      arguments.set(arguments.size() - 1, type(shape.held(), property, depth + 1, valid));
      name =
          ParameterizedTypeName.get(
              ClassName.get((TypeElement) declared.asElement()),
              arguments.toArray(TypeName[]::new));
    } else {
      name = TypeName.get(shape.type());
    }
    List<AnnotationSpec> annotations = new ArrayList<>();
    if (depth > 0) {
      if (valid && shape instanceof ObjectRef) {
        annotations.add(VALID_SPEC);
      }
      for (AnnotationMirror mirror : property.heldAt(depth).annotations()) {
        annotations.add(AnnotationSpec.get(mirror));
      }
    }
    return annotations.isEmpty() ? name : name.annotated(annotations);
  }
}
