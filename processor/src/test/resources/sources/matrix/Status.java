package matrix;

/** Status of a task. */
public enum Status {
  /** Not started yet. */
  OPEN,
  /** Being worked on */
  ACTIVE,
  DONE
}
