package io.toolwright.benchmarks;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import io.toolwright.ToolCall;
import io.toolwright.ToolContext;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolResult;
import io.toolwright.sample.Balance;
import io.toolwright.sample.DateRange;
import io.toolwright.sample.InvoicePage;
import io.toolwright.sample.InvoiceStatus;
import io.toolwright.sample.SampleData;
import io.toolwright.sample.SupportDesk;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What executing a model's tool call through the registry costs, per call, against calling the
 * service method directly with arguments already parsed (the baseline), for two sample tools:
 *
 * <ul>
 *   <li>{@code get_balance}: a read with two scalars (a pattern-checked string and a boolean);
 *   <li>{@code list_invoices}: a read filtered by a Java enum and a nested record, with paging
 *       bounds.
 * </ul>
 *
 * <p>{@code *Execute} runs {@code registry.execute(List.of(call), context)} on the call's JSON text:
 * parse, structural check, conversion, Bean Validation, the call, the result as JSON. {@code *Direct}
 * is the bare method call; {@code *DirectToJson} adds turning the result into a JSON tree, which any
 * tool runtime must do to answer the model, so {@code Execute / DirectToJson} is the overhead
 * Toolwright adds to work that cannot be avoided. {@code *HandWritten} is the whole hand-written
 * baseline ({@link HandWritten}: the arguments' text parsed into a Jackson tree, the method called,
 * the result written as JSON bytes, nothing checked), the one {@link Comparison} sets every library
 * against. All baselines run in the same JVM as the measured path. {@code *LangChain4j} executes the
 * same call's JSON text through LangChain4j's {@code DefaultToolExecutor} ({@link LangChain4jPeer}),
 * and {@code *SpringAi} through Spring AI's {@code ToolCallback}s ({@link SpringAiPeer}); both answer
 * with the same JSON ({@code EqualWorkTest}).
 *
 * <p>Run through {@link #main}, which also prints the ratios ({@code java -cp
 * benchmarks/target/benchmarks.jar io.toolwright.benchmarks.ExecuteBenchmark}, about 90 s with the
 * defaults below), or through JMH's own main ({@code java -jar benchmarks/target/benchmarks.jar
 * ExecuteBenchmark}); both take JMH's options, such as {@code -f 3 -wi 10 -i 10} for a steadier run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ExecuteBenchmark {

  static final String BALANCE_ARGUMENTS = "{\"accountId\":\"ACC-1001\",\"includeUpcoming\":true}";
  static final String INVOICES_ARGUMENTS =
      "{\"status\":\"PAID\",\"issuedBetween\":{\"from\":\"2025-01-01\",\"to\":\"2025-06-30\"},"
          + "\"pageSize\":10,\"page\":0}";

  // Held so that the level sticks: java.util.logging keeps loggers only weakly.
  private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

  private SupportDesk desk;
  private ToolRegistry registry;
  private ToolContext session;
  private List<ToolCall> balanceCall;
  private List<ToolCall> invoicesCall;
  private JsonMapper mapper;
  private HandWritten handWritten;
  private Optional<InvoiceStatus> status;
  private Optional<DateRange> range;
  private LangChain4jPeer langChain4j;
  private ToolExecutionRequest langChain4jBalance;
  private ToolExecutionRequest langChain4jInvoices;
  private SpringAiPeer springAi;

  @Setup
  public void setUp() {
    HIBERNATE_VALIDATOR.setLevel(Level.WARNING); // its version banner, once per fork
    desk = SupportDesk.withSampleData();
    registry = desk.registry();
    session = SupportDesk.signedIn(SampleData.ANA);
    balanceCall = List.of(ToolCall.of("call_1", "get_balance", BALANCE_ARGUMENTS));
    invoicesCall = List.of(ToolCall.of("call_1", "list_invoices", INVOICES_ARGUMENTS));
    mapper = JsonMapper.builder().build();
    handWritten = new HandWritten(desk, new Arithmetic());
    status = Optional.of(InvoiceStatus.PAID);
    range = Optional.of(new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)));
    langChain4j = new LangChain4jPeer(new LangChain4jTools(desk));
    langChain4jBalance = LangChain4jPeer.request("get_balance", BALANCE_ARGUMENTS);
    langChain4jInvoices = LangChain4jPeer.request("list_invoices", INVOICES_ARGUMENTS);
    springAi = new SpringAiPeer(new SpringAiTools(desk));
    // A benchmark of failures would be meaningless: check both calls succeed before measuring.
    requireSuccess(registry.execute(balanceCall, session));
    requireSuccess(registry.execute(invoicesCall, session));
  }

  @Benchmark
  public Balance getBalanceDirect() {
    return desk.accountService().getBalance(SampleData.ANA, "ACC-1001", true);
  }

  @Benchmark
  public JsonNode getBalanceDirectToJson() {
    return mapper.valueToTree(desk.accountService().getBalance(SampleData.ANA, "ACC-1001", true));
  }

  @Benchmark
  public byte[] getBalanceHandWritten() {
    return handWritten.getBalance(SampleData.ANA, BALANCE_ARGUMENTS);
  }

  @Benchmark
  public List<ToolResult> getBalanceExecute() {
    return registry.execute(balanceCall, session);
  }

  @Benchmark
  public String getBalanceLangChain4j() {
    return langChain4j.execute(SampleData.ANA, langChain4jBalance);
  }

  @Benchmark
  public String getBalanceSpringAi() {
    return springAi.execute(SampleData.ANA, "get_balance", BALANCE_ARGUMENTS);
  }

  @Benchmark
  public InvoicePage listInvoicesDirect() {
    return desk.billingService().listInvoices(SampleData.ANA, status, range, 10, 0);
  }

  @Benchmark
  public JsonNode listInvoicesDirectToJson() {
    return mapper.valueToTree(desk.billingService().listInvoices(SampleData.ANA, status, range, 10, 0));
  }

  @Benchmark
  public byte[] listInvoicesHandWritten() {
    return handWritten.listInvoices(SampleData.ANA, INVOICES_ARGUMENTS);
  }

  @Benchmark
  public List<ToolResult> listInvoicesExecute() {
    return registry.execute(invoicesCall, session);
  }

  @Benchmark
  public String listInvoicesLangChain4j() {
    return langChain4j.execute(SampleData.ANA, langChain4jInvoices);
  }

  @Benchmark
  public String listInvoicesSpringAi() {
    return springAi.execute(SampleData.ANA, "list_invoices", INVOICES_ARGUMENTS);
  }

  private static void requireSuccess(List<ToolResult> results) {
    if (results.size() != 1 || results.get(0).isError()) {
      throw new IllegalStateException("the benchmarked call fails: " + results);
    }
  }

  /**
   * Runs this benchmark with JMH's usual command-line options and prints, per tool, the cost of
   * {@code execute} as a multiple of each baseline.
   */
  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    CommandLineOptions cli = new CommandLineOptions(args);
    Collection<RunResult> runs =
        new Runner(
                new OptionsBuilder()
                    .parent(cli)
                    .include(ExecuteBenchmark.class.getName() + "\\.")
                    .build())
            .run();
    Map<String, double[]> scores = new TreeMap<>();
    for (RunResult run : runs) {
      String label = run.getParams().getBenchmark();
      scores.put(
          label.substring(label.lastIndexOf('.') + 1),
          new double[] {run.getPrimaryResult().getScore(), run.getPrimaryResult().getScoreError()});
    }
    System.out.println();
    System.out.printf("%-13s %18s %18s %18s %15s %15s%n",
        "ns per call", "direct", "direct+json", "execute", "execute/direct", "execute/d+json");
    for (String tool : List.of("getBalance", "listInvoices")) {
      double[] direct = scores.get(tool + "Direct");
      double[] directToJson = scores.get(tool + "DirectToJson");
      double[] execute = scores.get(tool + "Execute");
      if (direct == null || directToJson == null || execute == null) {
        continue;
      }
      System.out.printf("%-13s %18s %18s %18s %14.1fx %14.1fx%n",
          tool, withError(direct), withError(directToJson), withError(execute),
          execute[0] / direct[0], execute[0] / directToJson[0]);
    }
  }

  private static String withError(double[] scoreAndError) {
    return Double.isNaN(scoreAndError[1])
        ? String.format("%.0f", scoreAndError[0])
        : String.format("%.0f +- %.0f", scoreAndError[0], scoreAndError[1]);
  }
}
