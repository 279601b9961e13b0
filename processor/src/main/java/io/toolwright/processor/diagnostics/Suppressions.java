package io.toolwright.processor.diagnostics;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * {@code @SuppressWarnings("toolwright:<rule>")} on an element or any element enclosing it (method,
 * class, outer class). The annotation is kept in source only, so it is seen on classes
 * compiled in this compilation, which are the ones diagnostics point at. Java allows no
 * {@code @SuppressWarnings} on a package, so there {@code @SuppressLint("toolwright:<rule>")} in
 * {@code package-info.java} does the same.
 */
final class Suppressions {

  static final String PREFIX = "toolwright:";

  private Suppressions() {}

  static boolean suppressed(Element element, String rule) {
    for (Element current = element; current != null; current = current.getEnclosingElement()) {
      if (names(current, PREFIX + rule)) {
        return true;
      }
    }
    return false;
  }

  private static boolean names(Element element, String key) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (!type.getQualifiedName().contentEquals("java.lang.SuppressWarnings")
          && !type.getQualifiedName().contentEquals("io.toolwright.annotation.SuppressLint")) {
        continue;
      }
      for (var entry : mirror.getElementValues().entrySet()) {
        ExecutableElement attribute = entry.getKey();
        if (attribute.getSimpleName().contentEquals("value")
            && entry.getValue().getValue() instanceof List<?> values) {
          for (Object value : values) {
            if (value instanceof AnnotationValue text && key.equals(text.getValue())) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }
}
