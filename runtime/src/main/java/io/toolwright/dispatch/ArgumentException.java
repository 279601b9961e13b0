package io.toolwright.dispatch;

import io.toolwright.ArgumentProblem;
import java.util.List;

/**
 * Values that passed the schema's structural check but cannot become the Java values the method
 * needs, all of them: thrown by {@link Problems#throwIfAny()}. The executor reports them as one
 * {@code INVALID_ARGUMENTS} error; the method is not called.
 */
@ForGeneratedCode
public final class ArgumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<ArgumentProblem> problems;
  private final int total;

  /**
   * @param cause what the first refusing record constructor or bean setter threw, or {@code null}
   */
  ArgumentException(List<ArgumentProblem> problems, int total, Throwable cause) {
    // No message text from the arguments: this exception may be logged.
    super(
        total + (total == 1 ? " argument" : " arguments") + " cannot be converted",
        cause,
        false,
        false);
    this.problems = List.copyOf(problems);
    this.total = total;
  }

  /** The first {@value Problems#KEPT} problems, in the order they were found. */
  public List<ArgumentProblem> problems() {
    return problems;
  }

  /**
   * How many problems were found: more than {@link #problems()} holds when some were only counted.
   */
  public int total() {
    return total;
  }
}
