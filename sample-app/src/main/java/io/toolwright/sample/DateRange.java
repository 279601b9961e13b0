package io.toolwright.sample;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * An inclusive range of calendar days.
 *
 * @param from the first day of the range, such as 2025-01-01
 * @param to the last day of the range, inclusive; not before {@code from}
 */
public record DateRange(@NotNull LocalDate from, @NotNull LocalDate to) {

  /** Whether {@code day} lies in the range. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
