package io.toolwright.processor.model;

import io.toolwright.processor.diagnostics.Message;
import io.toolwright.processor.model.Shape.AllowedStringShape;
import io.toolwright.processor.model.Shape.ObjectRef;
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
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads one property (a parameter, record component or bean property) the same way wherever it is
 * declared: its shape, whether it is required, its constraints and {@code @Enum} values, and, for
 * a tool parameter, where the generated field carries its Bean Validation annotations.
 */
final class PropertyReader {

  private static final String ENUM = "io.toolwright.annotation.Enum";
  private static final String NOT_NULL = "jakarta.validation.constraints.NotNull";
  private static final Set<String> NULL_REJECTING =
      Set.of(
          NOT_NULL,
          "jakarta.validation.constraints.NotBlank",
          "jakarta.validation.constraints.NotEmpty");

  /**
   * Where a property is declared.
   *
   * @param at where to report problems
   * @param declarations every element whose annotations Bean Validation reads (a parameter; a
   *     record's field, component and accessor; a bean's field and getter)
   * @param setterSites a bean's setter and its parameter: {@code @Nullable} and {@code @Enum}
   *     count there, but Bean Validation does not read constraints there
   * @param declaredTypes the declared types whose type annotations Bean Validation reads, which
   *     also count for {@code @Nullable} and {@code @Valid}
   * @param type the property's type with type variables resolved
   * @param where names the property in messages
   * @param setter the bean setter, or {@code null}
   */
  record Source(
      String name,
      Element at,
      List<? extends Element> declarations,
      List<? extends Element> setterSites,
      List<? extends AnnotatedConstruct> declaredTypes,
      TypeMirror type,
      String description,
      String where,
      String setter) {

    /** A property without a setter: a tool parameter or a record component. */
    Source(
        String name,
        Element at,
        List<? extends Element> declarations,
        List<? extends AnnotatedConstruct> declaredTypes,
        TypeMirror type,
        String description,
        String where,
        String setter) {
      this(name, at, declarations, List.of(), declaredTypes, type, description, where, setter);
    }

    /**
     * Whether this is a tool parameter, the one kind of property the generated code declares a
     * field for; record components and bean properties are reported at a field or setter.
     */
    boolean isToolParameter() {
      return at.getKind() == ElementKind.PARAMETER;
    }
  }

  private final ModelEnv env;
  private final ShapeReader shapes;
  private final ConstraintReader constraints;
  private final ValidationPlanner planner;
  private final CompiledChecks compiledChecks;
  private final boolean validationAvailable;

  PropertyReader(ModelEnv env, ShapeReader shapes) {
    this.env = env;
    this.shapes = shapes;
    this.constraints = new ConstraintReader(env.elements(), env.diagnostics());
    this.planner = new ValidationPlanner(env.elements());
    this.compiledChecks = new CompiledChecks(env.elements());
    this.validationAvailable = env.elements().getTypeElement(ValidationPlanner.VALID) != null;
  }

  /**
   * A property of a returned record or class, as Jackson writes it: its shape and whether it may
   * be {@code null}, nothing else. Constraints and {@code @Enum} are left out, since nothing checks
   * a return value against them; a {@code @Nullable} primitive is simply never null.
   *
   * @return the property, or {@code null} when its type has no shape (reported to the scratch
   *     diagnostics of a result)
   */
  Property readResult(ResultProperties.Written written, String where) {
    Shape shape = shapes.read(written.type(), written.at(), where);
    if (shape == null) {
      return null;
    }
    List<AnnotatedConstruct> sites = new ArrayList<>(written.declarations());
    sites.addAll(written.declaredTypes());
    boolean primitive = shape instanceof ScalarShape scalar && scalar.primitive();
    boolean nullable =
        !primitive && Annotations.anyNullable(sites.toArray(AnnotatedConstruct[]::new));
    return new Property(
        written.name(),
        written.at(),
        shape,
        !nullable && !(shape instanceof OptionalShape),
        written.description(),
        List.of(),
        false,
        false,
        null,
        List.of(),
        ValidationPlan.NONE);
  }

  /** The property, or {@code null} after reporting why it cannot be one. */
  Property read(Source source) {
    List<Annotations.Owned> annotations = Annotations.merged(source.declarations());
    List<Annotations.Owned> onSetter = Annotations.merged(source.setterSites());
    Optional<Annotations.Owned> allowed =
        concat(annotations, onSetter).stream()
            .filter(a -> a.qualifiedName().equals(ENUM))
            .findFirst();
    Shape shape =
        allowed.isPresent()
            ? allowedString(source, allowed.get())
            : shapes.read(source.type(), source.at(), source.where());
    if (shape == null) {
      return null;
    }
    List<AnnotatedConstruct> nullableSites = new ArrayList<>(source.declarations());
    nullableSites.addAll(source.setterSites());
    nullableSites.addAll(source.declaredTypes());
    for (Element site : source.setterSites()) {
      if (site instanceof VariableElement parameter) {
        nullableSites.add(parameter.asType());
      }
    }
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
    onSetter(source, onSetter);
    List<Annotations.Owned> validation = new ArrayList<>();
    for (Annotations.Owned annotation : annotations) {
      if (Annotations.isBeanValidation(annotation.mirror())) {
        validation.add(annotation);
      }
    }
    List<Constraint> read = constraints.read(validation, shape, source.where());
    Levels levels = levels(source, shape);
    constraintsOnGenericArguments(source, shape);
    boolean optional = shape instanceof OptionalShape;
    if (nullable || optional) {
      checkNullability(source, shape, nullable, validation, levels);
    }
    ValidationPlan plan = ValidationPlan.NONE;
    if (source.isToolParameter()) {
      Shape value = optional ? shape.held() : shape;
      boolean mayBeAbsent = nullable || optional;
      List<CompiledCheck> compiled = new ArrayList<>();
      List<AnnotationMirror> declared = new ArrayList<>();
      for (Annotations.Owned annotation : validation) {
        if (Annotations.allowedOnFields(annotation.mirror())) {
          if (!optional || Annotations.allowedOnTypes(annotation.mirror())) {
            List<CompiledCheck> checks = compiledChecks.of(annotation.mirror(), value, mayBeAbsent);
            if (checks != null) {
              compiled.addAll(checks);
              continue;
            }
          }
          declared.add(annotation.mirror());
        } else if (!optional && Annotations.isConstraint(annotation.mirror())) {
          // On an Optional, checkNullability has reported it already.
          env.diagnostics()
              .reportAt(
                  Message.CONSTRAINT_NOT_ON_FIELD,
                  annotation.owner(),
                  annotation.mirror(),
                  null,
                  Annotations.simpleName(annotation.mirror()),
                  source.where());
        }
      }
      List<List<AnnotationMirror>> onTypes = new ArrayList<>(levels.copied());
      if (optional && !onTypes.isEmpty()) {
        // Optional<@Size(max = 20) String>: the value's own constraints, compiled alike.
        List<AnnotationMirror> left = new ArrayList<>();
        for (AnnotationMirror mirror : onTypes.get(0)) {
          List<CompiledCheck> checks = compiledChecks.of(mirror, value, true);
          if (checks == null) {
            left.add(mirror);
          } else {
            compiled.addAll(checks);
          }
        }
        onTypes.set(0, left);
      }
      plan =
          planner
              .plan(shape, declared, onTypes, nullable, validationAvailable)
              .withCompiled(compiled);
    }
    return new Property(
        source.name(),
        source.at(),
        shape,
        !nullable && !optional,
        source.description(),
        read,
        validation.stream().anyMatch(a -> a.qualifiedName().equals(ValidationPlanner.VALID)),
        TypeUseValid.onHeldObject(source.declaredTypes(), shape),
        source.setter(),
        levels.constraints(),
        plan);
  }

  /**
   * The container element annotations level by level along {@link Shape#held()}.
   *
   * @param constraints what they say, for the schema
   * @param copied the Bean Validation annotations written there, {@code @Valid} left out
   * @param owned the same, with where they are declared
   */
  private record Levels(
      List<Property.ElementConstraints> constraints,
      List<List<AnnotationMirror>> copied,
      List<List<Annotations.Owned>> owned) {}

  /**
   * The container element constraints, level by level along the shape's {@link Shape#held()},
   * read from the type arguments of the declared types. The walk stops at a Java array: a
   * declaration annotation such as {@code @NotEmpty String[] names} also lands on the component
   * type, where it means the array itself, and Hibernate Validator reads no constraints on an
   * array's component type.
   */
  private Levels levels(Source source, Shape shape) {
    List<Property.ElementConstraints> levels = new ArrayList<>();
    List<List<AnnotationMirror>> copiedLevels = new ArrayList<>();
    List<List<Annotations.Owned>> ownedLevels = new ArrayList<>();
    List<TypeMirror> types = declaredTypeMirrors(source);
    Shape current = shape;
    while (current.held() != null && !current.isJavaArray()) {
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
        for (AnnotationMirror mirror : Annotations.unwrapped(argument.getAnnotationMirrors())) {
          if (Annotations.isBeanValidation(mirror) && seen.add(mirror.toString())) {
            owned.add(new Annotations.Owned(source.at(), mirror));
          }
        }
      }
      current = current.held();
      types = next;
      List<AnnotationMirror> copied = new ArrayList<>();
      for (Annotations.Owned annotation : owned) {
        if (!annotation.qualifiedName().equals(ValidationPlanner.VALID)) {
          copied.add(annotation.mirror());
        }
      }
      levels.add(new Property.ElementConstraints(constraints.read(owned, current, where)));
      copiedLevels.add(copied);
      ownedLevels.add(owned);
    }
    while (!levels.isEmpty()
        && levels.get(levels.size() - 1).constraints().isEmpty()
        && copiedLevels.get(copiedLevels.size() - 1).isEmpty()) {
      levels.remove(levels.size() - 1);
      copiedLevels.remove(copiedLevels.size() - 1);
    }
    return new Levels(levels, copiedLevels, ownedLevels);
  }

  private static List<TypeMirror> declaredTypeMirrors(Source source) {
    List<TypeMirror> types = new ArrayList<>();
    for (AnnotatedConstruct declared : source.declaredTypes()) {
      if (declared instanceof TypeMirror type) {
        types.add(type);
      }
    }
    return types;
  }

  /**
   * A value the model may leave out must not carry a constraint that rejects null: the schema
   * allows leaving it out, Bean Validation would not. {@code @NotNull} there is a contradiction
   * in the source; {@code @NotBlank} and {@code @NotEmpty} mean "when present" on a tool
   * parameter, whose generated field says so, but a user's record or bean field cannot be
   * changed. Nor can its declaration constraints on an {@code Optional}, which Hibernate Validator
   * cannot check; a null-rejecting one is reported as such, since moving it to the type argument
   * would not help. A tool parameter's generated field moves them to the type argument, but only
   * those whose {@code @Target} allows it.
   */
  private void checkNullability(
      Source source,
      Shape shape,
      boolean nullable,
      List<Annotations.Owned> declared,
      Levels levels) {
    boolean optional = shape instanceof OptionalShape;
    String why = optional ? "it is an Optional" : "it is @Nullable";
    String remove = optional ? "Optional" : "@Nullable";
    for (Annotations.Owned annotation : declared) {
      boolean onTypes = Annotations.allowedOnTypes(annotation.mirror());
      if (optional
          && (!source.isToolParameter() || !onTypes)
          && Annotations.isConstraint(annotation.mirror())
          && !NULL_REJECTING.contains(annotation.qualifiedName())) {
        TypeMirror value = ((DeclaredType) shape.type()).getTypeArguments().get(0);
        env.diagnostics()
            .reportAt(
                onTypes
                    ? Message.OPTIONAL_DECLARATION_CONSTRAINT
                    : Message.OPTIONAL_CONSTRAINT_NOT_ON_TYPES,
                annotation.owner(),
                annotation.mirror(),
                null,
                Annotations.simpleName(annotation.mirror()),
                source.where(),
                "Optional<"
                    + Annotations.written(annotation.mirror())
                    + " "
                    + simpleTypeName(value)
                    + ">");
      } else {
        checkNullRejecting(source, shape, annotation, why, remove);
      }
    }
    if (optional && !levels.owned().isEmpty()) {
      for (Annotations.Owned annotation : levels.owned().get(0)) {
        checkNullRejecting(source, shape, annotation, why, remove);
      }
    }
  }

  private void checkNullRejecting(
      Source source, Shape shape, Annotations.Owned annotation, String why, String remove) {
    String name = annotation.qualifiedName();
    if (name.equals(NOT_NULL)) {
      env.diagnostics()
          .reportAt(
              Message.CONTRADICTORY_NULLABILITY,
              annotation.owner(),
              annotation.mirror(),
              null,
              source.where(),
              why,
              remove);
    } else if (NULL_REJECTING.contains(name) && !source.isToolParameter()) {
      String lenient = "@Size(min = 1)";
      if (shape instanceof OptionalShape) {
        TypeMirror value = ((DeclaredType) shape.type()).getTypeArguments().get(0);
        lenient = "Optional<" + lenient + " " + simpleTypeName(value) + ">";
      }
      env.diagnostics()
          .reportAt(
              Message.CONTRADICTORY_NULLABILITY_IN_TYPE,
              annotation.owner(),
              annotation.mirror(),
              null,
              source.where(),
              why,
              Annotations.simpleName(annotation.mirror()),
              remove,
              lenient);
    }
  }

  /**
   * Bean Validation reads a bean's fields and getters, so a constraint on a setter or its
   * parameter would be shown in the schema and never checked.
   */
  private void onSetter(Source source, List<Annotations.Owned> onSetter) {
    for (Annotations.Owned annotation : onSetter) {
      if (Annotations.isConstraint(annotation.mirror())
          || annotation.qualifiedName().equals(ValidationPlanner.VALID)) {
        reportOnSetter(source, annotation.owner(), annotation.mirror());
      }
    }
    for (Element site : source.setterSites()) {
      if (site instanceof VariableElement parameter) {
        for (AnnotationMirror mirror : typeArgumentAnnotations(parameter.asType())) {
          reportOnSetter(source, parameter, mirror);
        }
      }
    }
  }

  private void reportOnSetter(Source source, Element site, AnnotationMirror mirror) {
    env.diagnostics()
        .reportAt(
            Message.SETTER_CONSTRAINT,
            site,
            mirror,
            null,
            Annotations.simpleName(mirror),
            source.setter(),
            "property '" + source.name() + "'");
  }

  /**
   * A constraint on a type argument of a generic record or bean ({@code Page<@NotBlank String>}):
   * the schema's definition of {@code Page<String>} cannot show it, and Hibernate Validator has no
   * way into a {@code Page}.
   */
  private void constraintsOnGenericArguments(Source source, Shape shape) {
    List<TypeMirror> types = declaredTypeMirrors(source);
    Shape current = shape;
    while (current != null) {
      if (current instanceof ObjectRef ref) {
        Set<String> seen = new HashSet<>();
        for (TypeMirror type : types) {
          for (AnnotationMirror mirror : typeArgumentAnnotations(type)) {
            if (seen.add(mirror.toString())) {
              env.diagnostics()
                  .reportAt(
                      Message.GENERIC_ARGUMENT_CONSTRAINT,
                      source.at(),
                      mirror,
                      null,
                      Annotations.simpleName(mirror),
                      simpleTypeName(ref.type()),
                      source.where());
            }
          }
        }
        return;
      }
      if (current.isJavaArray()) {
        return;
      }
      List<TypeMirror> next = new ArrayList<>();
      for (TypeMirror type : types) {
        if (type.getKind() == TypeKind.DECLARED) {
          List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
          if (!arguments.isEmpty()) {
            next.add(arguments.get(arguments.size() - 1));
          }
        }
      }
      types = next;
      current = current.held();
    }
  }

  /** The constraints and {@code @Valid}s on the type arguments of {@code type}, at any depth. */
  private static List<AnnotationMirror> typeArgumentAnnotations(TypeMirror type) {
    List<AnnotationMirror> found = new ArrayList<>();
    if (type.getKind() == TypeKind.ARRAY) {
      return typeArgumentAnnotations(((ArrayType) type).getComponentType());
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return found;
    }
    for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
      for (AnnotationMirror mirror : Annotations.unwrapped(argument.getAnnotationMirrors())) {
        if (Annotations.isConstraint(mirror)
            || Annotations.qualifiedName(mirror).equals(ValidationPlanner.VALID)) {
          found.add(mirror);
        }
      }
      found.addAll(typeArgumentAnnotations(argument));
    }
    return found;
  }

  /** Constraints on a map's keys, which the schema cannot show (it has no keyword for them). */
  private void mapKeyConstraints(Source source, TypeMirror key) {
    for (AnnotationMirror mirror : Annotations.unwrapped(key.getAnnotationMirrors())) {
      if (Annotations.isConstraint(mirror)) {
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

  /** Simple names, as written in source: {@code p.Page<p.Line>} becomes {@code Page<Line>}. */
  private static String simpleTypeName(TypeMirror type) {
    return TypeNames.key(type).replaceAll("(\\w+\\.)+", "");
  }

  private static List<Annotations.Owned> concat(
      List<Annotations.Owned> first, List<Annotations.Owned> second) {
    List<Annotations.Owned> both = new ArrayList<>(first);
    both.addAll(second);
    return both;
  }

  private static boolean isClass(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals(qualifiedName);
  }
}
