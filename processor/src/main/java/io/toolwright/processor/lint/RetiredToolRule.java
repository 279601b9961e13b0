package io.toolwright.processor.lint;

import io.toolwright.processor.diagnostics.Diagnostics;
import io.toolwright.processor.diagnostics.Message;
import io.toolwright.processor.model.RetiredToolDeclaration;
import io.toolwright.processor.model.ToolClass;
import java.time.LocalDate;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * {@code retired-tool}: a {@code @RetiredTool} whose {@code until} date is past. The replacement
 * was meant to be in use by then; the declaration only keeps answering callers that never moved.
 */
public final class RetiredToolRule {
  private RetiredToolRule() {}

  /** @param today the build's date ({@code -Atoolwright.today}, else the system date) */
  public static void check(ToolClass toolClass, LocalDate today, Diagnostics diagnostics) {
    for (RetiredToolDeclaration declaration : toolClass.retired()) {
      if (declaration.until() == null || !today.isAfter(declaration.until())) {
        continue;
      }
      AnnotationValue until = null;
      for (var entry : declaration.annotation().getElementValues().entrySet()) {
        ExecutableElement attribute = entry.getKey();
        if (attribute.getSimpleName().contentEquals("until")) {
          until = entry.getValue();
        }
      }
      diagnostics.reportAt(Message.RETIRED_TOOL_OVERDUE, toolClass.element(), declaration.annotation(), until,
          declaration.tool().name(), declaration.tool().replacement(), declaration.tool().until(), today);
    }
  }
}
