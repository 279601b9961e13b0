package io.toolwright.benchmarks;

import io.toolwright.ToolCall;
import io.toolwright.ToolContext;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolResult;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.core.util.RecyclerPool;

/**
 * One registry shared by 1, 2 and 16 threads, each executing a trivial call ({@link
 * Arithmetic#add}) as fast as it can: total calls per microsecond over all threads, for each choice
 * of Jackson's buffer pool ({@code ToolRegistry.Builder.bufferRecyclerPool}): {@code threadLocal},
 * the registry's default, and {@code shared}, Jackson 3's own default (one deque for all threads).
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar SharedRegistryBenchmark}. On a 2-core
 * machine 16 threads cannot beat 2; they show whether contention makes it worse.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SharedRegistryBenchmark {

  @Param({"threadLocal", "shared"})
  public String pool;

  private ToolRegistry registry;
  private List<ToolCall> call;

  @Setup
  public void setUp() {
    RecyclerPool<BufferRecycler> recyclers =
        pool.equals("shared")
            ? JsonRecyclerPools.defaultPool()
            : JsonRecyclerPools.threadLocalPool();
    registry =
        ToolRegistry.builder()
            .addAll(ArithmeticTools.bind(new Arithmetic()))
            .bufferRecyclerPool(recyclers)
            .build();
    call = List.of(ToolCall.of("call_1", "add", "{\"a\":40,\"b\":2}"));
    List<ToolResult> results = registry.execute(call, ToolContext.empty());
    if (results.get(0).isError()) {
      throw new IllegalStateException("the benchmarked call fails: " + results);
    }
  }

  @Benchmark
  @Threads(1)
  public List<ToolResult> threads01() {
    return registry.execute(call, ToolContext.empty());
  }

  @Benchmark
  @Threads(2)
  public List<ToolResult> threads02() {
    return registry.execute(call, ToolContext.empty());
  }

  @Benchmark
  @Threads(16)
  public List<ToolResult> threads16() {
    return registry.execute(call, ToolContext.empty());
  }
}
