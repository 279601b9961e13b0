package io.toolwright.benchmarks;

import io.toolwright.ExecutionPolicy;
import io.toolwright.ToolCall;
import io.toolwright.ToolContext;
import io.toolwright.ToolDefinition;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolResult;
import io.toolwright.ToolSet;
import io.toolwright.annotation.Effect;
import io.toolwright.dispatch.JsonReaders;
import io.toolwright.dispatch.PreparedCall;
import io.toolwright.dispatch.Problems;
import io.toolwright.dispatch.ToolBinding;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The execution policy's cost and gain. {@code sequentialReads} / {@code parallelReads}: one batch
 * of {@code n} read-only calls, each waiting {@code waitMicros} (as a tool waiting on I/O does), run
 * on the calling thread (no executor) and on an executor of {@code n} threads: the ratio of the two
 * times is the speed-up. {@code plainCall} / {@code policyCall}: one trivial call through a
 * registry without an execution policy and through one with an executor, a time-out, attempts and
 * a result cap: the difference is the per-call overhead of the policies. {@code plainWriteCall} /
 * {@code policyWriteCall}: the same for an idempotent write, which a blocking execute of one call
 * runs on the calling thread (a read with a time-out still goes to the executor, to answer on time).
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar ExecutionPolicyBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ExecutionPolicyBenchmark {

  private static final String SCHEMA =
      "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\","
          + "\"properties\":{\"key\":{\"type\":\"string\"}},"
          + "\"required\":[\"key\"],\"additionalProperties\":false}";

  @Param({"8"})
  public int n;

  @Param({"1000"})
  public long waitMicros;

  private ExecutorService pool;
  private ToolRegistry sequential;
  private ToolRegistry parallel;
  private ToolRegistry plain;
  private ToolRegistry withPolicy;
  private List<ToolCall> batch;
  private List<ToolCall> one;
  private List<ToolCall> oneWrite;

  @Setup(Level.Trial)
  public void setUp() {
    pool = Executors.newFixedThreadPool(n);
    ToolSet waiting = tools(waitMicros);
    ToolSet instant = tools(0);
    sequential = ToolRegistry.builder().addAll(waiting).build();
    parallel =
        ToolRegistry.builder()
            .addAll(waiting)
            .execution(ExecutionPolicy.builder().executor(pool).maxParallelReads(n).build())
            .build();
    plain = ToolRegistry.builder().addAll(instant).build();
    withPolicy =
        ToolRegistry.builder()
            .addAll(instant)
            .execution(
                ExecutionPolicy.builder()
                    .executor(pool)
                    .timeout(Duration.ofSeconds(5))
                    .maxAttempts(3)
                    .maxResultBytes(4096)
                    .build())
            .build();
    batch = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      batch.add(ToolCall.of("call_" + i, "lookup", "{\"key\":\"k" + i + "\"}"));
    }
    one = List.of(ToolCall.of("call_1", "lookup", "{\"key\":\"k\"}"));
    oneWrite = List.of(ToolCall.of("call_1", "store", "{\"key\":\"k\"}"));
    for (ToolRegistry registry : List.of(sequential, parallel, plain, withPolicy)) {
      for (ToolResult result : registry.execute(batch, ToolContext.empty())) {
        if (result.isError()) {
          throw new IllegalStateException("the benchmarked call fails: " + result);
        }
      }
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdownNow();
  }

  private static ToolSet tools(long waitMicros) {
    return ToolSet.of(
        ExecutionPolicyBenchmark.class.getName(),
        List.of(
            binding(ToolDefinition.of("lookup", "Looks a key up.", Effect.READ_ONLY, false, SCHEMA), waitMicros),
            binding(ToolDefinition.of("store", "Stores a key.", Effect.WRITE, true, SCHEMA), waitMicros)));
  }

  private static ToolBinding binding(ToolDefinition tool, long waitMicros) {
    return
        ToolBinding.of(
            tool,
            List.of(),
            (args, context) -> {
              Problems problems = new Problems();
              String key = JsonReaders.string(args.get("key"), "/key", problems);
              problems.throwIfAny();
              return PreparedCall.returning(
                  key,
                  () -> {
                    if (waitMicros > 0) {
                      LockSupport.parkNanos(waitMicros * 1000);
                    }
                    return key;
                  });
            });
  }

  @Benchmark
  public List<ToolResult> sequentialReads() {
    return sequential.execute(batch, ToolContext.empty());
  }

  @Benchmark
  public List<ToolResult> parallelReads() {
    return parallel.execute(batch, ToolContext.empty());
  }

  @Benchmark
  public List<ToolResult> plainCall() {
    return plain.execute(one, ToolContext.empty());
  }

  @Benchmark
  public List<ToolResult> policyCall() {
    return withPolicy.execute(one, ToolContext.empty());
  }

  /** {@code plainCall} for an idempotent write (same work as the read). */
  @Benchmark
  public List<ToolResult> plainWriteCall() {
    return plain.execute(oneWrite, ToolContext.empty());
  }

  /**
   * {@code policyCall} for an idempotent write: a blocking execute of one write runs it on the
   * calling thread, its time-out a timer that interrupts it there.
   */
  @Benchmark
  public List<ToolResult> policyWriteCall() {
    return withPolicy.execute(oneWrite, ToolContext.empty());
  }
}
