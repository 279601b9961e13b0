package io.toolwright.benchmarks;

import io.toolwright.Dialect;
import io.toolwright.RenderedTool;
import io.toolwright.ToolCall;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolResult;
import io.toolwright.sample.SampleData;
import io.toolwright.sample.SupportDesk;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * One command, one table: what Toolwright costs at each stage against a baseline measured in the
 * same run, per library. The stages: a call executed in a warm JVM (JMH, against {@link
 * HandWritten}); a fresh JVM until the definitions are in hand and until the first call has been
 * executed (whole processes, medians, against an empty {@code main}); the peak resident memory of
 * those processes; the OpenAI tokens ({@code o200k_base}) of the definitions each library sends;
 * and how the total throughput of one shared registry grows from 1 to 2 and 16 threads.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.toolwright.benchmarks.Comparison          # quick, ~5 min
 * java -cp benchmarks/target/benchmarks.jar io.toolwright.benchmarks.Comparison --full   # ~18 min
 * </pre>
 *
 * <p>JMH's own output goes to {@code benchmarks/results/jmh-<mode>.txt} (or {@code
 * -Dresults=<folder>}), the table to standard output as Markdown.
 *
 * <p>Each peer ({@link #PEERS}) has a column: the same two benchmarked tools written as its users
 * write them, executed from the same arguments' JSON ({@code EqualWorkTest} checks the answers are
 * the same JSON), its cold start to its definitions and to its first call as separate children, and
 * the tokens of its OpenAI definitions of those two tools.
 */
public final class Comparison {

  /**
   * A peer library's column: its JMH methods end with {@code benchmarkSuffix} in {@link
   * ExecuteBenchmark}; its children; its OpenAI Chat definitions of the two benchmarked tools.
   */
  record Peer(
      String label,
      String benchmarkSuffix,
      Class<?> definitionsMain,
      Class<?> firstCallMain,
      Supplier<List<String>> openAiChatJsons) {}

  static final List<Peer> PEERS =
      List.of(
          new Peer(
              "LangChain4j 1.19",
              "LangChain4j",
              LangChain4jDefinitions.class,
              LangChain4jFirstCall.class,
              () -> new LangChain4jPeer(new LangChain4jTools(SupportDesk.withSampleData()))
                  .openAiChatJsons()),
          new Peer(
              "Spring AI 2.0",
              "SpringAi",
              SpringAiDefinitions.class,
              SpringAiFirstCall.class,
              () -> new SpringAiPeer(new SpringAiTools(SupportDesk.withSampleData()))
                  .openAiChatJsons()));

  /** The tools the peers mirror. */
  static final List<String> BENCHMARKED_TOOLS = List.of("get_balance", "list_invoices");

  private Comparison() {}

  /**
   * How long to measure: quick for a shared machine, full for figures to publish. The per-call
   * benchmarks get more forks than the thread benchmarks: a call's forks settle in JIT states up
   * to 40% apart (see {@link JmhScore}), the threads' within a few percent. Ten one-second
   * warm-ups: the per-call forks of the fifth session's runs were steady from the seventh.
   */
  record Mode(
      String name,
      int callForks,
      int threadForks,
      int warmups,
      int iterations,
      int coldRuns) {
    static final Mode QUICK = new Mode("quick", 1, 1, 5, 5, 7);
    static final Mode FULL = new Mode("full", 5, 2, 10, 5, 21);
  }

  public static void main(String[] args) throws Exception {
    Mode mode = Arrays.asList(args).contains("--full") ? Mode.FULL : Mode.QUICK;
    Path results = Path.of(System.getProperty("results", "benchmarks/results"));
    Files.createDirectories(results);
    Path jmhOutput = results.resolve("jmh-" + mode.name() + ".txt");

    System.err.println(
        "Comparison ("
            + mode.name()
            + "): cold starts, "
            + mode.coldRuns()
            + " JVMs of each kind ...");
    Map<String, ColdStats> cold = coldStarts(mode.coldRuns());
    System.err.println("Tokens ...");
    int[] tokens = openAiTokens();
    Map<String, Integer> peerTokens = new LinkedHashMap<>();
    PEERS.forEach(
        peer ->
            peerTokens.put(
                peer.label(), TokenReport.openAiTokens(peer.openAiChatJsons().get()).total()));
    System.err.println("JMH, output in " + jmhOutput + " ...");
    Map<String, JmhScore> jmh = jmh(mode, jmhOutput);

    printTable(System.out, mode, cold, tokens, peerTokens, jmh);
  }

  // ---------------------------------------------------------------- per call and threads (JMH)

  /**
   * Each benchmark's score, keyed "method" or "method:pool": per call the median of the forks'
   * means, threads JMH's mean. JMH's output goes to {@code output} (calls) and a sibling file
   * ending in {@code -threads.txt}.
   */
  static Map<String, JmhScore> jmh(Mode mode, Path output) throws RunnerException {
    String calls =
        ExecuteBenchmark.class.getName()
            + "\\.(getBalance|listInvoices)(Execute|HandWritten"
            + PEERS.stream().map(peer -> "|" + peer.benchmarkSuffix()).reduce("", String::concat)
            + ")$";
    Map<String, JmhScore> scores = new TreeMap<>();
    for (RunResult run : run(mode, calls, mode.callForks(), output)) {
      scores.put(key(run), JmhScore.medianOfForks(run));
    }
    String fileName = output.getFileName().toString();
    Path threadsOutput =
        output.resolveSibling(fileName.replaceFirst("\\.txt$", "") + "-threads.txt");
    for (RunResult run :
        run(mode, SharedRegistryBenchmark.class.getName() + "\\.", mode.threadForks(), threadsOutput)) {
      scores.put(key(run), JmhScore.mean(run, "%.2f"));
    }
    return scores;
  }

  private static Collection<RunResult> run(Mode mode, String include, int forks, Path output)
      throws RunnerException {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(include)
            .forks(forks)
            .warmupIterations(mode.warmups())
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(mode.iterations())
            .measurementTime(TimeValue.seconds(1))
            .output(output.toString());
    return new Runner(options.build()).run();
  }

  private static String key(RunResult run) {
    String benchmark = run.getParams().getBenchmark();
    String key = benchmark.substring(benchmark.lastIndexOf('.') + 1);
    String pool = run.getParams().getParam("pool");
    return pool == null ? key : key + ":" + pool;
  }

  // ---------------------------------------------------------------- tokens

  /**
   * OpenAI tokens of the sample's definitions: Chat Completions, then its strict form; then Chat
   * for the benchmarked tools only, which the peers mirror.
   */
  static int[] openAiTokens() {
    ToolRegistry registry = SupportDesk.withSampleData().registry();
    return new int[] {
      TokenReport.openAiTokens(jsons(registry, Dialect.OPENAI_CHAT)).total(),
      TokenReport.openAiTokens(jsons(registry, Dialect.OPENAI_CHAT_STRICT)).total(),
      TokenReport.openAiTokens(
              registry.definitions(Dialect.OPENAI_CHAT).tools().stream()
                  .filter(tool -> BENCHMARKED_TOOLS.contains(tool.name()))
                  .map(RenderedTool::json)
                  .toList())
          .total()
    };
  }

  private static List<String> jsons(ToolRegistry registry, Dialect dialect) {
    return registry.definitions(dialect).tools().stream().map(RenderedTool::json).toList();
  }

  // ---------------------------------------------------------------- cold start, whole processes

  /** A child that does nothing: the baseline. */
  public static final class EmptyMain {
    private EmptyMain() {}

    public static void main(String[] args) {
      ReadyLine.print();
    }
  }

  /** A child with every sample definition in hand, as OpenAI's Chat Completions takes them. */
  public static final class ToolwrightDefinitions {
    private ToolwrightDefinitions() {}

    public static void main(String[] args) {
      String json = SupportDesk.withSampleData().registry().definitions(Dialect.OPENAI_CHAT).json();
      if (json.isEmpty()) {
        throw new IllegalStateException("no definitions");
      }
      ReadyLine.print();
    }
  }

  /**
   * A child that only builds the sample app (its services, stores and data), asking Toolwright
   * nothing: not in the table, but run beside {@link EmptyMain} and {@link ToolwrightDefinitions}
   * it splits the definitions child's time into the app's and the registry's.
   */
  public static final class SampleAppOnly {
    private SampleAppOnly() {}

    public static void main(String[] args) {
      if (SupportDesk.withSampleData().directory() == null) {
        throw new IllegalStateException("no desk");
      }
      ReadyLine.print();
    }
  }

  /** A child that has the definitions and has executed one call: {@code get_balance}. */
  public static final class ToolwrightFirstCall {
    private ToolwrightFirstCall() {}

    public static void main(String[] args) {
      SupportDesk desk = SupportDesk.withSampleData();
      ToolRegistry registry = desk.registry();
      registry.definitions(Dialect.OPENAI_CHAT).json();
      List<ToolResult> results =
          registry.execute(
              List.of(ToolCall.of("call_1", "get_balance", ExecuteBenchmark.BALANCE_ARGUMENTS)),
              SupportDesk.signedIn(SampleData.ANA));
      if (results.get(0).isError()) {
        throw new IllegalStateException(results.toString());
      }
      results.get(0).contentBytes();
      ReadyLine.print();
    }
  }

  /** A child that executes the same call by hand ({@link HandWritten}). */
  public static final class HandWrittenFirstCall {
    private HandWrittenFirstCall() {}

    public static void main(String[] args) {
      byte[] result =
          new HandWritten(SupportDesk.withSampleData(), new Arithmetic())
              .getBalance(SampleData.ANA, ExecuteBenchmark.BALANCE_ARGUMENTS);
      if (result.length == 0) {
        throw new IllegalStateException("no result");
      }
      ReadyLine.print();
    }
  }

  /** A child with LangChain4j's definitions of the two tools, as OpenAI's Chat Completions takes them. */
  public static final class LangChain4jDefinitions {
    private LangChain4jDefinitions() {}

    public static void main(String[] args) {
      List<String> jsons =
          new LangChain4jPeer(new LangChain4jTools(SupportDesk.withSampleData())).openAiChatJsons();
      if (jsons.isEmpty()) {
        throw new IllegalStateException("no definitions");
      }
      ReadyLine.print();
    }
  }

  /** A child that has LangChain4j's definitions and has executed {@code get_balance} through it. */
  public static final class LangChain4jFirstCall {
    private LangChain4jFirstCall() {}

    public static void main(String[] args) {
      LangChain4jPeer peer = new LangChain4jPeer(new LangChain4jTools(SupportDesk.withSampleData()));
      peer.openAiChatJsons();
      String result =
          peer.execute(
              SampleData.ANA,
              LangChain4jPeer.request("get_balance", ExecuteBenchmark.BALANCE_ARGUMENTS));
      if (result.isEmpty()) {
        throw new IllegalStateException("no result");
      }
      ReadyLine.print();
    }
  }

  /** A child with Spring AI's definitions of the two tools, as OpenAI's Chat Completions takes them. */
  public static final class SpringAiDefinitions {
    private SpringAiDefinitions() {}

    public static void main(String[] args) {
      List<String> jsons =
          new SpringAiPeer(new SpringAiTools(SupportDesk.withSampleData())).openAiChatJsons();
      if (jsons.isEmpty()) {
        throw new IllegalStateException("no definitions");
      }
      ReadyLine.print();
    }
  }

  /** A child that has Spring AI's definitions and has executed {@code get_balance} through it. */
  public static final class SpringAiFirstCall {
    private SpringAiFirstCall() {}

    public static void main(String[] args) {
      SpringAiPeer peer = new SpringAiPeer(new SpringAiTools(SupportDesk.withSampleData()));
      peer.openAiChatJsons();
      String result =
          peer.execute(SampleData.ANA, "get_balance", ExecuteBenchmark.BALANCE_ARGUMENTS);
      if (result.isEmpty()) {
        throw new IllegalStateException("no result");
      }
      ReadyLine.print();
    }
  }

  /** Medians over the runs of one kind of child. */
  record ColdStats(double wallMillis, double peakMegabytes) {}

  static Map<String, ColdStats> coldStarts(int runs) throws IOException, InterruptedException {
    List<Class<?>> kinds =
        new ArrayList<>(
            List.of(
                EmptyMain.class,
                ToolwrightDefinitions.class,
                ToolwrightFirstCall.class,
                HandWrittenFirstCall.class));
    PEERS.forEach(
        peer -> {
          kinds.add(peer.definitionsMain());
          kinds.add(peer.firstCallMain());
        });
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    String classPath = System.getProperty("java.class.path");
    for (Class<?> kind : kinds) {
      launch(java, classPath, kind); // unrecorded: the first JVM after a build pays a cold cache
    }
    Map<Class<?>, List<double[]>> samples = new LinkedHashMap<>();
    kinds.forEach(kind -> samples.put(kind, new ArrayList<>()));
    for (int i = 0; i < runs; i++) {
      for (int k = 0; k < kinds.size(); k++) {
        // Rotated, so that a drift in the machine's load hits every kind alike.
        Class<?> kind = kinds.get((i + k) % kinds.size());
        samples.get(kind).add(launch(java, classPath, kind));
      }
    }
    Map<String, ColdStats> stats = new LinkedHashMap<>();
    samples.forEach(
        (kind, of) ->
            stats.put(
                kind.getSimpleName(),
                new ColdStats(
                    median(of.stream().mapToDouble(s -> s[0]).toArray()),
                    median(of.stream().mapToDouble(s -> s[1]).toArray()) / 1024)));
    return stats;
  }

  /** Wall milliseconds from spawn to the ready line, and peak resident kB. */
  private static double[] launch(String java, String classPath, Class<?> main)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(java, "-cp", classPath, main.getName())
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    long start = System.nanoTime();
    Process process = builder.start();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String ready = out.readLine();
      long wall = System.nanoTime() - start;
      String peak = out.readLine();
      if (!process.waitFor(60, TimeUnit.SECONDS)
          || process.exitValue() != 0
          || !ReadyLine.READY.equals(ready)
          || peak == null) {
        process.destroyForcibly();
        throw new IllegalStateException(
            main.getSimpleName()
                + " failed (run it alone to see its errors: java -cp <jar> "
                + main.getName()
                + ")");
      }
      return new double[] {wall / 1e6, Long.parseLong(peak.trim())};
    }
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  // ---------------------------------------------------------------- the table

  static void printTable(
      PrintStream out,
      Mode mode,
      Map<String, ColdStats> cold,
      int[] tokens,
      Map<String, Integer> peerTokens,
      Map<String, JmhScore> jmh) {
    out.printf(
        "Comparison, %s mode, %s; %s %s, %d CPUs%n%n",
        mode.name(),
        Instant.now(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());
    StringBuilder header =
        new StringBuilder("| measured in this run | Toolwright | hand-written |");
    StringBuilder rule = new StringBuilder("|---|---|---|");
    for (Peer peer : PEERS) {
      header.append(' ').append(peer.label()).append(" |");
      rule.append("---|");
    }
    out.println(header);
    out.println(rule);
    String none = " - |".repeat(PEERS.size());

    for (String tool : List.of("getBalance", "listInvoices")) {
      JmhScore execute = jmh.get(tool + "Execute");
      JmhScore hand = jmh.get(tool + "HandWritten");
      if (execute == null || hand == null) {
        continue;
      }
      StringBuilder peerCalls = new StringBuilder();
      StringBuilder peerRatios = new StringBuilder();
      for (Peer peer : PEERS) {
        JmhScore score = jmh.get(tool + peer.benchmarkSuffix());
        peerCalls.append(' ').append(score == null ? "-" : score.cell()).append(" |");
        peerRatios
            .append(' ')
            .append(score == null ? "-" : String.format("%.2fx", score.value() / hand.value()))
            .append(" |");
      }
      out.printf(
          "| `%s` per call, ns: median of the forks' means [range] | %s | %s |%s%n",
          snake(tool), execute.cell(), hand.cell(), peerCalls);
      out.printf(
          "| `%s` per call / hand-written | %.2fx | 1.00x |%s%n",
          snake(tool), execute.value() / hand.value(), peerRatios);
    }

    ColdStats empty = cold.get("EmptyMain");
    ColdStats definitions = cold.get("ToolwrightDefinitions");
    ColdStats firstCall = cold.get("ToolwrightFirstCall");
    ColdStats handFirst = cold.get("HandWrittenFirstCall");
    out.printf(
        "| JVM start to definitions in hand / empty `main` (%.0f ms); Toolwright all 8, peers 2 |"
            + " %.2fx (%.0f ms) | - |%s%n",
        empty.wallMillis(),
        definitions.wallMillis() / empty.wallMillis(),
        definitions.wallMillis(),
        peerCells(cold, empty, Peer::definitionsMain, ColdStats::wallMillis, "ms"));
    out.printf(
        "| JVM start to first executed call / empty `main` | %.2fx (%.0f ms) | %.2fx (%.0f ms)"
            + " |%s%n",
        firstCall.wallMillis() / empty.wallMillis(),
        firstCall.wallMillis(),
        handFirst.wallMillis() / empty.wallMillis(),
        handFirst.wallMillis(),
        peerCells(cold, empty, Peer::firstCallMain, ColdStats::wallMillis, "ms"));
    if (empty.peakMegabytes() > 0) {
      out.printf(
          "| peak RSS, definitions in hand / empty `main` (%.0f MB) | %.2fx (%.0f MB) | - |%s%n",
          empty.peakMegabytes(),
          definitions.peakMegabytes() / empty.peakMegabytes(),
          definitions.peakMegabytes(),
          peerCells(cold, empty, Peer::definitionsMain, ColdStats::peakMegabytes, "MB"));
      out.printf(
          "| peak RSS, first executed call / empty `main` | %.2fx (%.0f MB) | %.2fx (%.0f MB)"
              + " |%s%n",
          firstCall.peakMegabytes() / empty.peakMegabytes(),
          firstCall.peakMegabytes(),
          handFirst.peakMegabytes() / empty.peakMegabytes(),
          handFirst.peakMegabytes(),
          peerCells(cold, empty, Peer::firstCallMain, ColdStats::peakMegabytes, "MB"));
    }
    out.printf(
        "| OpenAI tokens (o200k) of the 8 sample definitions, Chat (strict) | %d (%d) | - |%s%n",
        tokens[0], tokens[1], none);
    StringBuilder peerTokenCells = new StringBuilder();
    PEERS.forEach(
        peer -> peerTokenCells.append(' ').append(peerTokens.get(peer.label())).append(" |"));
    out.printf(
        "| OpenAI tokens (o200k) of `get_balance` and `list_invoices`, Chat | %d | - |%s%n",
        tokens[2], peerTokenCells);

    for (String pool : List.of("threadLocal", "shared")) {
      JmhScore one = jmh.get("threads01:" + pool);
      JmhScore two = jmh.get("threads02:" + pool);
      JmhScore sixteen = jmh.get("threads16:" + pool);
      if (one == null || two == null || sixteen == null) {
        continue;
      }
      out.printf(
          "| one registry, trivial call, %s pool: calls/µs on 1 thread; 2 and 16 threads / 1 |"
              + " %s; %.2fx; %.2fx | - |%s%n",
          pool, one.cell(), two.value() / one.value(), sixteen.value() / one.value(), none);
    }
    out.printf(
        "%nCold starts: medians of %d fresh JVMs of each kind, timed from spawn to the ready line;"
            + " peak RSS is the child's VmHWM then. JMH: %d x 1 s warm-up, %d x 1 s measurement;"
            + " per call %d fork(s), the median of their means with their range; threads %d"
            + " fork(s), mean ± 99.9%%.%n",
        mode.coldRuns(), mode.warmups(), mode.iterations(), mode.callForks(), mode.threadForks());
  }

  /** Each peer's cold figure as a multiple of the empty main's, with the figure itself. */
  private static String peerCells(
      Map<String, ColdStats> cold,
      ColdStats empty,
      Function<Peer, Class<?>> child,
      ToDoubleFunction<ColdStats> figure,
      String unit) {
    StringBuilder cells = new StringBuilder();
    for (Peer peer : PEERS) {
      ColdStats stats = cold.get(child.apply(peer).getSimpleName());
      cells.append(
          stats == null
              ? " - |"
              : String.format(
                  " %.2fx (%.0f %s) |",
                  figure.applyAsDouble(stats) / figure.applyAsDouble(empty),
                  figure.applyAsDouble(stats),
                  unit));
    }
    return cells.toString();
  }

  private static String snake(String camel) {
    return camel.replaceAll("([A-Z])", "_$1").toLowerCase();
  }
}
