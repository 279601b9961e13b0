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
   * The annotations of several elements declaring one property (a bean's field, getter and setter),
   * the first of each type winning.
   */
  static List<Owned> merged(List<? extends Element> declarations) {
    List<Owned> merged = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Element element : declarations) {
      for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
        if (seen.add(qualifiedName(mirror))) {
          merged.add(new Owned(element, mirror));
        }
      }
    }
    return merged;
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
