package io.toolwright;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.toolwright.PolicyScript.Call;
import io.toolwright.PolicyScript.FuzzFault;
import io.toolwright.spi.ExecutionListener;
import io.toolwright.spi.IdempotencyStore;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the execution policy's batch path (Jazzer): a fuzzer's bytes are read as a policy and up
 * to four responses of a conversation ({@link PolicyScript}: executor and parallel reads, caps,
 * attempts, idempotency by call id, approvals, permissions; calls to read-only, write, idempotent
 * and destructive tools, unknown tools, bad arguments, repeated call ids; tools that fail
 * transiently or for good, hang until their time-out, return too much, are interrupted or say they
 * are unavailable). Time-outs run on virtual time ({@link HangingClock}), so an input costs no real
 * waiting. For every input:
 *
 * <ol>
 *   <li>no exception escapes {@code execute}, and it returns exactly one result per call, in order,
 *       with the call's id and tool name; every failure has a code and the documented content;
 *   <li>no write that is not idempotent runs more often than it was called; with an idempotency
 *       store, no write runs more often than distinct call ids asked for it;
 *   <li>no call id is attempted more than three times (nor more than the policy allows) per call;
 *   <li>a destructive tool runs only when approved (the handler approves everything), and no tool
 *       the permissions refuse runs;
 *   <li>after the conversation no worker is still running a tool.
 * </ol>
 *
 * <p>Every build runs it in regression mode on the committed seeds, {@code
 * src/test/resources/io/toolwright/PolicyFuzzTestInputs/batch/} (written in digits, see {@link
 * PolicyScript}); {@link #seedsReachEveryOutcome} keeps them reaching every policy error code. A
 * fuzzing run: {@code JAZZER_FUZZ=1 ./mvnw -pl runtime test -Dtest=PolicyFuzzTest
 * -Dfuzz.seconds=300}; a crash it saves there is replayed by every later build.
 */
class PolicyFuzzTest {

  private static final String SEEDS = "PolicyFuzzTestInputs/batch";
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final int RESULT_CAP = 1024;

  /** Raised by a tool that says it is unavailable (an open circuit breaker). */
  static final class Unavailable extends RuntimeException {
    Unavailable() {
      super("circuit open");
    }
  }

  private static final ScheduledExecutorService TIMER =
      Executors.newSingleThreadScheduledExecutor(PolicyFuzzTest::daemon);

  /** Shared by the inputs: starting threads per input would cost more than the input. */
  private static final ThreadPoolExecutor POOL =
      new ThreadPoolExecutor(
          4, 4, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), PolicyFuzzTest::daemon);

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "policy-fuzz");
    thread.setDaemon(true);
    return thread;
  }

  @FuzzTest(maxDuration = "5m")
  void batch(byte[] input) {
    check(input);
  }

  /**
   * The seeds reach every error code of the policy and of the checks, and successes, so that no
   * property holds only because nothing reached it.
   */
  @Test
  void seedsReachEveryOutcome() throws IOException, URISyntaxException {
    URL url = PolicyFuzzTest.class.getResource(SEEDS);
    assertThat(url).as("the seed corpus on the test class path").isNotNull();
    Set<String> outcomes = new HashSet<>();
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      for (Path seed : files.sorted().toList()) {
        outcomes.addAll(check(Files.readAllBytes(seed)));
      }
    }
    assertThat(outcomes)
        .contains("SUCCESS")
        .contains(
            Stream.of(ErrorCode.values())
                .filter(code -> code != ErrorCode.RETIRED_TOOL)
                .map(ErrorCode::name)
                .toArray(String[]::new));
  }

  /** Runs one input and asserts the properties; returns the outcomes seen (codes, "SUCCESS"). */
  static Set<String> check(byte[] input) {
    PolicyScript script = new PolicyScript(input);
    ScriptedTools tools = new ScriptedTools();
    HangingClock clock = new HangingClock(TIMEOUT, TIMER);
    Map<String, Deque<FuzzFault>> plans = new ConcurrentHashMap<>();
    tools.body = (tool, key) -> act(tool, key, plans, clock);
    Map<String, Integer> attemptsById = new ConcurrentHashMap<>();
    ExecutionPolicy.Builder policy =
        ExecutionPolicy.builder()
            .maxCallsPerResponse(script.maxCallsPerResponse)
            .maxCallsPerTool(script.maxCallsPerTool)
            .maxCallsPerConversation(script.maxCallsPerConversation)
            .maxAttempts(script.maxAttempts)
            .maxResultBytes(RESULT_CAP)
            .timeout(TIMEOUT)
            .transientFailures(IOException.class)
            .unavailableFailures(Unavailable.class)
            .clock(clock)
            .permissions(script.permissions.permissions())
            .principal(context -> PolicyScript.PRINCIPAL);
    if (script.parallelReads > 0) {
      policy.executor(POOL).maxParallelReads(script.parallelReads);
    }
    if (script.idempotency) {
      policy.idempotency(IdempotencyStore.inMemory());
    }
    if (script.approvals.handler() != null) {
      policy.approvals(script.approvals.handler());
    }
    ToolRegistry registry =
        ToolRegistry.builder()
            .addAll(tools.bind())
            .listener(
                new ExecutionListener() {
                  @Override
                  public void onCall(CallEvent event) {
                    if (event.attempt() > 0) {
                      attemptsById.merge(event.callId(), 1, Integer::sum);
                    }
                  }
                })
            .execution(policy.build())
            .build();

    Conversation conversation = Conversation.create();
    Set<String> outcomes = new HashSet<>();
    Map<String, Integer> callsByArguments = new HashMap<>();
    Map<String, Set<String>> idsByArguments = new HashMap<>();
    Map<String, Integer> callsById = new HashMap<>();
    for (List<Call> response : script.responses) {
      List<ToolCall> calls = new ArrayList<>();
      for (Call call : response) {
        calls.add(call.call());
        plans.computeIfAbsent(call.tool() + ":" + call.key(), ignored -> new ArrayDeque<>())
            .addAll(call.faults());
        callsByArguments.merge(call.tool() + ":" + call.key(), 1, Integer::sum);
        idsByArguments
            .computeIfAbsent(call.tool() + ":" + call.key(), ignored -> new HashSet<>())
            .add(call.call().id());
        callsById.merge(call.call().id(), 1, Integer::sum);
      }
      List<ToolResult> results = registry.execute(calls, ToolContext.empty(), conversation);
      Thread.interrupted(); // a tool's re-asserted interrupt, on the calling thread
      assertThat(results).hasSize(calls.size());
      for (int i = 0; i < calls.size(); i++) {
        ToolResult result = results.get(i);
        assertThat(result.callId()).isEqualTo(calls.get(i).id());
        assertThat(result.toolName()).isEqualTo(calls.get(i).name());
        assertThat(result.contentBytes().length).isLessThanOrEqualTo(RESULT_CAP);
        if (result instanceof ToolResult.Failure failure) {
          ErrorCode code = failure.error().code();
          assertThat(code).isNotNull();
          assertThat(result.content().path("error").path("code").asString())
              .isEqualTo(code.name());
          assertThat(result.content().path("error").path("message").asString()).isNotBlank();
          outcomes.add(code.name());
        } else {
          outcomes.add("SUCCESS");
        }
      }
    }

    String busy = idleWithin(Duration.ofSeconds(5));
    assertThat(busy).as("a worker still busy after the conversation").isNull();
    for (String tool : List.of("update", "delete", "upsert")) {
      for (int k = 0; k < 10; k++) {
        String arguments = tool + ":k" + k;
        int runs = runs(tools, arguments);
        if (!tool.equals("upsert")) {
          assertThat(runs)
              .as("%s run more often than called", arguments)
              .isLessThanOrEqualTo(callsByArguments.getOrDefault(arguments, 0));
        }
        if (script.idempotency && !tool.equals("upsert")) {
          assertThat(runs)
              .as("%s run more often than distinct ids asked for it", arguments)
              .isLessThanOrEqualTo(idsByArguments.getOrDefault(arguments, Set.of()).size());
        }
        if (tool.equals("delete") && !script.approvals.grants()) {
          assertThat(runs).as("%s run without an approval", arguments).isZero();
        }
        if (!script.permissions.allows(tool, "k" + k)) {
          assertThat(runs).as("%s run without permission", arguments).isZero();
        }
      }
    }
    attemptsById.forEach(
        (id, attempts) ->
            assertThat(attempts)
                .as("attempts of call id %s", id)
                .isLessThanOrEqualTo(
                    Math.min(ExecutionPolicy.MAX_ATTEMPTS, script.maxAttempts)
                        * callsById.getOrDefault(id, 0)));
    return outcomes;
  }

  private static int runs(ScriptedTools tools, String arguments) {
    synchronized (tools.ran) {
      return (int) tools.ran.stream().filter(arguments::equals).count();
    }
  }

  /** {@code null} once the pool runs and holds nothing; else what is still busy. */
  private static String idleWithin(Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (POOL.getActiveCount() > 0 || !POOL.getQueue().isEmpty()) {
      if (System.nanoTime() > deadline) {
        return POOL.getActiveCount() + " workers busy, " + POOL.getQueue().size() + " queued";
      }
      LockSupport.parkNanos(50_000);
    }
    return null;
  }

  private static Object act(
      String tool, String key, Map<String, Deque<FuzzFault>> plans, HangingClock clock)
      throws Exception {
    Deque<FuzzFault> plan = plans.get(tool + ":" + key);
    FuzzFault fault;
    synchronized (plan) {
      fault = plan.isEmpty() ? FuzzFault.NONE : plan.poll();
    }
    switch (fault) {
      case TRANSIENT -> throw new IOException("reset");
      case PERMANENT -> throw new IllegalStateException("bug");
      case INTERRUPTED -> throw new InterruptedException("stop");
      case UNAVAILABLE -> throw new Unavailable();
      case OVERSIZED -> {
        return "x".repeat(RESULT_CAP * 2);
      }
      case HANG -> {
        clock.hang();
        throw new IllegalStateException("unreachable");
      }
      default -> {
        return key;
      }
    }
  }
}
