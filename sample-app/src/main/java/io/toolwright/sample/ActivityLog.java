package io.toolwright.sample;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The data-access log the support desk keeps: every read or change of customer data, whoever asked
 * for it. Keeps a count per action and customer, and only the most recent entries, so that it stays
 * small in a long-running process.
 */
public final class ActivityLog {

  /**
   * One access to customer data.
   *
   * @param at when it happened
   * @param customerId whose data it was
   * @param action what was done, such as {@code issue_refund}
   * @param detail a short, non-sensitive detail
   */
  public record Entry(Instant at, String customerId, String action, String detail) {}

  private static final int RECENT_LIMIT = 200;

  private final Clock clock;
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
  private final Deque<Entry> recent = new ArrayDeque<>();

  public ActivityLog(Clock clock) {
    this.clock = clock;
  }

  /** Records that {@code action} touched the data of {@code customer}. */
  public void record(CustomerId customer, String action, String detail) {
    // putIfAbsent, not computeIfAbsent with a lambda: this runs on every tool's first call.
    String key = key(customer.value(), action);
    LongAdder count = counts.get(key);
    if (count == null) {
      LongAdder fresh = new LongAdder();
      LongAdder earlier = counts.putIfAbsent(key, fresh);
      count = earlier != null ? earlier : fresh;
    }
    count.increment();
    Entry entry = new Entry(clock.instant(), customer.value(), action, detail);
    synchronized (recent) {
      if (recent.size() == RECENT_LIMIT) {
        recent.removeFirst();
      }
      recent.addLast(entry);
    }
  }

  /** How often {@code action} touched any customer's data. */
  public long count(String action) {
    String suffix = "|" + action;
    return counts.entrySet().stream()
        .filter(e -> e.getKey().endsWith(suffix))
        .mapToLong(e -> e.getValue().sum())
        .sum();
  }

  /** How often any action touched the data of {@code customerId}. */
  public long countFor(String customerId) {
    String prefix = customerId + "|";
    return counts.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix))
        .mapToLong(e -> e.getValue().sum())
        .sum();
  }

  /** The most recent entries, oldest first. */
  public List<Entry> recent() {
    synchronized (recent) {
      return List.copyOf(recent);
    }
  }

  /**
   * {@code concat}, not {@code +}: javac compiles {@code +} to an invokedynamic whose first use of a
   * shape spins method-handle classes (about ten on JDK 17), and this runs on every tool's first
   * call.
   */
  private static String key(String customerId, String action) {
    return customerId.concat("|").concat(action);
  }
}
