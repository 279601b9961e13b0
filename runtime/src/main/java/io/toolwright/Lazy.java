package io.toolwright;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value computed once, on first use, by whichever thread gets there first; safe to share.
 * Used for what only execution needs (the parser, Bean Validation, the result mapper), so that a
 * cold application that only lists its tools does not start them.
 */
final class Lazy<T> implements Supplier<T> {

  private Supplier<? extends T> compute;
  private volatile T value;

  Lazy(Supplier<? extends T> compute) {
    this.compute = Objects.requireNonNull(compute, "compute");
  }

  @Override
  public T get() {
    T result = value;
    if (result == null) {
      synchronized (this) {
        result = value;
        if (result == null) {
          result = Objects.requireNonNull(compute.get(), "a lazy value must not be null");
          value = result;
          compute = null; // let what it captured be collected
        }
      }
    }
    return result;
  }
}
