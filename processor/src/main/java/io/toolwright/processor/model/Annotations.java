package io.toolwright.processor.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Annotations read as mirrors by name. The processor never loads user annotation classes (Jakarta
 * Validation, the many {@code @Nullable}s): they need not be on its own class path.
 */
final class Annotations {

  private Annotations() {}

  /** An annotation with the element it is written on, so diagnostics can point at it. */
  record Owned(Element owner, AnnotationMirror mirror) {
    String qualifiedName() {
      return Annotations.qualifiedName(mirror);
    }
  }

  /**
   * The annotations of several elements declaring one property (a bean's field and getter, a
   * record's field and accessor), repeated constraints unwrapped from their {@code List}
   * container, and an annotation repeated identically on several elements (as a record component's
   * are on its field and accessor) kept once. Different values all stay: Bean Validation checks a
   * bean's field and getter both.
   */
  static List<Owned> merged(List<? extends Element> declarations) {
    List<Owned> merged = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Element element : declarations) {
      for (AnnotationMirror mirror : unwrapped(element.getAnnotationMirrors())) {
        if (seen.add(mirror.toString())) {
          merged.add(new Owned(element, mirror));
        }
      }
    }
    return merged;
  }

  /**
   * The annotations, with each container of repeated constraints ({@code @Pattern.List}, or the
   * implicit one javac makes for two {@code @Pattern}s) replaced by the constraints it holds.
   */
  static List<AnnotationMirror> unwrapped(List<? extends AnnotationMirror> mirrors) {
    List<AnnotationMirror> unwrapped = new ArrayList<>();
    for (AnnotationMirror mirror : mirrors) {
      List<AnnotationMirror> contained = repeatedConstraints(mirror);
      unwrapped.addAll(contained.isEmpty() ? List.of(mirror) : contained);
    }
    return unwrapped;
  }

  private static List<AnnotationMirror> repeatedConstraints(AnnotationMirror mirror) {
    AnnotationValue value = explicitValue(mirror, "value");
    List<AnnotationMirror> contained = new ArrayList<>();
    if (value == null || !(value.getValue() instanceof List<?> items)) {
      return contained;
    }
    for (Object item : items) {
      if (!(((AnnotationValue) item).getValue() instanceof AnnotationMirror inner)
          || !isConstraint(inner)) {
        return List.of();
      }
      contained.add(inner);
    }
    return contained;
  }

  /** Whether the annotation is a Bean Validation constraint, Jakarta's own or a custom one. */
  static boolean isConstraint(AnnotationMirror mirror) {
    return qualifiedName(mirror).startsWith("jakarta.validation.constraints.")
        || isMetaAnnotated(mirror, "jakarta.validation.Constraint");
  }

  /** A constraint, {@code @Valid}, or another {@code jakarta.validation} annotation. */
  static boolean isBeanValidation(AnnotationMirror mirror) {
    return qualifiedName(mirror).startsWith("jakarta.validation.") || isConstraint(mirror);
  }

  /** Whether the annotation may be written on a field. */
  static boolean allowedOnFields(AnnotationMirror mirror) {
    return targets(mirror, "FIELD", "TYPE_USE");
  }

  /** Whether the annotation may be written on a type argument. */
  static boolean allowedOnTypes(AnnotationMirror mirror) {
    return targets(mirror, "TYPE_USE");
  }

  /** Whether {@code @Target} lists one of the kinds; without {@code @Target}, declarations only. */
  private static boolean targets(AnnotationMirror mirror, String... kinds) {
    Element type = mirror.getAnnotationType().asElement();
    Optional<AnnotationMirror> target = find(type, "java.lang.annotation.Target");
    if (target.isEmpty()) {
      return List.of(kinds).contains("FIELD"); // every declaration, no type
    }
    for (AnnotationValue value : target.get().getElementValues().values()) {
      Object listed = value.getValue();
      List<?> items = listed instanceof List<?> list ? list : List.of(value);
      for (Object kind : items) {
        String name =
            ((VariableElement) ((AnnotationValue) kind).getValue()).getSimpleName().toString();
        if (List.of(kinds).contains(name)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The annotation as a person writes it: {@code @Size(min=3)}, without the package. */
  static String written(AnnotationMirror mirror) {
    String text = mirror.toString();
    String qualified = "@" + qualifiedName(mirror);
    String values = text.startsWith(qualified) ? text.substring(qualified.length()) : "";
    return "@" + simpleName(mirror) + values;
  }

  static Optional<AnnotationMirror> find(AnnotatedConstruct construct, String qualifiedName) {
    for (AnnotationMirror mirror : construct.getAnnotationMirrors()) {
      if (qualifiedName(mirror).equals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  static String qualifiedName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  static String simpleName(AnnotationMirror mirror) {
    return mirror.getAnnotationType().asElement().getSimpleName().toString();
  }

  /** The explicit or default value of {@code name}. */
  static AnnotationValue value(Elements elements, AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    throw new IllegalArgumentException(qualifiedName(mirror) + " has no attribute " + name);
  }

  /** The value of {@code name} only if written in the source, for reporting at it. */
  static AnnotationValue explicitValue(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  static String string(Elements elements, AnnotationMirror mirror, String name) {
    return (String) value(elements, mirror, name).getValue();
  }

  static List<String> strings(Elements elements, AnnotationMirror mirror, String name) {
    Object value = value(elements, mirror, name).getValue();
    List<String> strings = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        strings.add((String) ((AnnotationValue) item).getValue());
      }
    } else {
      strings.add((String) value);
    }
    return strings;
  }

  /** The name of an enum constant value, e.g. {@code READ_ONLY}. */
  static String enumName(Elements elements, AnnotationMirror mirror, String name) {
    return ((VariableElement) value(elements, mirror, name).getValue()).getSimpleName().toString();
  }

  /**
   * Whether any of the constructs carries an annotation named {@code Nullable}, from whichever
   * package (JSpecify, Jakarta, javax, JetBrains, Checker Framework...), as a declaration or
   * type-use annotation.
   */
  static boolean anyNullable(AnnotatedConstruct... constructs) {
    for (AnnotatedConstruct construct : constructs) {
      if (construct == null) {
        continue;
      }
      for (AnnotationMirror mirror : construct.getAnnotationMirrors()) {
        if (simpleName(mirror).equals("Nullable")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the annotation's type is itself annotated with {@code metaAnnotation}. */
  static boolean isMetaAnnotated(AnnotationMirror mirror, String metaAnnotation) {
    Element type = mirror.getAnnotationType().asElement();
    return find(type, metaAnnotation).isPresent();
  }
}
