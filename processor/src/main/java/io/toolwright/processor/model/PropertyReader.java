package io.toolwright.processor.model;

import io.toolwright.processor.diagnostics.Message;
import io.toolwright.processor.model.Shape.AllowedStringShape;
import io.toolwright.processor.model.Shape.OptionalShape;
import io.toolwright.processor.model.Shape.ScalarShape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads one property (a parameter, record component or bean property) the same way wherever it is
 * declared: its shape, whether it is required, its constraints and {@code @Enum} values.
 */
final class PropertyReader {

  private static final String ENUM = "io.toolwright.annotation.Enum";
  private static final String VALIDATION = "jakarta.validation.";
  private static final String CONSTRAINT = "jakarta.validation.Constraint";
  private static final String VALID = "jakarta.validation.Valid";

  /**
   * Where a property is declared.
   *
   * @param at where to report problems
   * @param declarations every element whose annotations count (a bean's field, getter, setter)
   * @param declaredTypes the declared types, whose type-use annotations count for {@code @Nullable}
   *     and {@code @Valid}
   * @param type the property's type with type variables resolved
   * @param where names the property in messages
   * @param setter the bean setter, or {@code null}
   */
  record Source(
      String name,
      Element at,
      List<? extends Element> declarations,
      List<? extends AnnotatedConstruct> declaredTypes,
      TypeMirror type,
      String description,
      String where,
      String setter) {}

  private final ModelEnv env;
  private final ShapeReader shapes;
  private final ConstraintReader constraints;

  PropertyReader(ModelEnv env, ShapeReader shapes) {
    this.env = env;
    this.shapes = shapes;
    this.constraints = new ConstraintReader(env.elements(), env.diagnostics());
  }

  /** The property, or {@code null} after reporting why it cannot be one. */
  Property read(Source source) {
    List<Annotations.Owned> annotations = Annotations.merged(source.declarations());
    Optional<Annotations.Owned> allowed =
        annotations.stream().filter(a -> a.qualifiedName().equals(ENUM)).findFirst();
    Shape shape =
        allowed.isPresent()
            ? allowedString(source, allowed.get())
            : shapes.read(source.type(), source.at(), source.where());
    if (shape == null) {
      return null;
    }
    List<AnnotatedConstruct> nullableSites = new ArrayList<>(source.declarations());
    nullableSites.addAll(source.declaredTypes());
    boolean nullable = Annotations.anyNullable(nullableSites.toArray(AnnotatedConstruct[]::new));
    if (nullable && shape instanceof ScalarShape scalar && scalar.primitive()) {
      TypeMirror boxed = env.types().boxedClass((PrimitiveType) scalar.type()).asType();
      env.diagnostics()
          .report(
              Message.NULLABLE_PRIMITIVE,
              source.at(),
              source.where(),
              TypeNames.key(scalar.type()),
              TypeNames.key(boxed));
      return null;
    }
    // A constraint in error is left out and reported; the class's report then keeps it from
    // being written, while reading goes on to find every other problem.
    List<Constraint> read = constraints.read(annotations, shape, source.where());
    List<Property.ElementConstraints> held = held(source, shape);
    return new Property(
        source.name(),
        source.at(),
        shape,
        !nullable && !(shape instanceof OptionalShape),
        source.description(),
        read,
        validationAnnotations(annotations),
        TypeUseValid.onHeldObject(source.declaredTypes(), shape),
        source.setter(),
        held);
  }

  /**
   * The container element constraints, level by level along the shape's {@link Shape#held()},
   * read from the type arguments of the declared types. The walk stops at a Java array: a
   * declaration annotation such as {@code @NotEmpty String[] names} also lands on the component
   * type, where it means the array itself, and Hibernate Validator reads no constraints on an
   * array's component type.
   */
  private List<Property.ElementConstraints> held(Source source, Shape shape) {
    List<Property.ElementConstraints> levels = new ArrayList<>();
    List<TypeMirror> types = new ArrayList<>();
    for (AnnotatedConstruct declared : source.declaredTypes()) {
      if (declared instanceof TypeMirror type) {
        types.add(type);
      }
    }
    Shape current = shape;
    while (current.held() != null
        && !current.isJavaArray()) {
      String where = heldWhere(current) + source.where();
      List<TypeMirror> next = new ArrayList<>();
      List<Annotations.Owned> owned = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (TypeMirror type : types) {
        if (type.getKind() != TypeKind.DECLARED) {
          continue;
        }
        List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
        if (arguments.isEmpty()) {
          continue;
        }
        if (current instanceof Shape.MapShape && arguments.size() == 2) {
          mapKeyConstraints(source, arguments.get(0));
        }
        TypeMirror argument = arguments.get(arguments.size() - 1);
        next.add(argument);
        for (AnnotationMirror mirror : argument.getAnnotationMirrors()) {
          if (seen.add(Annotations.qualifiedName(mirror))) {
            owned.add(new Annotations.Owned(source.at(), mirror));
          }
        }
      }
      current = current.held();
      types = next;
      List<AnnotationMirror> copied = new ArrayList<>();
      for (AnnotationMirror mirror : validationAnnotations(owned)) {
        if (!Annotations.qualifiedName(mirror).equals(VALID)) { // placed by the writer
          copied.add(mirror);
        }
      }
      levels.add(
          new Property.ElementConstraints(constraints.read(owned, current, where), copied));
    }
    while (!levels.isEmpty()
        && levels.get(levels.size() - 1).constraints().isEmpty()
        && levels.get(levels.size() - 1).annotations().isEmpty()) {
      levels.remove(levels.size() - 1);
    }
    return levels;
  }

  /** Constraints on a map's keys, which the schema cannot show (it has no keyword for them). */
  private void mapKeyConstraints(Source source, TypeMirror key) {
    for (AnnotationMirror mirror : key.getAnnotationMirrors()) {
      if (Annotations.qualifiedName(mirror).startsWith(VALIDATION + "constraints.")
          || Annotations.isMetaAnnotated(mirror, CONSTRAINT)) {
        env.diagnostics()
            .reportAt(
                Message.MAP_KEY_CONSTRAINT,
                source.at(),
                mirror,
                null,
                Annotations.simpleName(mirror),
                source.where());
      }
    }
  }

  private static String heldWhere(Shape container) {
    if (container instanceof OptionalShape) {
      return "the value of ";
    }
    return container instanceof Shape.MapShape ? "the values of " : "the elements of ";
  }

  /** {@code @Enum} on a {@code String}, or on an {@code Optional<String>}. */
  private Shape allowedString(Source source, Annotations.Owned annotation) {
    AnnotationMirror mirror = annotation.mirror();
    TypeMirror type = source.type();
    boolean optional = isClass(type, "java.util.Optional");
    TypeMirror text = optional ? ((DeclaredType) type).getTypeArguments().get(0) : type;
    if (!isClass(text, "java.lang.String")) {
      env.diagnostics()
          .reportAt(
              Message.ENUM_NOT_STRING,
              annotation.owner(),
              mirror,
              null,
              source.where(),
              TypeNames.key(type));
      return null;
    }
    List<String> values = Annotations.strings(env.elements(), mirror, "value");
    String problem =
        values.isEmpty()
            ? "lists no values"
            : new HashSet<>(values).size() < values.size() ? "lists a value twice" : null;
    if (problem != null) {
      AnnotationValue value = Annotations.explicitValue(mirror, "value");
      env.diagnostics()
          .reportAt(
              Message.INVALID_ENUM_VALUES,
              annotation.owner(),
              mirror,
              value,
              source.where(),
              problem);
      return null;
    }
    Shape allowed = new AllowedStringShape(text, values);
    return optional ? new OptionalShape(type, allowed) : allowed;
  }

  /**
   * The Bean Validation annotations to repeat on the generated arguments object: Jakarta's own
   * ({@code @Size}, {@code @Valid}...) and custom constraints, where a field may carry them.
   */
  private List<AnnotationMirror> validationAnnotations(List<Annotations.Owned> annotations) {
    List<AnnotationMirror> copied = new ArrayList<>();
    for (Annotations.Owned annotation : annotations) {
      AnnotationMirror mirror = annotation.mirror();
      boolean validation =
          annotation.qualifiedName().startsWith(VALIDATION)
              || Annotations.isMetaAnnotated(mirror, CONSTRAINT);
      if (validation && allowedOnFields(mirror)) {
        copied.add(mirror);
      }
    }
    return copied;
  }

  private static boolean allowedOnFields(AnnotationMirror mirror) {
    Element type = mirror.getAnnotationType().asElement();
    Optional<AnnotationMirror> target = Annotations.find(type, "java.lang.annotation.Target");
    if (target.isEmpty()) {
      return true;
    }
    for (AnnotationValue value : target.get().getElementValues().values()) {
      for (Object kind : (List<?>) value.getValue()) {
        String name =
            ((VariableElement) ((AnnotationValue) kind).getValue()).getSimpleName().toString();
        if (name.equals("FIELD") || name.equals("TYPE_USE")) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isClass(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals(qualifiedName);
  }
}
