package io.toolwright.processor.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The properties Jackson 3's default mapper writes for a record or class returned by a tool: a
 * record's components, then every public {@code getX()} (and {@code isX()} returning {@code
 * boolean} or {@code Boolean}) and public instance field, inherited ones included. Names follow
 * Jackson 3's standard bean naming ({@code getURL()} is {@code URL}).
 *
 * <p>Types Jackson writes otherwise are not described: anything carrying a Jackson annotation
 * (which may rename, hide, unwrap or replace properties), types Jackson writes as arrays, strings
 * or numbers ({@code Iterable}, {@code Map}, {@code CharSequence}, {@code Number}, its own
 * serializable nodes), subclasses of platform classes, and a class with no property at all (which
 * Jackson refuses to write).
 */
final class ResultProperties {

  /** One written property. */
  record Written(
      String name,
      Element at,
      List<Element> declarations,
      List<TypeMirror> declaredTypes,
      TypeMirror type,
      String description) {}

  private static final List<String> JACKSON_PACKAGES =
      List.of("com.fasterxml.jackson.", "tools.jackson.");

  /** Jackson writes these as something other than an object of properties. */
  private static final List<String> NOT_OBJECTS =
      List.of(
          "java.lang.Iterable",
          "java.util.Map",
          "java.lang.CharSequence",
          "java.lang.Number",
          "tools.jackson.databind.JacksonSerializable",
          "com.fasterxml.jackson.databind.JsonSerializable");

  private static final Set<String> PLAIN_SUPERCLASSES = Set.of("java.lang.Object", "java.lang.Record");

  private final ModelEnv env;

  ResultProperties(ModelEnv env) {
    this.env = env;
  }

  /** The properties, or empty when Jackson's output cannot be described from the declaration. */
  Optional<List<Written>> of(DeclaredType type, TypeElement element) {
    if (!writtenAsObject(element) || hasJacksonAnnotations(element)) {
      return Optional.empty();
    }
    Map<String, Written> written = new LinkedHashMap<>();
    Javadoc doc = Javadoc.of(env.elements(), element);
    if (element.getKind() == ElementKind.RECORD) {
      for (RecordComponentElement component : element.getRecordComponents()) {
        ExecutableElement accessor = component.getAccessor();
        String name = component.getSimpleName().toString();
        VariableElement field = field(element, name);
        Element at = field != null ? field : component;
        written.put(
            name,
            new Written(
                name,
                at,
                present(field, component, accessor),
                List.of(component.asType(), accessor.getReturnType()),
                ((ExecutableType) env.types().asMemberOf(type, accessor)).getReturnType(),
                doc.param(name)));
      }
    }
    for (Element member : env.elements().getAllMembers(element)) {
      if (!isPublicInstance(member) || declaredByPlatform(member)) {
        continue;
      }
      if (member instanceof ExecutableElement method) {
        getterName(method, element.getKind() == ElementKind.RECORD)
            .ifPresent(name -> written.putIfAbsent(name, getter(type, name, method)));
      } else if (member.getKind() == ElementKind.FIELD) {
        String name = member.getSimpleName().toString();
        written.putIfAbsent(
            name,
            new Written(
                name,
                member,
                List.of(member),
                List.of(member.asType()),
                env.types().asMemberOf(type, member),
                Javadoc.of(env.elements(), member).mainText()));
      }
    }
    if (written.isEmpty() && element.getKind() != ElementKind.RECORD) {
      return Optional.empty(); // Jackson fails on a bean without properties
    }
    return Optional.of(List.copyOf(written.values()));
  }

  /** An enum is written as its constants' names unless a Jackson annotation says otherwise. */
  boolean enumWrittenAsNames(TypeElement element) {
    return !hasJacksonAnnotations(element);
  }

  private Written getter(DeclaredType type, String name, ExecutableElement method) {
    VariableElement field = field((TypeElement) method.getEnclosingElement(), name);
    String description = null;
    if (field != null) {
      description = Javadoc.of(env.elements(), field).mainText();
    }
    if (description == null) {
      description = Javadoc.of(env.elements(), method).mainText();
    }
    List<TypeMirror> declaredTypes = new ArrayList<>();
    declaredTypes.add(method.getReturnType());
    if (field != null) {
      declaredTypes.add(field.asType());
    }
    return new Written(
        name,
        method,
        present(field, method),
        declaredTypes,
        ((ExecutableType) env.types().asMemberOf(type, method)).getReturnType(),
        description);
  }

  /**
   * {@code getName()} gives {@code name}, {@code isActive()} (a boolean) {@code active}. On a class
   * Jackson 3 takes only names with an upper-case letter after the prefix; on a record it takes any
   * ({@code getfoo()} is {@code foo}, {@code get_bar()} is {@code _bar}, {@code isok()} is {@code
   * ok}), so a record's schema must name them too.
   */
  private static Optional<String> getterName(ExecutableElement method, boolean ofRecord) {
    if (!method.getParameters().isEmpty() || method.getReturnType().getKind() == TypeKind.VOID) {
      return Optional.empty();
    }
    String name = method.getSimpleName().toString();
    String rest = null;
    if (name.startsWith("get")) {
      rest = name.substring(3);
    } else if (name.startsWith("is") && isBoolean(method.getReturnType())) {
      rest = name.substring(2);
    }
    if (rest == null || rest.isEmpty() || !ofRecord && !Character.isUpperCase(rest.charAt(0))) {
      return Optional.empty();
    }
    return Optional.of(BeanProperties.decapitalize(rest));
  }

  private static boolean isBoolean(TypeMirror type) {
    return type.getKind() == TypeKind.BOOLEAN
        || type.getKind() == TypeKind.DECLARED
            && ((TypeElement) ((DeclaredType) type).asElement())
                .getQualifiedName()
                .contentEquals("java.lang.Boolean");
  }

  private boolean writtenAsObject(TypeElement element) {
    if (isJackson(element.getQualifiedName().toString())) {
      return false;
    }
    for (TypeElement superclass = superclass(element);
        superclass != null;
        superclass = superclass(superclass)) {
      if (isPlatform(superclass) && !PLAIN_SUPERCLASSES.contains(name(superclass))) {
        return false;
      }
    }
    TypeMirror erased = env.types().erasure(element.asType());
    for (String name : NOT_OBJECTS) {
      TypeElement other = env.elements().getTypeElement(name);
      if (other != null && env.types().isAssignable(erased, env.types().erasure(other.asType()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the type, a supertype, or a member of either carries an annotation of Jackson's, or
   * one bundling Jackson's ({@code @JacksonAnnotationsInside}).
   */
  private boolean hasJacksonAnnotations(TypeElement element) {
    if (isPlatform(element)) {
      return false;
    }
    if (jacksonAnnotated(element)) {
      return true;
    }
    for (Element member : element.getEnclosedElements()) {
      if (jacksonAnnotated(member)) {
        return true;
      }
    }
    for (TypeMirror supertype : env.types().directSupertypes(element.asType())) {
      if (supertype.getKind() == TypeKind.DECLARED
          && hasJacksonAnnotations((TypeElement) ((DeclaredType) supertype).asElement())) {
        return true;
      }
    }
    return false;
  }

  private static boolean jacksonAnnotated(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (isJackson(Annotations.qualifiedName(mirror))
          || Annotations.isMetaAnnotated(
              mirror, "com.fasterxml.jackson.annotation.JacksonAnnotationsInside")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isJackson(String qualifiedName) {
    return JACKSON_PACKAGES.stream().anyMatch(qualifiedName::startsWith);
  }

  private static boolean isPublicInstance(Element member) {
    return member.getModifiers().contains(Modifier.PUBLIC)
        && !member.getModifiers().contains(Modifier.STATIC);
  }

  /** {@code getClass()}: Jackson ignores what {@code Object} and {@code Record} declare. */
  private static boolean declaredByPlatform(Element member) {
    return member.getEnclosingElement() instanceof TypeElement owner && isPlatform(owner);
  }

  private static boolean isPlatform(TypeElement type) {
    String name = name(type);
    return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.");
  }

  private static String name(TypeElement type) {
    return type.getQualifiedName().toString();
  }

  private static TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    return superclass.getKind() == TypeKind.DECLARED
        ? (TypeElement) ((DeclaredType) superclass).asElement()
        : null;
  }

  private static VariableElement field(TypeElement type, String name) {
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (field.getSimpleName().contentEquals(name)) {
        return field;
      }
    }
    return null;
  }

  private static List<Element> present(Element... elements) {
    List<Element> present = new ArrayList<>();
    for (Element element : elements) {
      if (element != null) {
        present.add(element);
      }
    }
    return present;
  }
}
