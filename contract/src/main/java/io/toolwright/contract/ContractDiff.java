package io.toolwright.contract;

import java.util.List;

/** The changes between a lock and a build, breaking ones first, each group in tool order. */
public record ContractDiff(List<Change> changes) {

  public ContractDiff {
    changes = List.copyOf(changes);
  }

  public List<Change> breaking() {
    return changes.stream().filter(c -> c.verdict() == Verdict.BREAKING).toList();
  }

  public List<Change> compatible() {
    return changes.stream().filter(c -> c.verdict() == Verdict.COMPATIBLE).toList();
  }

  public boolean isBreaking() {
    return !breaking().isEmpty();
  }
}
