package io.toolwright.spi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** {@link IdempotencyStore#inMemory()}: one lock, a map from key to its entry. */
final class InMemoryIdempotencyStore implements IdempotencyStore {

  /** A claim: its fingerprint, when it was made, and its outcome once stored. */
  private record Entry(String fingerprint, Instant claimedAt, Outcome outcome) {}

  private final Map<String, Entry> entries = new HashMap<>();
  private final Duration lease;
  private final Clock clock;

  InMemoryIdempotencyStore(Duration lease, Clock clock) {
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("the claim lease must be positive: " + lease);
    }
    this.lease = lease;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public synchronized Claim claim(String key, String fingerprint) {
    Instant now = clock.instant();
    Entry entry = entries.get(key);
    if (entry == null) {
      entries.put(key, new Entry(fingerprint, now, null));
      return Claim.granted();
    }
    if (!entry.fingerprint().equals(fingerprint)) {
      return Claim.otherArguments();
    }
    if (entry.outcome() != null) {
      return Claim.completed(entry.outcome());
    }
    if (Duration.between(entry.claimedAt(), now).compareTo(lease) >= 0) {
      entries.put(key, new Entry(fingerprint, now, null));
      return Claim.takenOver();
    }
    return Claim.running();
  }

  @Override
  public synchronized void complete(String key, Outcome outcome) {
    Entry entry = entries.get(key);
    if (entry != null && entry.outcome() == null) {
      entries.put(key, new Entry(entry.fingerprint(), entry.claimedAt(), outcome));
    }
  }

  @Override
  public synchronized void release(String key) {
    Entry entry = entries.get(key);
    if (entry != null && entry.outcome() == null) {
      entries.remove(key);
    }
  }
}
