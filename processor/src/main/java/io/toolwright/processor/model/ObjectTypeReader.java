package io.toolwright.processor.model;

import io.toolwright.processor.diagnostics.Message;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Defines each record and bean type once per tool class, keyed with its type arguments. A type that
 * refers back to itself (a tree node) finds its own key already reserved, and gets a reference
 * instead of an endless expansion. A type that cannot be defined takes with it every type defined
 * while reading it, since those may refer to it: every {@link Shape.ObjectRef} in the catalog
 * resolves.
 */
final class ObjectTypeReader {

  private final ModelEnv env;
  private final PropertyReader properties;
  private final BeanProperties beans;
  private final ResultProperties results;

  /** Insertion order is the order types were first met; {@code null} while being defined. */
  private final Map<String, ObjectType> types = new LinkedHashMap<>();

  private final Set<String> failed = new HashSet<>();

  ObjectTypeReader(ModelEnv env, PropertyReader properties) {
    this.env = env;
    this.properties = properties;
    this.beans = new BeanProperties(env);
    this.results = new ResultProperties(env);
  }

  /** Whether Jackson writes a returned enum as its constants' names. */
  boolean enumWrittenAsNames(TypeElement element) {
    return results.enumWrittenAsNames(element);
  }

  TypeCatalog catalog() {
    Map<String, ObjectType> complete = new LinkedHashMap<>(types);
    complete.values().removeIf(type -> type == null);
    return new TypeCatalog(complete);
  }

  /**
   * The key of {@code type}'s definition, or {@code null} if it cannot be defined (reported once,
   * at the type's own members where possible).
   */
  String define(
      DeclaredType type, TypeElement element, Element at, String where, TypeMirror whole) {
    String key = TypeNames.key(type);
    if (types.containsKey(key)) {
      return key;
    }
    if (failed.contains(key)) {
      return null;
    }
    Set<String> before = new HashSet<>(types.keySet());
    types.put(key, null);
    List<Property> read;
    if (env.readsResults()) {
      read = resultProperties(type, element, at, where, whole);
    } else if (element.getKind() == ElementKind.RECORD) {
      read = recordComponents(type, element);
    } else {
      read = beanProperties(type, element, at, where, whole);
    }
    if (read == null) {
      // A type defined meanwhile may refer to this one (record A(B b) inside record B(A a, ...)):
      // it goes too, so that every reference in the catalog resolves.
      for (String defined : List.copyOf(types.keySet())) {
        if (!before.contains(defined)) {
          types.remove(defined);
          failed.add(defined);
        }
      }
      return null;
    }
    ObjectType.Kind kind =
        element.getKind() == ElementKind.RECORD ? ObjectType.Kind.RECORD : ObjectType.Kind.BEAN;
    String description = Javadoc.of(env.elements(), element).mainText();
    types.put(key, new ObjectType(key, type, kind, TypeNames.defName(type), description, read));
    return key;
  }

  /** What Jackson writes for a returned record or class; {@code null} when it cannot be told. */
  private List<Property> resultProperties(
      DeclaredType type, TypeElement element, Element at, String where, TypeMirror whole) {
    var written = results.of(type, element);
    if (written.isEmpty()) {
      // Never printed: reading a result reports to scratch diagnostics, and any report there
      // means only that the tool gets no output schema.
      env.diagnostics()
          .report(
              Message.UNSUPPORTED_CLASS, at, where, TypeNames.key(whole), element.getQualifiedName());
      return null;
    }
    List<Property> read = new ArrayList<>();
    for (ResultProperties.Written property : written.get()) {
      read.add(
          properties.readResult(
              property, "property '" + property.name() + "' of " + element.getQualifiedName()));
    }
    return read.contains(null) ? null : read;
  }

  private List<Property> recordComponents(DeclaredType type, TypeElement record) {
    Javadoc doc = Javadoc.of(env.elements(), record);
    List<Property> read = new ArrayList<>();
    for (RecordComponentElement component : record.getRecordComponents()) {
      ExecutableElement accessor = component.getAccessor();
      TypeMirror resolved =
          ((ExecutableType) env.types().asMemberOf(type, accessor)).getReturnType();
      String name = component.getSimpleName().toString();
      Element field = fieldNamed(record, name);
      Property property =
          properties.read(
              new PropertyReader.Source(
                  name,
                  // javac (17) has no source position for a record component element, but has
                  // one, the component's, for the field it implies.
                  field != null ? field : component,
                  declarations(field, component, accessor),
                  List.of(component.asType(), accessor.getReturnType()),
                  resolved,
                  doc.param(name),
                  "component '" + name + "' of record " + record.getQualifiedName(),
                  null));
      read.add(property);
    }
    return read.contains(null) ? null : read;
  }

  private List<Property> beanProperties(
      DeclaredType type, TypeElement bean, Element at, String where, TypeMirror whole) {
    if (bean.getNestingKind() == NestingKind.MEMBER
        && !bean.getModifiers().contains(Modifier.STATIC)) {
      env.diagnostics()
          .report(
              Message.UNSUPPORTED_INNER_CLASS,
              at,
              where,
              TypeNames.key(whole),
              bean.getQualifiedName());
      return null;
    }
    List<BeanProperties.Bean> found = beans.find(bean);
    if (found.isEmpty() || !beans.hasPublicNoArgConstructor(bean)) {
      env.diagnostics()
          .report(
              Message.UNSUPPORTED_CLASS, at, where, TypeNames.key(whole), bean.getQualifiedName());
      return null;
    }
    List<Property> read = new ArrayList<>();
    for (BeanProperties.Bean property : found) {
      ExecutableElement setter = property.setter();
      TypeMirror resolved =
          ((ExecutableType) env.types().asMemberOf(type, setter)).getParameterTypes().get(0);
      Element declaredAt = property.field() != null ? property.field() : setter;
      // Bean Validation reads a bean's field and getter; the setter's annotations are reported
      // where they are misplaced, and count only for @Nullable and @Enum.
      List<TypeMirror> declaredTypes = new ArrayList<>();
      if (property.field() != null) {
        declaredTypes.add(property.field().asType());
      }
      if (property.getter() != null) {
        declaredTypes.add(property.getter().getReturnType());
      }
      read.add(
          properties.read(
              new PropertyReader.Source(
                  property.name(),
                  declaredAt,
                  declarations(property.field(), property.getter()),
                  List.of(setter, setter.getParameters().get(0)),
                  declaredTypes,
                  resolved,
                  beans.description(property),
                  "property '" + property.name() + "' of " + bean.getQualifiedName(),
                  setter.getSimpleName().toString())));
    }
    return read.contains(null) ? null : read;
  }

  private static Element fieldNamed(TypeElement type, String name) {
    for (Element field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (field.getSimpleName().contentEquals(name)) {
        return field;
      }
    }
    return null;
  }

  /** The non-null elements, in order. */
  private static List<Element> declarations(Element... elements) {
    List<Element> present = new ArrayList<>();
    for (Element element : elements) {
      if (element != null) {
        present.add(element);
      }
    }
    return present;
  }
}
