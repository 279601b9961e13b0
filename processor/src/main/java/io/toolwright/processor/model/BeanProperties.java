package io.toolwright.processor.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Finds the properties of a bean-style class: one per public setter, ordered like the fields they
 * set (the order a person reads the class in), superclass properties first.
 */
final class BeanProperties {

  /**
   * One property.
   *
   * @param field the field of the same name, or {@code null}
   * @param getter {@code getX()} or {@code isX()}, or {@code null}
   */
  record Bean(
      String name, ExecutableElement setter, VariableElement field, ExecutableElement getter) {}

  private final ModelEnv env;

  BeanProperties(ModelEnv env) {
    this.env = env;
  }

  boolean hasPublicNoArgConstructor(TypeElement type) {
    return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
  }

  List<Bean> find(TypeElement type) {
    List<TypeElement> hierarchy = hierarchy(type);
    Map<String, ExecutableElement> setters = new LinkedHashMap<>();
    Map<String, VariableElement> fields = new LinkedHashMap<>();
    Map<String, ExecutableElement> getters = new LinkedHashMap<>();
    for (TypeElement current : hierarchy) {
      for (ExecutableElement method : ElementFilter.methodsIn(current.getEnclosedElements())) {
        if (isPublicInstance(method)) {
          accessorProperty(method, "set", 1).ifPresent(name -> setters.put(name, method));
          accessorProperty(method, "get", 0).ifPresent(name -> getters.put(name, method));
          if (method.getReturnType().getKind() == TypeKind.BOOLEAN) {
            accessorProperty(method, "is", 0).ifPresent(name -> getters.put(name, method));
          }
        }
      }
      for (VariableElement field : ElementFilter.fieldsIn(current.getEnclosedElements())) {
        if (!field.getModifiers().contains(Modifier.STATIC)) {
          fields.putIfAbsent(field.getSimpleName().toString(), field);
        }
      }
    }
    List<Bean> properties = new ArrayList<>();
    for (String name : fields.keySet()) {
      if (setters.containsKey(name)) {
        properties.add(new Bean(name, setters.get(name), fields.get(name), getters.get(name)));
      }
    }
    for (Map.Entry<String, ExecutableElement> setter : setters.entrySet()) {
      if (!fields.containsKey(setter.getKey())) {
        properties.add(
            new Bean(setter.getKey(), setter.getValue(), null, getters.get(setter.getKey())));
      }
    }
    return properties;
  }

  /** The field's Javadoc, else the getter's, else the setter's. */
  String description(Bean bean) {
    if (bean.field() != null) {
      String doc = Javadoc.of(env.elements(), bean.field()).mainText();
      if (doc != null) {
        return doc;
      }
    }
    if (bean.getter() != null) {
      String doc = Javadoc.of(env.elements(), bean.getter()).mainText();
      if (doc != null) {
        return doc;
      }
    }
    return Javadoc.of(env.elements(), bean.setter()).mainText();
  }

  /** Superclasses first, {@code java.lang.Object} and other platform classes left out. */
  private static List<TypeElement> hierarchy(TypeElement type) {
    Deque<TypeElement> classes = new ArrayDeque<>();
    for (TypeElement current = type; current != null; current = superclass(current)) {
      if (current.getQualifiedName().toString().startsWith("java.")) {
        break;
      }
      classes.addFirst(current);
    }
    return new ArrayList<>(classes);
  }

  private static TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    return superclass.getKind() == TypeKind.DECLARED
        ? (TypeElement) ((DeclaredType) superclass).asElement()
        : null;
  }

  private static boolean isPublicInstance(ExecutableElement method) {
    return method.getModifiers().contains(Modifier.PUBLIC)
        && !method.getModifiers().contains(Modifier.STATIC);
  }

  private static Optional<String> accessorProperty(
      ExecutableElement method, String prefix, int parameters) {
    String name = method.getSimpleName().toString();
    if (method.getParameters().size() != parameters
        || name.length() <= prefix.length()
        || !name.startsWith(prefix)
        || !Character.isUpperCase(name.charAt(prefix.length()))) {
      return Optional.empty();
    }
    return Optional.of(decapitalize(name.substring(prefix.length())));
  }

  /** As {@code java.beans.Introspector.decapitalize}: {@code URL} stays {@code URL}. */
  static String decapitalize(String name) {
    if (name.length() > 1 && Character.isUpperCase(name.charAt(1))) {
      return name;
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
