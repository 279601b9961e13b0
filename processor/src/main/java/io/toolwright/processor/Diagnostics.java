package io.toolwright.processor;

import java.util.function.BiConsumer;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The one place diagnostics go out. It counts errors so the pipeline can tell whether a class it
 * just read is broken (and must be abandoned) without every reader returning a status.
 */
public final class Diagnostics {

  private final Messager messager;
  private int errors;

  public Diagnostics(Messager messager) {
    this.messager = messager;
  }

  /** Reports {@code message} at {@code element}. */
  public void report(Message message, Element element, Object... args) {
    count(message);
    messager.printMessage(message.kind(), message.format(args), element);
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
    count(message);
    if (value == null) {
      messager.printMessage(message.kind(), message.format(args), element, annotation);
    } else {
      messager.printMessage(message.kind(), message.format(args), element, annotation, value);
    }
  }

  /**
   * Reports through another channel (a source tree position, where there is no element), still
   * counted and rendered like every other message.
   */
  public void reportWith(
      Message message, BiConsumer<Diagnostic.Kind, String> printer, Object... args) {
    count(message);
    printer.accept(message.kind(), message.format(args));
  }

  /** How many errors were reported so far, in all rounds. */
  public int errorCount() {
    return errors;
  }

  private void count(Message message) {
    if (message.kind() == Diagnostic.Kind.ERROR) {
      errors++;
    }
  }
}
