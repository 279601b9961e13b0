package conversion;

/**
 * Someone at a meeting.
 *
 * @param name their name
 * @param role what they do there
 * @param arrives when they arrive
 */
public record Attendee(String name, Role role, java.time.LocalTime arrives) {

  /** A role at a meeting. */
  public enum Role {
    HOST,
    GUEST
  }
}
