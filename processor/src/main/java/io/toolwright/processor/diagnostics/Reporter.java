package io.toolwright.processor.diagnostics;

import java.util.function.BiConsumer;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/**
 * Prints diagnostics with the severity this build gives their rules: options first, then
 * {@code @SuppressWarnings("toolwright:<rule>")} on the element or an element enclosing it. Rules
 * that cannot be changed (see {@link Message}) are printed as they are, suppressed or not.
 */
public final class Reporter {

  private final Messager messager;
  private final Severities severities;

  public Reporter(Messager messager, Severities severities) {
    this.messager = messager;
    this.severities = severities;
  }

  /**
   * Prints every item of {@code report}; returns whether one of them was printed as an error, in
   * which case nothing may be written for the class.
   */
  public boolean print(ValidationReport report) {
    boolean errors = false;
    for (ValidationReport.Item item : report.items()) {
      Severity severity = severityAt(item);
      if (severity == Severity.IGNORE) {
        continue;
      }
      errors |= severity == Severity.ERROR;
      if (item.annotation() == null) {
        messager.printMessage(severity.kind(), item.text(), item.element());
      } else if (item.value() == null) {
        messager.printMessage(severity.kind(), item.text(), item.element(), item.annotation());
      } else {
        messager.printMessage(
            severity.kind(), item.text(), item.element(), item.annotation(), item.value());
      }
    }
    return errors;
  }

  /**
   * Prints through another channel: a source tree position where there is no element, or no
   * position at all ({@code printer} ignoring it), with the severity of the message's rule.
   */
  public void printWith(
      Message message, BiConsumer<Diagnostic.Kind, String> printer, Object... args) {
    Severity severity = severities.of(message);
    if (severity != Severity.IGNORE) {
      printer.accept(severity.kind(), message.format(args));
    }
  }

  /** Prints a message about the whole compilation, such as a bad option. */
  public void printUnattached(Message message, Object... args) {
    printWith(message, messager::printMessage, args);
  }

  /** How {@code item} is printed in this build, options and suppressions applied. */
  public Severity severityAt(ValidationReport.Item item) {
    Message message = item.message();
    if (message.configurable()
        && item.element() != null
        && Suppressions.suppressed(item.element(), message.rule())) {
      return Severity.IGNORE;
    }
    return severities.of(message);
  }
}
