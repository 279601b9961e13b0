package io.toolwright;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The problems the structural check and the context guard find in one call's arguments: every
 * one is counted, only the first {@value CallExecutor#MAX_PROBLEMS} are built and listed. A model
 * sends as many wrong values as fit in a megabyte, and an error lists no more, so building the rest
 * (a pointer, a description, an excerpt each) would only cost memory. Conversion's problems are
 * {@link io.toolwright.dispatch.Problems}, which generated code fills.
 *
 * <pre>{@code
 * if (problems.count()) {
 *   problems.add(ArgumentProblem.of(pointer, expected, actual));
 * }
 * }</pre>
 */
final class StructuralProblems {

  private final int limit = CallExecutor.MAX_PROBLEMS;
  /** Made for the first problem: most calls have none. */
  private List<ArgumentProblem> listed;
  private int total;
  private int built;

  /**
   * Counts one more problem.
   *
   * @return whether it is among the listed ones: build it then, and {@link #add} it
   */
  boolean count() {
    total++;
    return total <= limit;
  }

  /** Lists a problem that {@link #count()} said is listed. */
  void add(ArgumentProblem problem) {
    built++;
    if (listed == null) {
      listed = new ArrayList<>();
    }
    if (listed.size() < limit) {
      listed.add(problem);
    }
  }

  boolean isEmpty() {
    return total == 0;
  }

  /** How many problems there are, listed or not. */
  int total() {
    return total;
  }

  /** The first problems, at most {@code limit}, in the order found. */
  List<ArgumentProblem> listed() {
    return listed == null ? List.of() : Collections.unmodifiableList(listed);
  }

  /** How many problems were built, for tests: never more than the listed ones. */
  int built() {
    return built;
  }
}
