package io.toolwright.processor.model;

import io.toolwright.processor.diagnostics.Message;
import io.toolwright.processor.model.Shape.ArrayShape;
import io.toolwright.processor.model.Shape.Container;
import io.toolwright.processor.model.Shape.EnumConstant;
import io.toolwright.processor.model.Shape.EnumShape;
import io.toolwright.processor.model.Shape.MapShape;
import io.toolwright.processor.model.Shape.ObjectRef;
import io.toolwright.processor.model.Shape.OptionalShape;
import io.toolwright.processor.model.Shape.ScalarShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Reads a Java type into a {@link Shape}, or reports why it has none. Records and beans are handed
 * to {@link ObjectTypeReader}, which defines each once for the whole class.
 *
 * <p>Every error is reported at the property being read ({@code at}), naming the property and its
 * whole declared type, since the offending part may be deep inside ({@code Map<String,
 * List<Object>>}).
 */
final class ShapeReader {

  private static final Set<TypeKind> PRIMITIVE_ARRAY_ITEMS =
      Set.of(TypeKind.INT, TypeKind.LONG, TypeKind.DOUBLE, TypeKind.BOOLEAN);

  private final ModelEnv env;
  private final PropertyReader properties;
  private final ObjectTypeReader objects;

  ShapeReader(ModelEnv env) {
    this.env = env;
    this.properties = new PropertyReader(env, this);
    this.objects = new ObjectTypeReader(env, properties);
  }

  /** Reads properties with this reader's shapes, so they share one catalog. */
  PropertyReader properties() {
    return properties;
  }

  /** The record and bean types met so far. */
  TypeCatalog catalog() {
    return objects.catalog();
  }

  /**
   * The shape of the whole type of a property, or {@code null} after reporting an error.
   *
   * @param where names the property in messages, e.g. {@code parameter 'status' of findInvoices}
   */
  Shape read(TypeMirror type, Element at, String where) {
    return read(type, new Site(at, where, type), null);
  }

  /** Where a type is being read, for messages. */
  private record Site(Element at, String where, TypeMirror whole) {}

  /**
   * @param container what the type is nested in ("a List"), or {@code null} at the top, where
   *     {@code Optional} is allowed
   */
  private Shape read(TypeMirror type, Site site, String container) {
    TypeKind kind = type.getKind();
    if (kind.isPrimitive()) {
      return new ScalarShape(type, Scalar.forPrimitive(kind).orElseThrow());
    }
    switch (kind) {
      case ARRAY:
        return array((ArrayType) type, site);
      case DECLARED:
        return declared((DeclaredType) type, site, container);
      case TYPEVAR:
        return fail(Message.UNSUPPORTED_TYPE_VARIABLE, site, type);
      case WILDCARD:
        return fail(Message.UNSUPPORTED_WILDCARD, site, type);
      case ERROR:
        // Normally deferred to a later round before reading starts; this is the last resort.
        return fail(Message.UNRESOLVED_TYPE, site, "this class");
      default:
        return fail(Message.UNSUPPORTED_OBJECT, site, type);
    }
  }

  private Shape array(ArrayType type, Site site) {
    TypeMirror component = type.getComponentType();
    boolean generic =
        component.getKind() == TypeKind.DECLARED
            && !((DeclaredType) component).getTypeArguments().isEmpty();
    boolean unreadablePrimitive =
        component.getKind().isPrimitive() && !PRIMITIVE_ARRAY_ITEMS.contains(component.getKind());
    if (component.getKind() == TypeKind.BYTE) {
      return fail(Message.UNSUPPORTED_BYTE_ARRAY, site);
    }
    if (component.getKind() == TypeKind.CHAR) {
      return fail(Message.UNSUPPORTED_CHAR_ARRAY, site);
    }
    if (generic || unreadablePrimitive || component.getKind() == TypeKind.TYPEVAR) {
      String item =
          component.getKind().isPrimitive()
              ? env.types().boxedClass((PrimitiveType) component).getSimpleName().toString()
              : component.toString();
      return fail(Message.UNSUPPORTED_ARRAY, site, item);
    }
    Shape items = read(component, site, "an array");
    return items == null ? null : new ArrayShape(type, items, Container.ARRAY);
  }

  private Shape declared(DeclaredType type, Site site, String container) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    var scalar = Scalar.forClass(name);
    if (scalar.isPresent()) {
      return new ScalarShape(type, scalar.get());
    }
    if (name.equals("java.lang.Object")) {
      return fail(Message.UNSUPPORTED_OBJECT, site, type);
    }
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    if (arguments.isEmpty() && !element.getTypeParameters().isEmpty()) {
      return fail(Message.UNSUPPORTED_RAW, site, type);
    }
    for (TypeMirror argument : arguments) {
      if (argument.getKind() == TypeKind.WILDCARD) {
        return fail(Message.UNSUPPORTED_WILDCARD, site, argument);
      }
    }
    switch (name) {
      case "java.util.Optional":
        if (container != null) {
          return fail(Message.UNSUPPORTED_NESTED_OPTIONAL, site, container);
        }
        Shape value = read(arguments.get(0), site, "an Optional");
        return value == null ? null : new OptionalShape(type, value);
      case "java.util.List":
        return collection(type, site, Container.LIST, "a List");
      case "java.util.Set":
        return collection(type, site, Container.SET, "a Set");
      case "java.util.Collection":
        return collection(type, site, Container.COLLECTION, "a Collection");
      case "java.util.Map":
        return map(type, site);
      default:
        return userType(type, element, site);
    }
  }

  private Shape collection(DeclaredType type, Site site, Container container, String label) {
    Shape items = read(type.getTypeArguments().get(0), site, label);
    return items == null ? null : new ArrayShape(type, items, container);
  }

  private Shape map(DeclaredType type, Site site) {
    TypeMirror key = type.getTypeArguments().get(0);
    if (!(key.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) key).asElement())
            .getQualifiedName()
            .contentEquals("java.lang.String"))) {
      return fail(Message.UNSUPPORTED_MAP_KEY, site);
    }
    Shape values = read(type.getTypeArguments().get(1), site, "a Map");
    return values == null ? null : new MapShape(type, values);
  }

  /** Enums, records and beans: types of the application rather than of the platform. */
  private Shape userType(DeclaredType type, TypeElement element, Site site) {
    String name = element.getQualifiedName().toString();
    if (name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")) {
      TypeMirror collection = env.elements().getTypeElement("java.util.Collection").asType();
      TypeMirror map = env.elements().getTypeElement("java.util.Map").asType();
      boolean isCollection =
          env.types().isAssignable(env.types().erasure(type), env.types().erasure(collection))
              || env.types().isAssignable(env.types().erasure(type), env.types().erasure(map));
      return isCollection
          ? fail(Message.UNSUPPORTED_COLLECTION_CLASS, site)
          : fail(Message.UNSUPPORTED_LIBRARY_TYPE, site, name, javaTimeTypes());
    }
    for (TypeMirror argument : type.getTypeArguments()) {
      if (argument.getKind() == TypeKind.TYPEVAR) {
        return fail(Message.UNSUPPORTED_TYPE_VARIABLE, site, argument);
      }
    }
    ElementKind kind = element.getKind();
    if (kind == ElementKind.INTERFACE
        || kind == ElementKind.ANNOTATION_TYPE
        || element.getModifiers().contains(Modifier.ABSTRACT) && kind != ElementKind.ENUM) {
      return fail(Message.UNSUPPORTED_ABSTRACT, site, name);
    }
    String problem = TypeNames.accessProblem(env.elements(), element, env.targetPackage());
    if (problem != null) {
      env.diagnostics()
          .report(
              Message.INACCESSIBLE_TYPE,
              site.at(),
              site.where(),
              TypeNames.key(type),
              env.targetPackage(),
              problem);
      return null;
    }
    if (kind == ElementKind.ENUM) {
      if (env.readsResults() && !objects.enumWrittenAsNames(element)) {
        // Only ever reported to a result's scratch diagnostics: no output schema, no error.
        return fail(Message.UNSUPPORTED_LIBRARY_TYPE, site, name, javaTimeTypes());
      }
      return enumShape(type, element);
    }
    String key = objects.define(type, element, site.at(), site.where(), site.whole());
    return key == null ? null : new ObjectRef(type, key);
  }

  private EnumShape enumShape(DeclaredType type, TypeElement element) {
    List<EnumConstant> constants = new ArrayList<>();
    for (VariableElement field : ElementFilter.fieldsIn(element.getEnclosedElements())) {
      if (field.getKind() == ElementKind.ENUM_CONSTANT) {
        constants.add(
            new EnumConstant(
                field.getSimpleName().toString(), Javadoc.of(env.elements(), field).mainText()));
      }
    }
    return new EnumShape(type, Javadoc.of(env.elements(), element).mainText(), constants);
  }

  /** {@code Instant, OffsetDateTime, ...}: the java.time types with a schema, for messages. */
  private static String javaTimeTypes() {
    StringBuilder names = new StringBuilder();
    for (Scalar scalar : Scalar.values()) {
      if (scalar.className().startsWith("java.time.")) {
        names.append(names.length() == 0 ? "" : ", ");
        names.append(scalar.className().substring("java.time.".length()));
      }
    }
    return names.toString();
  }

  /**
   * Reports {@code message} with the property, its whole type and {@code details}; returns {@code
   * null} so callers can {@code return fail(...)}.
   */
  private Shape fail(Message message, Site site, Object... details) {
    Object[] args = new Object[2 + details.length];
    args[0] = site.where();
    args[1] = TypeNames.key(site.whole());
    for (int i = 0; i < details.length; i++) {
      args[2 + i] = details[i] instanceof TypeMirror type ? TypeNames.key(type) : details[i];
    }
    env.diagnostics().report(message, site.at(), args);
    return null;
  }
}
