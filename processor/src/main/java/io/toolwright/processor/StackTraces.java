package io.toolwright.processor;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A stack trace for a bug report: each exception of the cause chain with its first frames, so that
 * the cause survives however deep the caller's stack is, and a deep trace cannot flood the build
 * log.
 */
final class StackTraces {

  static final int MAX_FRAMES = 30;
  static final int MAX_CAUSES = 4;

  private StackTraces() {}

  /** Like {@link Throwable#printStackTrace()}, bounded per exception and in causes. */
  static String bounded(Throwable error) {
    StringBuilder out = new StringBuilder();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Throwable current = error;
    for (int causes = 0; current != null && seen.add(current); causes++) {
      if (causes > MAX_CAUSES) {
        out.append("\n\t... more causes");
        break;
      }
      out.append(causes == 0 ? "" : "\nCaused by: ").append(current);
      StackTraceElement[] frames = current.getStackTrace();
      int shown = Math.min(frames.length, MAX_FRAMES);
      for (int i = 0; i < shown; i++) {
        out.append("\n\tat ").append(frames[i]);
      }
      if (frames.length > shown) {
        out.append("\n\t... ").append(frames.length - shown).append(" more");
      }
      current = current.getCause();
    }
    return out.toString();
  }
}
