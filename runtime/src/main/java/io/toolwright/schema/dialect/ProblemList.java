package io.toolwright.schema.dialect;

import io.toolwright.Dialect;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The problems found while rendering one tool, each (rule, pointer) once. */
final class ProblemList {

  private final Dialect dialect;
  private final List<DialectProblem> problems = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();

  ProblemList(Dialect dialect) {
    this.dialect = dialect;
  }

  void add(String rule, String pointer, String message, String fix) {
    if (seen.add(rule + " " + pointer)) {
      problems.add(new DialectProblem(dialect, rule, pointer, message, fix));
    }
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  List<DialectProblem> list() {
    return List.copyOf(problems);
  }
}
