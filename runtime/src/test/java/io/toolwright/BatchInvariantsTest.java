package io.toolwright;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.spi.ApprovalHandler;
import io.toolwright.spi.ExecutionClock;
import io.toolwright.spi.ExecutionListener;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random conversations (three responses of up to twelve calls, reads and writes mixed; tools
 * that succeed, fail transiently or permanently, are interrupted or return too much) on a thread
 * pool, checking what must hold whatever happens: one result per call, in order, with its id; at
 * most three attempts per call; a write that is not idempotent never run twice for one call; a
 * write never overlapping another call; results within their cap. A failing seed replays from its
 * number. Not the full fault matrix (time-outs, slow tools): that is for a later session.
 */
class BatchInvariantsTest {

  private static final ExecutorService POOL = Executors.newFixedThreadPool(4);
  static final List<String> TOOLS = List.of("lookup", "update", "upsert", "delete");
  static final int RESULT_CAP = 2048;

  @AfterAll
  static void stopPool() {
    POOL.shutdownNow();
  }

  static List<Long> seeds() {
    List<Long> seeds = new ArrayList<>();
    for (long seed = 1; seed <= 200; seed++) {
      seeds.add(seed);
    }
    return seeds;
  }

  /** A clock whose waits are over at once: back-off costs no time here. */
  private static final class InstantClock implements ExecutionClock {
    @Override
    public long nanoTime() {
      return System.nanoTime();
    }

    @Override
    public Runnable schedule(Duration delay, Runnable task) {
      task.run();
      return () -> {};
    }

    @Override
    public void sleep(Duration delay) {}
  }

  private enum Fault {
    NONE,
    TRANSIENT,
    PERMANENT,
    INTERRUPTED,
    OVERSIZED
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyCallIsAnsweredOnceAndNoWriteRunsTwice(long seed) {
    Random random = new Random(seed);
    ScriptedTools tools = new ScriptedTools();
    // The faults planned for each (tool, key), attempt after attempt: the same call fails the same
    // way however often it is made, as real calls do.
    Map<String, Deque<Fault>> plans = new ConcurrentHashMap<>();
    AtomicInteger writesRunning = new AtomicInteger();
    AtomicInteger running = new AtomicInteger();
    List<String> violations = java.util.Collections.synchronizedList(new ArrayList<>());
    tools.body =
        (tool, key) -> {
          boolean write = !tool.equals("lookup");
          int now = running.incrementAndGet();
          if (write && writesRunning.incrementAndGet() != 1 || write && now != 1) {
            violations.add(tool + ":" + key + " overlapped");
          }
          if (!write && writesRunning.get() != 0) {
            violations.add(tool + ":" + key + " ran beside a write");
          }
          try {
            Deque<Fault> plan = plans.get(tool + ":" + key);
            Fault fault;
            synchronized (plan) {
              fault = plan.isEmpty() ? Fault.NONE : plan.poll();
            }
            switch (fault) {
              case TRANSIENT -> throw new IOException("reset");
              case PERMANENT -> throw new IllegalStateException("bug");
              case INTERRUPTED -> throw new InterruptedException("stop");
              case OVERSIZED -> {
                return "x".repeat(RESULT_CAP * 2);
              }
              default -> {
                return key;
              }
            }
          } finally {
            running.decrementAndGet();
            if (write) {
              writesRunning.decrementAndGet();
            }
          }
        };
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
                    .executor(POOL)
                    .maxParallelReads(1 + random.nextInt(4))
                    .maxCallsPerResponse(10)
                    .maxResultBytes(RESULT_CAP)
                    .transientFailures(IOException.class)
                    .clock(new InstantClock())
                    .approvals(ApprovalHandler.approveAll())
                    .build())
            .build();
    Conversation conversation = Conversation.create();
    Map<String, Integer> callsByArguments = new HashMap<>();
    int id = 0;
    for (int response = 0; response < 3; response++) {
      List<ToolCall> calls = new ArrayList<>();
      int size = 1 + random.nextInt(12);
      for (int i = 0; i < size; i++) {
        String tool = TOOLS.get(random.nextInt(TOOLS.size()));
        String key = "k" + random.nextInt(3);
        plans.computeIfAbsent(tool + ":" + key, ignored -> plan(random));
        calls.add(ScriptedTools.call("c" + id++, tool, key));
        if (i < 10) {
          callsByArguments.merge(tool + ":" + key, 1, Integer::sum);
        }
      }

      List<ToolResult> results = registry.execute(calls, ToolContext.empty(), conversation);

      assertThat(results).as("seed %d: one result per call", seed).hasSize(calls.size());
      for (int i = 0; i < calls.size(); i++) {
        ToolResult result = results.get(i);
        assertThat(result.callId()).as("seed %d: call order", seed).isEqualTo(calls.get(i).id());
        assertThat(result.contentBytes().length).as("seed %d: result cap", seed)
            .isLessThanOrEqualTo(RESULT_CAP);
        if (i >= 10) {
          assertThat(Results.error(result).code()).isEqualTo(ErrorCode.TOO_MANY_CALLS);
        }
      }
      Thread.interrupted(); // a tool's re-asserted interrupt, on the calling thread
    }
    assertThat(violations).as("seed %d", seed).isEmpty();
    assertThat(attemptsByCall.values()).as("seed %d: attempts per call", seed)
        .allMatch(attempts -> attempts <= 3);
    for (String write : List.of("update", "delete")) {
      for (int k = 0; k < 3; k++) {
        String arguments = write + ":k" + k;
        assertThat(tools.ran.stream().filter(arguments::equals).count())
            .as("seed %d: %s ran at most once per call", seed, arguments)
            .isLessThanOrEqualTo(callsByArguments.getOrDefault(arguments, 0));
      }
    }
  }

  private static Deque<Fault> plan(Random random) {
    Deque<Fault> plan = new ArrayDeque<>();
    int faults = random.nextInt(5);
    for (int i = 0; i < faults; i++) {
      plan.add(Fault.values()[random.nextInt(Fault.values().length)]);
    }
    return plan;
  }
}
