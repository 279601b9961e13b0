package io.toolwright.processor.model;

import io.toolwright.processor.model.Shape.ObjectRef;
import java.util.List;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Finds {@code @Valid} written as a type annotation on the record or bean a property's type holds
 * ({@code List<@Valid Line>}, {@code Optional<@Valid Range>}): the form Hibernate Validator cascades
 * through without the deprecation warning it logs for {@code @Valid} on a container.
 *
 * <p>javac before 22 (bar late 21 updates) drops type annotations of members read from class files
 * (JDK-8225377), so there this sees the form only in types compiled in the same compilation.
 */
final class TypeUseValid {


  private TypeUseValid() {}

  /**
   * Whether any of the property's declared types (a bean's field, getter and setter types) carries
   * {@code @Valid} on the record or bean that {@code shape} holds.
   */
  static boolean onHeldObject(List<? extends AnnotatedConstruct> declaredTypes, Shape shape) {
    for (AnnotatedConstruct declared : declaredTypes) {
      if (declared instanceof TypeMirror type && onObject(type, shape)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Walks the declared type alongside the shape. A type variable standing for a container ({@code
   * T items} of a {@code Page<T>} used as {@code Page<List<Line>>}) ends the walk: its type
   * arguments are known only in the shape, which has no annotations.
   */
  private static boolean onObject(TypeMirror type, Shape shape) {
    if (shape instanceof ObjectRef) {
      return Annotations.find(type, ValidationPlanner.VALID).isPresent();
    }
    if (shape.isJavaArray()) {
      return false; // Hibernate Validator ignores @Valid on an array's component type (HV-1428)
    }
    if (shape.held() == null || type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
    return !arguments.isEmpty() && onObject(arguments.get(arguments.size() - 1), shape.held());
  }
}
