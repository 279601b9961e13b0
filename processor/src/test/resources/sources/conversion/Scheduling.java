package conversion;

import io.toolwright.annotation.Tool;
import java.time.LocalTime;
import java.util.List;

/** Tools whose arguments fail conversion in many ways at once. */
public class Scheduling {

  /** Where a meeting's attendees sit. */
  public enum Room {
    NORTH,
    SOUTH
  }

  /**
   * Books a meeting.
   *
   * @param slot when
   * @param fallback when, if the slot is taken
   * @param attendees who comes
   * @param room where
   */
  @Tool
  public String book(Slot slot, Slot fallback, List<Attendee> attendees, Room room) {
    return "booked " + slot + " " + fallback + " " + attendees + " " + room;
  }

  /**
   * Orders a quantity.
   *
   * @param qty how many
   */
  @Tool
  public String order(Qty qty) {
    return "ordered " + qty.n();
  }

  /**
   * Updates a profile.
   *
   * @param profile the new profile
   */
  @Tool
  public String update(Profile profile) {
    return "updated " + profile.getHandle();
  }

  /**
   * Scales numbers.
   *
   * @param factor a double
   * @param ratio a float
   * @param boxed a boxed double
   * @param count an int
   * @param total a long
   */
  @Tool
  public String scale(double factor, float ratio, Double boxed, int count, long total) {
    return factor + " " + ratio + " " + boxed + " " + count + " " + total;
  }

  /**
   * Lists times.
   *
   * @param times some times of day
   */
  @Tool
  public String times(List<LocalTime> times) {
    return times.toString();
  }
}
