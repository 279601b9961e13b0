package io.toolwright;

import io.toolwright.spi.ApprovalHandler;
import io.toolwright.spi.ExecutionClock;
import io.toolwright.spi.Fallback;
import io.toolwright.spi.IdempotencyStore;
import io.toolwright.spi.ToolPermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Function;

/**
 * How a {@link ToolRegistry} runs the calls of a model response: where (an {@link Executor}), how
 * many reads at once, the caps on calls and results, time-outs, attempts and fallbacks. An
 * immutable value; set one with {@link ToolRegistry.Builder#execution}. Every knob and its default
 * is in docs/api.md, "Executing calls".
 *
 * <pre>{@code
 * ExecutionPolicy policy = ExecutionPolicy.builder()
 *     .executor(pool)                              // reads in parallel; Java 21: virtual threads
 *     .maxParallelReads(8)
 *     .timeout("find_invoices", Duration.ofSeconds(5))
 *     .transientFailures(java.net.SocketTimeoutException.class)
 *     .fallback(Fallback.message("Tell the user billing is unavailable and to try later."))
 *     .build();
 * }</pre>
 */
public final class ExecutionPolicy {

  /** The most attempts per call, in total: "3 retries" means 3 attempts, as in Resilience4j. */
  public static final int MAX_ATTEMPTS = 3;

  /** The smallest result cap: room for the truncation marker and some of the result. */
  public static final int MIN_RESULT_BYTES = 1024;

  /**
   * In a holder: an application that builds its own policy (as most set one) does not build this
   * one too when the class initialises.
   */
  private static final class Defaults {
    static final ExecutionPolicy POLICY = builder().build();
  }

  private final Executor executor;
  private final int maxParallelReads;
  private final int maxCallsPerResponse;
  private final int maxCallsPerTool;
  private final int maxCallsPerConversation;
  private final int maxResultBytes;
  private final Map<String, Integer> resultBytesByTool;
  private final Duration timeout;
  private final Map<String, Duration> timeoutsByTool;
  private final int maxAttempts;
  private final List<Class<? extends Throwable>> transientFailures;
  private final List<Class<? extends Throwable>> unavailableFailures;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  /** {@code null} for {@link ThreadLocalRandom}. */
  private final DoubleSupplier jitter;
  /** {@code null} for {@link ExecutionClock#system()}. */
  private final ExecutionClock clock;
  private final Fallback fallback;
  private final Map<String, Fallback> fallbacksByTool;
  /** {@code null} for {@link ToolPermissions#all()}. */
  private final ToolPermissions permissions;
  private final IdempotencyStore idempotency;
  private final ApprovalHandler approvals;
  /** {@code null} for the default, one principal for everyone ({@code ""}). */
  private final Function<ToolContext, String> principal;
  /** {@code null} for {@link Clock#systemUTC()}. */
  private final Clock wallClock;

  private ExecutionPolicy(Builder builder) {
    this.executor = builder.executor;
    this.maxParallelReads = builder.maxParallelReads;
    this.maxCallsPerResponse = builder.maxCallsPerResponse;
    this.maxCallsPerTool = builder.maxCallsPerTool;
    this.maxCallsPerConversation = builder.maxCallsPerConversation;
    this.maxResultBytes = builder.maxResultBytes;
    this.resultBytesByTool = Map.copyOf(builder.resultBytesByTool);
    this.timeout = builder.timeout;
    this.timeoutsByTool = Map.copyOf(builder.timeoutsByTool);
    this.maxAttempts = builder.maxAttempts;
    this.transientFailures = List.copyOf(builder.transientFailures);
    this.unavailableFailures = List.copyOf(builder.unavailableFailures);
    this.initialBackoff = builder.initialBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.jitter = builder.jitter;
    this.clock = builder.clock;
    this.fallback = builder.fallback;
    this.fallbacksByTool = Map.copyOf(builder.fallbacksByTool);
    this.permissions = builder.permissions;
    this.idempotency = builder.idempotency;
    this.approvals = builder.approvals;
    this.principal = builder.principal;
    this.wallClock = builder.wallClock;
  }

  /** The defaults: calls on the calling thread, no time-outs, no retries; caps as documented. */
  public static ExecutionPolicy defaults() {
    return Defaults.POLICY;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Where tool methods run; {@code null} for the calling thread. */
  Executor executor() {
    return executor;
  }

  int maxParallelReads() {
    return maxParallelReads;
  }

  /** The most calls of one model response that run; the rest get {@link ErrorCode#TOO_MANY_CALLS}. */
  public int maxCallsPerResponse() {
    return maxCallsPerResponse;
  }

  /** The most calls to one tool in a {@link Conversation}. */
  public int maxCallsPerTool() {
    return maxCallsPerTool;
  }

  /** The most calls in total in a {@link Conversation}. */
  public int maxCallsPerConversation() {
    return maxCallsPerConversation;
  }

  /** The cap on the JSON bytes of a result of {@code tool}. */
  int maxResultBytes(String tool) {
    return resultBytesByTool.getOrDefault(tool, maxResultBytes);
  }

  /** The time-out of {@code tool}; {@code null} for none. */
  Duration timeout(String tool) {
    return timeoutsByTool.getOrDefault(tool, timeout);
  }

  int maxAttempts() {
    return maxAttempts;
  }

  /** Whether a failure the tool threw is worth another attempt. */
  boolean isTransient(Throwable thrown) {
    return isAny(thrown, transientFailures);
  }

  /** Whether a failure the tool threw says it is unavailable: the fallback answers at once. */
  boolean isUnavailable(Throwable thrown) {
    return isAny(thrown, unavailableFailures);
  }

  private static boolean isAny(Throwable thrown, List<Class<? extends Throwable>> types) {
    for (Class<? extends Throwable> type : types) {
      if (type.isInstance(thrown)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The wait before attempt {@code next} (2 or 3): exponential from the initial back-off, capped,
   * with "equal jitter" (half fixed, half random), so that instances retrying together spread out.
   */
  Duration backoff(int next) {
    long base = initialBackoff.toNanos() << Math.min(next - 2, 20);
    long capped = Math.min(Math.max(base, 0), maxBackoff.toNanos());
    double drawn = jitter == null ? ThreadLocalRandom.current().nextDouble() : jitter.getAsDouble();
    double random = Math.min(Math.max(drawn, 0.0), 1.0);
    return Duration.ofNanos(capped / 2 + (long) (random * (capped / 2)));
  }

  ExecutionClock clock() {
    return clock != null ? clock : ExecutionClock.system();
  }

  /** The fallback for {@code tool}; {@code null} for none. */
  Fallback fallback(String tool) {
    return fallbacksByTool.getOrDefault(tool, fallback);
  }

  ToolPermissions permissions() {
    return permissions != null ? permissions : ToolPermissions.all();
  }

  /** {@code null} when writes are not kept by call id. */
  IdempotencyStore idempotency() {
    return idempotency;
  }

  /** {@code null} when destructive calls are refused. */
  ApprovalHandler approvals() {
    return approvals;
  }

  String principal(ToolContext context) {
    return principal == null
        ? ""
        : Objects.requireNonNull(principal.apply(context), "the principal function returned null");
  }

  Clock wallClock() {
    return wallClock != null ? wallClock : Clock.systemUTC();
  }

  @Override
  public String toString() {
    return "ExecutionPolicy[executor="
        + (executor == null ? "calling thread" : executor.getClass().getSimpleName())
        + ", maxParallelReads="
        + maxParallelReads
        + ", maxCallsPerResponse="
        + maxCallsPerResponse
        + ", maxCallsPerTool="
        + maxCallsPerTool
        + ", maxCallsPerConversation="
        + maxCallsPerConversation
        + ", maxResultBytes="
        + maxResultBytes
        + ", timeout="
        + timeout
        + ", maxAttempts="
        + maxAttempts
        + ", transientFailures="
        + transientFailures.stream().map(Class::getSimpleName).toList()
        + "]";
  }

  /** Builds an {@link ExecutionPolicy}. Not thread-safe; the policy it builds is. */
  public static final class Builder {
    private Executor executor;
    private int maxParallelReads = 4;
    private int maxCallsPerResponse = 32;
    private int maxCallsPerTool = 40;
    private int maxCallsPerConversation = 150;
    private int maxResultBytes = 100_000;
    private final Map<String, Integer> resultBytesByTool = new HashMap<>();
    private Duration timeout;
    private final Map<String, Duration> timeoutsByTool = new HashMap<>();
    private int maxAttempts = MAX_ATTEMPTS;
    private final Set<Class<? extends Throwable>> transientFailures = new LinkedHashSet<>();
    private final Set<Class<? extends Throwable>> unavailableFailures = new LinkedHashSet<>();
    private Duration initialBackoff = Duration.ofMillis(200);
    private Duration maxBackoff = Duration.ofSeconds(2);
    // The two defaults are null rather than lambdas: each lambda would be a class spun on the
    // first builder of a cold JVM, which every registry makes (ExecutionPolicy.defaults()). The
    // clocks' and the permissions' defaults are null too, taken where they are used: their
    // classes are loaded only when calls run, not when a registry is built.
    private DoubleSupplier jitter;
    private ExecutionClock clock;
    private Fallback fallback;
    private final Map<String, Fallback> fallbacksByTool = new HashMap<>();
    private ToolPermissions permissions;
    private IdempotencyStore idempotency;
    private ApprovalHandler approvals;
    private Function<ToolContext, String> principal;
    private Clock wallClock;

    private Builder() {}

    /**
     * Where tool methods run. Unless set, on the thread that calls {@code execute}, one call after
     * another; with an executor, consecutive read-only calls run in parallel (up to {@link
     * #maxParallelReads}) and a time-out returns on time even when the tool ignores the interrupt.
     * One exception: a blocking {@code execute} of a response that runs a single call runs it on
     * the calling thread (two thread switches saved), unless it is a read with a time-out, whose
     * answer must come on time; its time-out interrupts it there. The registry never shuts it down. On Java 21 and later, {@code
     * Executors.newVirtualThreadPerTaskExecutor()} is a good choice.
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /** How many read-only calls run at once on the executor; 4 unless set. */
    public Builder maxParallelReads(int max) {
      this.maxParallelReads = atLeast(1, max, "maxParallelReads");
      return this;
    }

    /** The most calls of one model response that run; 32 unless set. */
    public Builder maxCallsPerResponse(int max) {
      this.maxCallsPerResponse = atLeast(1, max, "maxCallsPerResponse");
      return this;
    }

    /** The most calls to one tool in one {@link Conversation}; 40 unless set. */
    public Builder maxCallsPerTool(int max) {
      this.maxCallsPerTool = atLeast(1, max, "maxCallsPerTool");
      return this;
    }

    /** The most calls in total in one {@link Conversation}; 150 unless set. */
    public Builder maxCallsPerConversation(int max) {
      this.maxCallsPerConversation = atLeast(1, max, "maxCallsPerConversation");
      return this;
    }

    /** The cap on a result's JSON, in UTF-8 bytes, for every tool; 100,000 unless set. */
    public Builder maxResultBytes(int max) {
      this.maxResultBytes = atLeast(MIN_RESULT_BYTES, max, "maxResultBytes");
      return this;
    }

    /** The cap on the results of one tool, overriding {@link #maxResultBytes(int)}. */
    public Builder maxResultBytes(String tool, int max) {
      resultBytesByTool.put(
          Objects.requireNonNull(tool, "tool"), atLeast(MIN_RESULT_BYTES, max, "maxResultBytes"));
      return this;
    }

    /** The time-out of every tool; none unless set. */
    public Builder timeout(Duration timeout) {
      this.timeout = positive(timeout);
      return this;
    }

    /** The time-out of one tool, overriding {@link #timeout(Duration)}. */
    public Builder timeout(String tool, Duration timeout) {
      timeoutsByTool.put(Objects.requireNonNull(tool, "tool"), positive(timeout));
      return this;
    }

    /**
     * The most attempts per call, 1 to {@value ExecutionPolicy#MAX_ATTEMPTS} (the default), counted
     * across the responses of a {@link Conversation} too.
     */
    public Builder maxAttempts(int max) {
      if (max < 1 || max > MAX_ATTEMPTS) {
        throw new IllegalArgumentException(
            "maxAttempts must be 1 to " + MAX_ATTEMPTS + ", not " + max);
      }
      this.maxAttempts = max;
      return this;
    }

    /**
     * The exceptions (and their subclasses) after which a tool may be called again: a dropped
     * connection, a lock time-out. None unless set, so nothing is retried. Only read-only tools and
     * tools declared {@code @Tool(idempotent = true)} are retried.
     */
    @SafeVarargs
    public final Builder transientFailures(Class<? extends Throwable>... types) {
      for (Class<? extends Throwable> type : types) {
        transientFailures.add(Objects.requireNonNull(type, "type"));
      }
      return this;
    }

    /**
     * The exceptions (and their subclasses) by which a tool says it is unavailable (an open circuit
     * breaker, a service in maintenance): the call is not tried again and the {@link
     * #fallback(Fallback) fallback} answers at once, {@link ErrorCode#TOOL_UNAVAILABLE}. None
     * unless set; checked before {@link #transientFailures}.
     */
    @SafeVarargs
    public final Builder unavailableFailures(Class<? extends Throwable>... types) {
      for (Class<? extends Throwable> type : types) {
        unavailableFailures.add(Objects.requireNonNull(type, "type"));
      }
      return this;
    }

    /**
     * The wait before the second attempt, doubling before the third, never more than {@code max};
     * each wait is between half and all of that, at random. 200 ms and 2 s unless set.
     */
    public Builder backoff(Duration initial, Duration max) {
      this.initialBackoff = positive(initial);
      this.maxBackoff = positive(max);
      return this;
    }

    /** The random source of back-off jitter, values in [0, 1]; for tests. */
    public Builder jitter(DoubleSupplier jitter) {
      this.jitter = Objects.requireNonNull(jitter, "jitter");
      return this;
    }

    /** The clock, timer and sleeper; {@link ExecutionClock#system()} unless set. For tests. */
    public Builder clock(ExecutionClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** What the model is told when any tool's attempts are spent; a plain error unless set. */
    public Builder fallback(Fallback fallback) {
      this.fallback = Objects.requireNonNull(fallback, "fallback");
      return this;
    }

    /** The fallback of one tool, overriding {@link #fallback(Fallback)}. */
    public Builder fallback(String tool, Fallback fallback) {
      fallbacksByTool.put(
          Objects.requireNonNull(tool, "tool"), Objects.requireNonNull(fallback, "fallback"));
      return this;
    }

    /**
     * Which tools and calls the principal in the {@link ToolContext} may use; every one unless set.
     * Also filters {@link ToolRegistry#definitions(ToolContext)}.
     */
    public Builder permissions(ToolPermissions permissions) {
      this.permissions = Objects.requireNonNull(permissions, "permissions");
      return this;
    }

    /**
     * Keeps the outcome of every write and destructive call by tool and call id, so that a call
     * made again with the same id replays it instead of running again; off unless set. {@link
     * IdempotencyStore#inMemory()} for one instance.
     */
    public Builder idempotency(IdempotencyStore store) {
      this.idempotency = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Decides on destructive calls; until set, they are refused with {@link
     * ErrorCode#APPROVAL_REQUIRED} and never run.
     */
    public Builder approvals(ApprovalHandler handler) {
      this.approvals = Objects.requireNonNull(handler, "handler");
      return this;
    }

    /**
     * Who a request acts for, from its context (a user id, an account): approvals are bound to it.
     * The empty string unless set.
     */
    public Builder principal(Function<ToolContext, String> principal) {
      this.principal = Objects.requireNonNull(principal, "principal");
      return this;
    }

    /** The wall clock approvals expire by; {@link Clock#systemUTC()} unless set. For tests. */
    public Builder wallClock(Clock clock) {
      this.wallClock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public ExecutionPolicy build() {
      return new ExecutionPolicy(this);
    }

    private static int atLeast(int least, int value, String name) {
      if (value < least) {
        throw new IllegalArgumentException(name + " must be at least " + least + ", not " + value);
      }
      return value;
    }

    private static Duration positive(Duration duration) {
      Objects.requireNonNull(duration, "duration");
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("a duration must be positive, not " + duration);
      }
      return duration;
    }
  }
}
