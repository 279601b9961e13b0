package io.toolwright.spi;

import java.util.HashMap;
import java.util.Map;

/** {@link IdempotencyStore#inMemory()}: one lock, a map from key to its entry. */
final class InMemoryIdempotencyStore implements IdempotencyStore {

  private record Entry(String fingerprint, Outcome outcome) {}

  private final Map<String, Entry> entries = new HashMap<>();

  @Override
  public synchronized Claim claim(String key, String fingerprint) {
    Entry entry = entries.get(key);
    if (entry == null) {
      entries.put(key, new Entry(fingerprint, null));
      return Claim.granted();
    }
    if (!entry.fingerprint().equals(fingerprint)) {
      return Claim.otherArguments();
    }
    return entry.outcome() == null ? Claim.running() : Claim.completed(entry.outcome());
  }

  @Override
  public synchronized void complete(String key, Outcome outcome) {
    Entry entry = entries.get(key);
    if (entry != null) {
      entries.put(key, new Entry(entry.fingerprint(), outcome));
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
