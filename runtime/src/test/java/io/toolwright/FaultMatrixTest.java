package io.toolwright;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.spi.ApprovalHandler;
import io.toolwright.spi.ExecutionClock;
import io.toolwright.spi.ExecutionListener;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The fault matrix: seeded random conversations (three responses of up to twelve calls, reads and
 * writes of {@link ScriptedTools} mixed) whose tools succeed, fail transiently or permanently, are
 * interrupted, return too much, are slow, or hang until their time-out interrupts them. For every
 * seed: one result per call id, in order; calls without a fault answered with success whatever their
 * siblings did; at most three attempts per call; no write that is not idempotent run more often than
 * it was called; and no executor thread alive after the executor is shut down.
 *
 * <p>Time-outs run on virtual time ({@link HangingClock}): a hanging tool is stopped as soon as
 * every attempt in flight hangs, and a tool that answers is never timed out, however slow the
 * machine; so every seed also checks that exactly the hanging attempts timed out. Back-off waits no
 * time. No real time-out is waited for, so a seed costs about a millisecond.
 *
 * <p>CI runs seeds 1..1000 ({@code -Dtoolwright.faultSeeds=N} for more, {@code
 * -Dtoolwright.faultSeed=N} for one); a summary line says seeds run, faults injected, results lost,
 * duplicate writes and time-outs. A failing seed is named in the failure and replays from its
 * number (thread timing aside: what each call does is fixed by the seed). See docs/runtime.md,
 * "Fault matrix".
 */
class FaultMatrixTest {

  /**
   * The time-out of every tool, in virtual time ({@link HangingClock}): it fires only when every
   * attempt in flight hangs, so it costs no real time and never stops a tool that answers.
   */
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private static final ScheduledExecutorService TIMER =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "fault-matrix-timer");
            thread.setDaemon(true);
            return thread;
          });

  @AfterAll
  static void stopTimer() {
    TIMER.shutdownNow();
  }

  enum Fault {
    NONE,
    TRANSIENT,
    PERMANENT,
    INTERRUPTED,
    OVERSIZED,
    SLOW,
    HANG
  }

  /** What a run of many seeds adds up to; printed at the end. */
  static final class Tally {
    long seeds;
    final AtomicLong faults = new AtomicLong();
    long resultsLost;
    long duplicateWrites;
    long timeouts;
    final List<String> failures = new ArrayList<>();
  }

  @Test
  void everySeedKeepsTheInvariants() {
    Tally tally = new Tally();
    Long one = Long.getLong("toolwright.faultSeed");
    long first = one != null ? one : 1;
    long last = one != null ? one : Long.getLong("toolwright.faultSeeds", 1000L);
    long started = System.nanoTime();
    Workers workers = new Workers();
    try {
      for (long seed = first; seed <= last; seed++) {
        tally.seeds++;
        List<String> problems = runSeed(seed, tally, workers.pool);
        String busy = workers.busyAfter(Duration.ofSeconds(5));
        if (busy != null) {
          problems.add(busy);
        }
        if (!problems.isEmpty()) {
          tally.failures.add("seed " + seed + ": " + problems);
          if (tally.failures.size() >= 10) {
            break;
          }
        }
      }
    } finally {
      List<String> leaked = workers.shutDown();
      if (!leaked.isEmpty()) {
        tally.failures.add("threads alive after shutdown: " + leaked);
      }
    }
    System.out.printf(
        "fault matrix: %d seeds run, %d faults injected, %d results lost, %d duplicate writes,"
            + " %d time-outs, %d failing seeds, %d ms%n",
        tally.seeds, tally.faults.get(), tally.resultsLost, tally.duplicateWrites,
        tally.timeouts, tally.failures.size(), (System.nanoTime() - started) / 1_000_000);
    assertThat(tally.failures)
        .as("replay one with -Dtoolwright.faultSeed=N")
        .isEmpty();
  }

  /** Runs one seed's conversation; returns what went wrong (nothing, when all is well). */
  static List<String> runSeed(long seed, Tally tally, ExecutorService pool) {
    Random random = new Random(seed);
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    ScriptedTools tools = new ScriptedTools();
    Map<String, Deque<Fault>> plans = new ConcurrentHashMap<>();
    HangingClock clock = new HangingClock(TIMEOUT, TIMER);
    AtomicInteger hangs = new AtomicInteger();
    int timeouts = 0;
    tools.body =
        (tool, key) -> act(key, next(plans, tool + ":" + key), tally, clock, hangs);
    Map<String, Integer> attemptsByCall = new ConcurrentHashMap<>();
    ToolRegistry registry =
        ToolRegistry.builder()
            .addAll(tools.bind())
            .listener(
                new ExecutionListener() {
                  @Override
                  public void onCall(CallEvent event) {
                    if (event.attempt() > 0) {
                      attemptsByCall.merge(event.callId(), 1, Integer::sum);
                    }
                  }
                })
            .execution(
                ExecutionPolicy.builder()
                    .executor(pool)
                    .maxParallelReads(1 + random.nextInt(4))
                    .maxCallsPerResponse(10)
                    .maxResultBytes(BatchInvariantsTest.RESULT_CAP)
                    .timeout(TIMEOUT)
                    .transientFailures(IOException.class)
                    .backoff(Duration.ofMillis(1), Duration.ofMillis(2))
                    .clock(clock)
                    .approvals(ApprovalHandler.approveAll())
                    .build())
            .build();
    Conversation conversation = Conversation.create();
    Map<String, Integer> callsByArguments = new HashMap<>();
    Set<String> neverFaulty = new HashSet<>();
    int id = 0;
    for (int response = 0; response < 3; response++) {
      List<ToolCall> calls = new ArrayList<>();
      Set<Integer> faultFree = new HashSet<>();
      int size = 1 + random.nextInt(12);
      for (int i = 0; i < size; i++) {
        String tool = BatchInvariantsTest.TOOLS.get(random.nextInt(4));
        String key = "k" + random.nextInt(5);
        Deque<Fault> plan =
            plans.computeIfAbsent(
                tool + ":" + key,
                ignored -> {
                  Deque<Fault> drawn = plan(random);
                  if (drawn.isEmpty()) {
                    neverFaulty.add(tool + ":" + key);
                  }
                  return drawn;
                });
        // Not one that failed earlier: attempts are counted across turns, too.
        if (neverFaulty.contains(tool + ":" + key) && i < 10) {
          faultFree.add(i);
        }
        calls.add(ScriptedTools.call("c" + id++, tool, key));
        if (i < 10) {
          callsByArguments.merge(tool + ":" + key, 1, Integer::sum);
        }
      }

      List<ToolResult> results = registry.execute(calls, ToolContext.empty(), conversation);
      Thread.interrupted(); // a tool's re-asserted interrupt, on the calling thread

      if (results.size() != calls.size()) {
        tally.resultsLost += Math.max(0, calls.size() - results.size());
        problems.add(calls.size() + " calls, " + results.size() + " results");
        continue;
      }
      for (int i = 0; i < calls.size(); i++) {
        ToolResult result = results.get(i);
        if (!result.callId().equals(calls.get(i).id())) {
          tally.resultsLost++;
          problems.add("result " + i + " has id " + result.callId());
        }
        if (result.contentBytes().length > BatchInvariantsTest.RESULT_CAP) {
          problems.add(result.callId() + " over the result cap");
        }
        if (faultFree.contains(i) && result.isError()) {
          problems.add(result.callId() + " had no fault but " + result.contentJson());
        }
        if (result.isError()) {
          ErrorCode code = Results.error(result).code();
          if (code == ErrorCode.TIMED_OUT || code == ErrorCode.OUTCOME_UNKNOWN) {
            timeouts++;
          }
        }
        if (i >= 10 && Results.error(result).code() != ErrorCode.TOO_MANY_CALLS) {
          problems.add(result.callId() + " over the response cap but " + result.contentJson());
        }
      }
    }
    // Every hang timed out, and nothing else did: a tool that answers never times out.
    tally.timeouts += timeouts;
    if (timeouts != hangs.get()) {
      problems.add(hangs.get() + " tools hung but " + timeouts + " calls timed out");
    }
    attemptsByCall.forEach(
        (call, attempts) -> {
          if (attempts > 3) {
            problems.add(call + " attempted " + attempts + " times");
          }
        });
    for (String write : List.of("update", "delete")) {
      for (int k = 0; k < 5; k++) {
        String arguments = write + ":k" + k;
        long runs;
        synchronized (tools.ran) {
          runs = tools.ran.stream().filter(arguments::equals).count();
        }
        long extra = runs - callsByArguments.getOrDefault(arguments, 0);
        if (extra > 0) {
          tally.duplicateWrites += extra;
          problems.add(arguments + " ran " + extra + " more times than called");
        }
      }
    }
    return problems;
  }

  /**
   * The executor the seeds share (starting four threads per seed cost more than the seed's calls).
   * After each seed no worker may still be busy: the runner answered every call, so a worker still
   * running a tool would be one it lost (a hanging tool it never interrupted). At the end, every
   * thread must stop when the pool shuts down.
   */
  private static final class Workers {
    private final List<Thread> threads = Collections.synchronizedList(new ArrayList<>());
    private final ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            4,
            4,
            0,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread thread = new Thread(task, "fault-matrix-" + (threads.size() + 1));
              threads.add(thread);
              return thread;
            });

    /**
     * {@code null} once no task is running or queued, within {@code patience} (a timed-out
     * worker ends just after its interrupt); else what is still busy.
     */
    String busyAfter(Duration patience) {
      long deadline = System.nanoTime() + patience.toNanos();
      while (pool.getActiveCount() > 0 || !pool.getQueue().isEmpty()) {
        if (System.nanoTime() > deadline) {
          return pool.getActiveCount() + " workers still busy, " + pool.getQueue().size() + " queued";
        }
        LockSupport.parkNanos(50_000);
      }
      return null;
    }

    /** The threads still alive a second after the pool shut down. */
    List<String> shutDown() {
      pool.shutdownNow();
      List<String> names = new ArrayList<>();
      try {
        if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
          names.add("(the executor did not terminate)");
        }
        synchronized (threads) {
          for (Thread thread : threads) {
            thread.join(1000);
            if (thread.isAlive()) {
              names.add(thread.getName());
            }
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return names;
    }
  }

  private static Fault next(Map<String, Deque<Fault>> plans, String call) {
    Deque<Fault> plan = plans.get(call);
    synchronized (plan) {
      return plan.isEmpty() ? Fault.NONE : plan.poll();
    }
  }

  /** Does what the fault says; the same (tool, key) meets its planned faults in turn. */
  private static Object act(
      String key, Fault fault, Tally tally, HangingClock clock, AtomicInteger hangs)
      throws Exception {
    if (fault != Fault.NONE) {
      tally.faults.incrementAndGet();
    }
    switch (fault) {
      case TRANSIENT -> throw new IOException("reset");
      case PERMANENT -> throw new IllegalStateException("bug");
      case INTERRUPTED -> throw new InterruptedException("stop");
      case OVERSIZED -> {
        return "x".repeat(BatchInvariantsTest.RESULT_CAP * 2);
      }
      case SLOW -> {
        // Later than its siblings, never timed out: the clock's time does not move for it.
        LockSupport.parkNanos(200_000);
        return key;
      }
      case HANG -> {
        hangs.incrementAndGet();
        clock.hang(); // until the time-out interrupts it
        throw new IllegalStateException("unreachable");
      }
      default -> {
        return key;
      }
    }
  }

  /**
   * Up to three faults for one (tool, key), each kind as likely; a quarter of the plans are empty,
   * so most batches mix faulty and clean calls.
   */
  private static Deque<Fault> plan(Random random) {
    Deque<Fault> plan = new ArrayDeque<>();
    int faults = random.nextInt(4);
    for (int i = 0; i < faults; i++) {
      plan.add(Fault.values()[1 + random.nextInt(Fault.values().length - 1)]);
    }
    return plan;
  }
}
