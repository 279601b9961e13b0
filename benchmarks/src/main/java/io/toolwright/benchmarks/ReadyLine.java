package io.toolwright.benchmarks;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * What every {@link Comparison} child prints when its work is done: the ready line, which stops the
 * parent's clock, then its peak resident set.
 *
 * <p>Its own class, with nothing to initialise and no lambda, regular expression or string
 * concatenation, and outside {@code Comparison} (whose static lambdas would start with it): each of
 * those costs a cold JVM milliseconds the first time, so a ready line that used them would add that
 * cost to the empty {@code main} and hide it in every child that had already paid it, flattering
 * every ratio against the empty {@code main}.
 */
final class ReadyLine {
  static final String READY = "ready";

  private ReadyLine() {}

  /**
   * Prints the ready line, then the process's peak resident set so far (Linux's {@code VmHWM}, in
   * kB; -1 elsewhere), which the parent reads after it stopped the clock.
   */
  static void print() {
    System.out.println(READY);
    System.out.println(peakResidentKilobytes());
  }

  /** {@code VmHWM} of {@code /proc/self/status}, read by hand for the reasons above. */
  static long peakResidentKilobytes() {
    byte[] status;
    try (InputStream in = new FileInputStream("/proc/self/status")) {
      status = in.readAllBytes();
    } catch (IOException notLinux) {
      return -1;
    }
    String text = new String(status, StandardCharsets.ISO_8859_1);
    int field = text.indexOf("VmHWM:");
    if (field < 0) {
      return -1;
    }
    long kilobytes = 0;
    boolean digits = false;
    for (int i = field + "VmHWM:".length(); i < text.length() && text.charAt(i) != '\n'; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        kilobytes = kilobytes * 10 + (c - '0');
        digits = true;
      }
    }
    return digits ? kilobytes : -1;
  }
}
