package io.toolwright.processor.lint;

import io.toolwright.processor.diagnostics.Diagnostics;
import io.toolwright.processor.diagnostics.Message;
import io.toolwright.processor.model.ToolMethod;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Reports a finding about a tool's description where the description is written: at the value of
 * {@code @Tool(description = ...)} when it is set there, so an IDE underlines the string; at the
 * method (whose Javadoc javac cannot point into) otherwise. A finding about the name, likewise at
 * {@code @Tool(name = ...)}.
 */
final class ToolSite {

  private ToolSite() {}

  static void report(Message message, ToolMethod tool, Diagnostics diagnostics, Object... args) {
    reportAt("description", message, tool, diagnostics, args);
  }

  /** At the value of {@code @Tool(name = ...)} when the name is set there, else at the method. */
  static void reportAtName(
      Message message, ToolMethod tool, Diagnostics diagnostics, Object... args) {
    reportAt("name", message, tool, diagnostics, args);
  }

  private static void reportAt(
      String attribute,
      Message message,
      ToolMethod tool,
      Diagnostics diagnostics,
      Object... args) {
    for (AnnotationMirror mirror : tool.element().getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (!type.getQualifiedName().contentEquals("io.toolwright.annotation.Tool")) {
        continue;
      }
      for (var entry : mirror.getElementValues().entrySet()) {
        if (entry.getKey().getSimpleName().contentEquals(attribute)) {
          diagnostics.reportAt(message, tool.element(), mirror, entry.getValue(), args);
          return;
        }
      }
    }
    diagnostics.report(message, tool.element(), args);
  }
}
