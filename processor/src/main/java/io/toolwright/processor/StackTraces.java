package io.toolwright.processor;

import java.io.PrintWriter;
import java.io.StringWriter;

/** A stack trace for a bug report, with its causes, bounded so that a deep one cannot flood the build log. */
final class StackTraces {

  static final int MAX_LINES = 60;

  private StackTraces() {}

  /** The trace as {@link Throwable#printStackTrace()} writes it, cut after {@link #MAX_LINES} lines. */
  static String bounded(Throwable error) {
    StringWriter out = new StringWriter();
    try (PrintWriter writer = new PrintWriter(out)) {
      error.printStackTrace(writer);
    }
    String[] lines = out.toString().split("\\R");
    if (lines.length <= MAX_LINES) {
      return String.join("\n", lines);
    }
    return String.join("\n", java.util.Arrays.copyOf(lines, MAX_LINES))
        + "\n\t... "
        + (lines.length - MAX_LINES)
        + " more lines";
  }
}
