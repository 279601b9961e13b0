package io.toolwright.processor.diagnostics;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Collects what the readers find wrong with one tool class, for its {@link ValidationReport}.
 * Nothing is printed here: the pipeline applies options and suppressions to the finished report,
 * prints it, and decides from it whether the class is written.
 */
public final class Diagnostics {

  private final List<ValidationReport.Item> items = new ArrayList<>();

  /** Reports {@code message} at {@code element}. */
  public void report(Message message, Element element, Object... args) {
    items.add(new ValidationReport.Item(message, message.format(args), element, null, null));
  }

  /**
   * Reports {@code message} at an annotation on {@code element}, and at one of its values when
   * {@code value} is not {@code null}, so IDEs underline exactly the bad attribute.
   */
  public void reportAt(
      Message message,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Object... args) {
    items.add(new ValidationReport.Item(message, message.format(args), element, annotation, value));
  }

  /**
   * Whether {@code @SuppressWarnings("toolwright:<rule>")} (or {@code @SuppressLint}) on {@code
   * element} or an element enclosing it silences {@code message}: for a rule that follows a tool
   * into the records it takes, where suppressing the tool must silence those findings too.
   */
  public boolean suppressed(Message message, Element element) {
    return message.configurable() && Suppressions.suppressed(element, message.rule());
  }

  /** What was reported so far, in order. */
  public ValidationReport toReport() {
    return new ValidationReport(items);
  }
}
