package io.toolwright.benchmarks;

import io.toolwright.ToolDefinition;
import io.toolwright.sample.AccountServiceTools;
import io.toolwright.sample.BillingServiceTools;
import io.toolwright.sample.SupportDesk;
import io.toolwright.sample.TicketServiceTools;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * Cold start: how long a fresh JVM takes to have every tool definition of the sample app in hand
 * ({@code ToolRegistry.of(...).definitions()} over all its tool sets), against a fresh JVM that does
 * nothing, in the same run. A third kind reads only the generated constants, without a registry, to
 * show where the time goes.
 *
 * <p>Launches {@code runs} JVMs of each kind, rotating their order so that a drift in machine load
 * hits every kind alike; same java binary, same class path (the shaded jar), default flags. The
 * parent times each child from {@code ProcessBuilder.start()} to the line the child prints once it
 * is done, so the figure includes JVM boot, class loading and the work, and excludes JVM shutdown.
 * Each child also reports how long the work took inside it ({@code System.nanoTime()} around it) and
 * how long since its JVM started ({@code RuntimeMXBean.getStartTime()}, read after the ready line so
 * that loading JMX is not timed). Figures are medians.
 *
 * <p>Why not JMH {@code SingleShotTime} with many forks: JMH times the benchmark method only, inside a
 * JVM its harness has already booted, and that harness has already loaded much of what the work
 * would load first (concurrency, reflection, parts of {@code java.util}); the JVM's own boot, which a
 * user waits for too, is not in the figure, and an "empty main" baseline has no equivalent.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.toolwright.benchmarks.ColdStart [runs]}
 * (default 15).
 */
public final class ColdStart {

  private static final String READY = "ready";

  private ColdStart() {}

  /** A child that builds the sample app's registry and takes every definition from it. */
  public static final class RegistryDefinitions {
    private RegistryDefinitions() {}

    public static void main(String[] args) {
      long start = System.nanoTime();
      List<ToolDefinition> definitions = SupportDesk.withSampleData().registry().definitions();
      ready(start, definitions.size());
    }
  }

  /**
   * A child that only reads the generated constants ({@code <Class>Tools.definitions()}), without a
   * registry: what a build tool or an MCP {@code tools/list} that never executes would pay.
   */
  public static final class GeneratedDefinitions {
    private GeneratedDefinitions() {}

    public static void main(String[] args) {
      long start = System.nanoTime();
      List<ToolDefinition> definitions = new ArrayList<>();
      definitions.addAll(AccountServiceTools.definitions());
      definitions.addAll(BillingServiceTools.definitions());
      definitions.addAll(TicketServiceTools.definitions());
      ready(start, definitions.size());
    }
  }

  /** A child that does nothing: the baseline. */
  public static final class Empty {
    private Empty() {}

    public static void main(String[] args) {
      ready(System.nanoTime(), 0);
    }
  }

  /** Prints the ready line, then (untimed by the parent) the milliseconds since the JVM started. */
  private static void ready(long workStart, int definitions) {
    long work = System.nanoTime() - workStart;
    long readyAt = System.currentTimeMillis();
    System.out.println(READY + " " + work + " " + definitions);
    System.out.println(readyAt - ManagementFactory.getRuntimeMXBean().getStartTime());
  }

  /** One child's figures. */
  private record Sample(double wallMillis, double workMillis, long sinceJvmStartMillis, int definitions) {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    String classPath = System.getProperty("java.class.path");

    List<Class<?>> kinds = List.of(Empty.class, GeneratedDefinitions.class, RegistryDefinitions.class);
    // One of each first, unrecorded: the first JVM after a build pays for a cold page cache.
    for (Class<?> kind : kinds) {
      launch(java, classPath, kind);
    }
    Map<Class<?>, List<Sample>> samples = new LinkedHashMap<>();
    kinds.forEach(kind -> samples.put(kind, new ArrayList<>()));
    for (int i = 0; i < runs; i++) {
      // Rotate the order, so that a drift in machine load hits every kind alike.
      for (int k = 0; k < kinds.size(); k++) {
        Class<?> kind = kinds.get((i + k) % kinds.size());
        samples.get(kind).add(launch(java, classPath, kind));
      }
    }

    double baseline = medianOf(samples.get(Empty.class), Sample::wallMillis);
    System.out.printf("Cold start: %d fresh JVMs of each kind, %s %s, %d CPUs%n", runs,
        System.getProperty("java.vm.name"), System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());
    System.out.printf("  %-40s %8s %8s %8s %8s %8s%n",
        "median of", "wall ms", "x empty", "+ ms", "JVM ms", "work ms");
    for (Map.Entry<Class<?>, List<Sample>> kind : samples.entrySet()) {
      List<Sample> runsOfKind = kind.getValue();
      double wall = medianOf(runsOfKind, Sample::wallMillis);
      System.out.printf("  %-40s %8.1f %7.2fx %8.1f %8.0f %8s%n",
          label(kind.getKey(), runsOfKind.get(0).definitions()),
          wall, wall / baseline, wall - baseline,
          medianOf(runsOfKind, Sample::sinceJvmStartMillis),
          kind.getKey() == Empty.class
              ? "-"
              : String.format("%.1f", medianOf(runsOfKind, Sample::workMillis)));
    }
    System.out.println("  wall: spawn to ready line, timed by this process; JVM: since the child's JVM"
        + " start (RuntimeMXBean); work: inside the child, System.nanoTime() around the work.");
  }

  private static String label(Class<?> kind, int definitions) {
    if (kind == Empty.class) {
      return "empty main (baseline)";
    }
    if (kind == GeneratedDefinitions.class) {
      return definitions + " definitions, generated constants";
    }
    return definitions + " definitions, ToolRegistry.of(...)";
  }

  private static double medianOf(List<Sample> samples, ToDoubleFunction<Sample> figure) {
    return median(samples.stream().mapToDouble(figure).toArray());
  }

  private static Sample launch(String java, String classPath, Class<?> main)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(java, "-cp", classPath, main.getName())
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    long start = System.nanoTime();
    Process process = builder.start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String ready = out.readLine();
      long wall = System.nanoTime() - start;
      String sinceStart = out.readLine();
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0
          || ready == null || !ready.startsWith(READY) || sinceStart == null) {
        process.destroyForcibly();
        throw new IllegalStateException(
            main.getSimpleName() + " failed (run it alone to see its errors: java -cp <jar> "
                + main.getName() + "): " + ready);
      }
      String[] fields = ready.split(" ");
      return new Sample(
          wall / 1e6,
          Long.parseLong(fields[1]) / 1e6,
          Long.parseLong(sinceStart.trim()),
          Integer.parseInt(fields[2]));
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
