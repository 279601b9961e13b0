package io.toolwright;

import java.util.Objects;

/**
 * One thing wrong with a model's arguments. A value: equal when pointer, expected and actual are.
 *
 * <p>A final class rather than a record, so that it can gain properties without breaking callers;
 * make one with {@link #of}.
 */
public final class ArgumentProblem {

  private final String pointer;
  private final String expected;
  private final String actual;

  ArgumentProblem(String pointer, String expected, String actual) {
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.expected = Objects.requireNonNull(expected, "expected");
    this.actual = actual;
  }

  /**
   * @param pointer the JSON pointer (RFC 6901) of the bad value within the arguments object; {@code
   *     ""} for the object itself
   * @param expected what the tool needs there, in words a model can act on
   * @param actual a bounded excerpt of what came, or {@code null} when nothing came
   */
  public static ArgumentProblem of(String pointer, String expected, String actual) {
    return new ArgumentProblem(pointer, expected, actual);
  }

  /**
   * The JSON pointer (RFC 6901) of the bad value within the arguments object; {@code ""} for the
   * object itself.
   */
  public String pointer() {
    return pointer;
  }

  /** What the tool needs there, in words a model can act on. */
  public String expected() {
    return expected;
  }

  /** A bounded excerpt of what came, or {@code null} when nothing came. */
  public String actual() {
    return actual;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ArgumentProblem that
        && pointer.equals(that.pointer)
        && expected.equals(that.expected)
        && Objects.equals(actual, that.actual);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, expected, actual);
  }

  /** Bounded and on one line, as these end up in logs: the pointer holds the model's names. */
  @Override
  public String toString() {
    return "ArgumentProblem[pointer="
        + Excerpts.text(pointer, Excerpts.LIMIT)
        + ", expected="
        + Excerpts.text(expected, Excerpts.MESSAGE_LIMIT)
        + ", actual="
        + actual
        + "]";
  }
}
