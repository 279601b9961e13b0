package conversion;

import io.toolwright.ToolException;
import java.time.Duration;
import java.time.LocalTime;

/**
 * A time slot.
 *
 * @param start when it starts
 * @param length how long it lasts
 */
public record Slot(LocalTime start, Duration length) {
  public Slot {
    if (length.isNegative()) {
      throw new ToolException("length must be positive");
    }
  }
}
