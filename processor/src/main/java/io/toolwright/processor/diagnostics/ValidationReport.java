package io.toolwright.processor.diagnostics;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Everything found wrong with one tool class, in the order found. A value: whether the class is
 * abandoned follows from its items once a {@link Reporter} has applied options and suppressions.
 */
public record ValidationReport(List<Item> items) {

  public ValidationReport {
    items = List.copyOf(items);
  }

  /**
   * One finding.
   *
   * @param text the formatted message, rule key and fix included
   * @param element where it is reported
   * @param annotation the annotation on {@code element} it concerns, or {@code null}
   * @param value the annotation's value it concerns, or {@code null}
   */
  public record Item(
      Message message,
      String text,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value) {}
}
