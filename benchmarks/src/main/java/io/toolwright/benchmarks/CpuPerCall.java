package io.toolwright.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The CPU time of one call on the calling thread, for a machine too busy for JMH's wall-clock
 * times: a thread that other processes keep off the CPU is not charged for the wait. Each method
 * of {@link ExecuteBenchmark} and {@link ExecutionPolicyBenchmark}'s one-call pair runs in rounds
 * of {@code batch} calls, rotated so that load drifts touch all alike; the median round is reported
 * with the range of the middle half, and each as a ratio to the hand-written baseline or to the
 * plain call measured in the same run. CPU time misses what a call waits for: the policy call's
 * hop to an executor thread is charged here only in part (the other thread's work is not), so its
 * wall-clock figure (JMH) stays the one to read for that.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.toolwright.benchmarks.CpuPerCall [seconds
 * of warm-up] [rounds]}
 */
public final class CpuPerCall {

  private CpuPerCall() {}

  public static void main(String[] args) {
    int warmupSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    ExecuteBenchmark execute = new ExecuteBenchmark();
    execute.setUp();
    ExecutionPolicyBenchmark policy = new ExecutionPolicyBenchmark();
    policy.n = 8;
    policy.waitMicros = 1000;
    policy.setUp();
    Map<String, Supplier<Object>> calls = new LinkedHashMap<>();
    calls.put("getBalanceHandWritten", execute::getBalanceHandWritten);
    calls.put("getBalanceExecute", execute::getBalanceExecute);
    calls.put("getBalanceLangChain4j", execute::getBalanceLangChain4j);
    calls.put("getBalanceSpringAi", execute::getBalanceSpringAi);
    calls.put("listInvoicesHandWritten", execute::listInvoicesHandWritten);
    calls.put("listInvoicesExecute", execute::listInvoicesExecute);
    calls.put("listInvoicesLangChain4j", execute::listInvoicesLangChain4j);
    calls.put("listInvoicesSpringAi", execute::listInvoicesSpringAi);
    calls.put("plainCall", policy::plainCall);
    calls.put("policyCall", policy::policyCall);
    calls.put("policyWriteCall", policy::policyWriteCall);
    try {
      ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
      int batch = 2000;
      long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
      while (System.nanoTime() < warmupEnd) {
        for (Supplier<Object> call : calls.values()) {
          run(call, batch / 4);
        }
      }
      Map<String, List<Double>> perCall = new LinkedHashMap<>();
      for (int round = 0; round < rounds; round++) {
        for (Map.Entry<String, Supplier<Object>> call : calls.entrySet()) {
          long start = cpu.getCurrentThreadCpuTime();
          run(call.getValue(), batch);
          double ns = (cpu.getCurrentThreadCpuTime() - start) / (double) batch;
          perCall.computeIfAbsent(call.getKey(), k -> new ArrayList<>()).add(ns);
        }
      }
      System.out.printf("%-26s %12s %22s %10s%n", "CPU ns per call", "median", "middle half", "ratio");
      Map<String, Double> medians = new LinkedHashMap<>();
      for (Map.Entry<String, List<Double>> entry : perCall.entrySet()) {
        double[] sorted = entry.getValue().stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        medians.put(entry.getKey(), median);
        String name = entry.getKey();
        String base =
            name.startsWith("getBalance")
                ? "getBalanceHandWritten"
                : name.startsWith("listInvoices") ? "listInvoicesHandWritten" : "plainCall";
        System.out.printf(
            "%-26s %12.0f %10.0f - %9.0f %9.2fx%n",
            name,
            median,
            sorted[sorted.length / 4],
            sorted[sorted.length * 3 / 4],
            median / medians.get(base));
      }
    } finally {
      policy.tearDown();
    }
  }

  private static Object last;

  private static void run(Supplier<Object> call, int times) {
    for (int i = 0; i < times; i++) {
      last = call.get();
    }
  }
}
