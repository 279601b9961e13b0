package io.toolwright.dispatch;

import io.toolwright.ArgumentProblem;

/**
 * A value that passed the schema's structural check but cannot become the Java value the method
 * needs. The executor reports it as an {@code INVALID_ARGUMENTS} error; the method is not called.
 */
@ForGeneratedCode
public final class ArgumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ArgumentProblem problem;

  public ArgumentException(String pointer, String expected, String actual) {
    super(pointer + ": expected " + expected, null, false, false);
    this.problem = ArgumentProblem.of(pointer, expected, actual);
  }

  public ArgumentProblem problem() {
    return problem;
  }
}
