package io.toolwright.dispatch;

import io.toolwright.ArgumentProblem;
import java.util.List;

/**
 * Arguments that converted but break constraints the generated code checks itself: thrown by
 * {@link ConstraintChecks#throwIfAny(Object)}. The executor adds what Bean Validation finds in
 * {@link #arguments()}, when there is an arguments object, and reports them all as one {@code
 * INVALID_ARGUMENTS} error, as it reports Bean Validation's violations; the method is not called.
 */
@ForGeneratedCode
public final class ConstraintException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<ArgumentProblem> problems;
  private final transient Object arguments;

  ConstraintException(List<ArgumentProblem> problems, Object arguments) {
    // No message text from the arguments: this exception may be logged.
    super(
        problems.size() + (problems.size() == 1 ? " argument breaks" : " arguments break")
            + " a constraint",
        null,
        false,
        false);
    this.problems = List.copyOf(problems);
    this.arguments = arguments;
  }

  /** The broken constraints, in the order they were checked. */
  public List<ArgumentProblem> problems() {
    return problems;
  }

  /** The tool's generated arguments object, for Bean Validation; {@code null} when there is none. */
  public Object arguments() {
    return arguments;
  }
}
