package io.toolwright.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.toolwright.Dialect;
import io.toolwright.ToolCall;
import io.toolwright.ToolContext;
import io.toolwright.ToolDefinition;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolResult;
import io.toolwright.ToolSet;
import io.toolwright.processor.tokens.HarmonyToolsText;
import io.toolwright.processor.tokens.TokenCount;
import io.toolwright.processor.tokens.TokenCounter;
import io.toolwright.testkit.SchemaOracle;
import io.toolwright.testkit.VerdictCheck;
import io.toolwright.testkit.bfcl.BfclCorpus;
import io.toolwright.testkit.bfcl.BfclJavaMapper;
import io.toolwright.testkit.bfcl.BfclSchema;
import io.toolwright.testkit.bfcl.BfclTokenComparison;
import io.toolwright.testkit.bfcl.GroundTruthArguments;
import io.toolwright.testkit.bfcl.GroundTruthArguments.ArgumentSet;
import io.toolwright.testkit.bfcl.MappedFunction;
import io.toolwright.testkit.bfcl.ReceivedArguments;
import io.toolwright.testkit.bfcl.ReceivedValues;
import io.toolwright.testkit.bfcl.SharedData;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Conformance over the Berkeley Function Calling Leaderboard (v4): every function of its answered
 * categories becomes a Java class with one {@code @Tool} method ({@link BfclJavaMapper}), all are
 * compiled with the processor, and every ground-truth call valid under BFCL's own schema ({@link
 * BfclSchema}) must be accepted by the generated canonical schema (networknt, 2020-12, formats
 * asserted) and by the dispatcher through {@link ToolRegistry#execute}, the method receiving the
 * values of the call. A call is each argument object {@link GroundTruthArguments} derives from one
 * ground-truth call. Skipped when {@code ../shared/data/bfcl} is absent.
 */
class BfclConformanceTest {

  private static final String PACKAGE = "bfcl";

  /**
   * The tool-quality lint, lowered to warnings so that a finding neither drops a function from the
   * calls checked here nor goes uncounted: the counts are the lint's precision table in the README.
   */
  private static final String LINT_AS_WARNINGS =
      "-Atoolwright.severity=missing-description:ignore,short-description:warning,"
          + "vague-description:warning,wide-parameter:warning,missing-enum:warning,"
          + "destructive-description:warning,unbounded-input:warning,tools-alike:warning";

  /** Every lint finding's first line, written to target/bfcl-lint-findings.txt for reading. */
  private static final Queue<String> LINT_FINDINGS =
      new ConcurrentLinkedQueue<>();

  @Test
  void everyValidGroundTruthCallIsAcceptedWithItsValues() throws Exception {
    Optional<Path> folder = SharedData.folder("bfcl");
    Assumptions.assumeTrue(
        folder.isPresent(),
        "BFCL data absent: no bfcl/ folder in "
            + SharedData.candidates()
            + " (set -D"
            + SharedData.PROPERTY
            + "=<dir holding bfcl/>)");
    long start = System.nanoTime();
    long startCpu = processCpuNanos();
    BfclCorpus corpus = BfclCorpus.read(folder.get());
    List<JsonNode> declarations = BfclJavaMapper.distinct(corpus.questions());
    BfclJavaMapper.Mapping mapping =
        new BfclJavaMapper(PACKAGE, ReceivedArguments.SINK).map(declarations);
    Report report = new Report();
    report.functionsRead = corpus.questions().stream().mapToInt(q -> q.functions().size()).sum();
    report.distinct = declarations.size();
    report.renamedTools = mapping.names().changed();

    Map<String, MappedFunction> byKey = new HashMap<>();
    for (MappedFunction function : mapping.functions()) {
      byKey.put(BfclJavaMapper.key(function.function()), function);
      if (!function.compilable()) {
        report.notCompilable.merge(reasonKind(function.notCompilable()), 1, Integer::sum);
        report.notCompilableByName.put(function.bfclName(), function.notCompilable());
      }
      function.notes().forEach(note -> report.notes.merge(noteKind(note), 1, Integer::sum));
    }

    List<Compilation> compilations = compile(mapping, report);
    Files.write(
        Path.of("target/bfcl-lint-findings.txt"),
        LINT_FINDINGS.stream().filter(f -> f.contains("[toolwright:")).sorted().toList());
    report.compileSeconds = (System.nanoTime() - start) / 1e9;
    report.compileCpuSeconds = (processCpuNanos() - startCpu) / 1e9;
    Map<String, ToolSet> toolSets = bind(mapping, compilations);
    for (MappedFunction function : mapping.functions()) {
      ToolSet set = toolSets.get(function.className());
      if (set != null) {
        compareDescriptions(function, set.definitions().get(0), report);
      }
    }

    for (BfclCorpus.Question question : corpus.questions()) {
      List<BfclCorpus.Call> calls = corpus.answers().get(question.id());
      if (calls == null) {
        continue;
      }
      Map<String, MappedFunction> offered = new LinkedHashMap<>();
      List<ToolSet> sets = new ArrayList<>();
      for (JsonNode declaration : question.functions()) {
        MappedFunction function = byKey.get(BfclJavaMapper.key(declaration));
        offered.put(function.bfclName(), function);
        ToolSet set = toolSets.get(function.className());
        if (set != null) {
          sets.add(set);
        }
      }
      ToolRegistry registry = ToolRegistry.of(sets.toArray(ToolSet[]::new));
      for (BfclCorpus.Call call : calls) {
        check(call, calls.size() > 1, offered.get(call.function()), registry, report);
      }
    }
    report.seconds = (System.nanoTime() - start) / 1e9;
    report.cpuSeconds = (processCpuNanos() - startCpu) / 1e9;
    System.out.println(report);
    BfclTokenComparison.Result tokens = compareTokens(mapping, toolSets);
    System.out.println(tokens);

    assertThat(report.didNotCompile)
        .as("functions the mapper marks compilable that did not compile")
        .isEmpty();
    assertThat(report.descriptionsDiffering)
        .as("descriptions the generated schema does not carry as BFCL wrote them")
        .isEmpty();
    assertThat(report.failures)
        .as("ground-truth calls valid under BFCL's schema that Toolwright did not accept as sent")
        .isEmpty();
    assertThat(report.validCalls).as("calls checked").isGreaterThan(1000);
    assertThat(tokens.ours())
        .as(
            "OpenAI tokens of our openai-chat rendering of the BFCL functions against BFCL's own"
                + " definitions rendered the same way")
        .isLessThanOrEqualTo(tokens.theirs());
  }

  /**
   * Our {@code openai-chat} rendering of every compiled function against BFCL's own definition of
   * it as an OpenAI tool, counted as an OpenAI model reads them (harmony text, {@code o200k_base}).
   */
  static BfclTokenComparison.Result compareTokens(
      BfclJavaMapper.Mapping mapping, Map<String, ToolSet> toolSets) {
    List<BfclTokenComparison.Function> functions = new ArrayList<>();
    for (MappedFunction function : mapping.functions()) {
      ToolSet set = toolSets.get(function.className());
      if (set != null) {
        ToolRegistry registry = ToolRegistry.of(set);
        functions.add(
            BfclTokenComparison.Function.of(
                function,
                registry.definitions(Dialect.OPENAI_CHAT).tools().get(0).json(),
                registry.definitions(Dialect.OPENAI_CHAT_STRICT).tools().get(0).json()));
      }
    }
    return BfclTokenComparison.compare(functions, OPENAI_COUNTER);
  }

  /** The processor's counter, as the comparison in the test kit takes it. */
  static final BfclTokenComparison.Counter OPENAI_COUNTER =
      new BfclTokenComparison.Counter() {
        @Override
        public BfclTokenComparison.Counted count(List<String> toolJsons) {
          TokenCount count = TokenCounter.countOpenAiFunctions(toolJsons);
          return new BfclTokenComparison.Counted(count.perTool(), count.total());
        }

        @Override
        public String text(String toolJson) {
          return HarmonyToolsText.function(SchemaOracle.JSON.readTree(toolJson));
        }
      };

  private static void check(
      BfclCorpus.Call call,
      boolean several,
      MappedFunction function,
      ToolRegistry registry,
      Report report) {
    report.groundTruthCalls++;
    if (function == null) {
      report.argumentSets++;
      report.invalid.merge("names a function the record does not offer", 1, Integer::sum);
      report.invalidById.put(call.label(several), "no function " + call.function());
      return;
    }
    JsonNode bfclSchema =
        report.bfclSchemas.computeIfAbsent(
            function.className(), name -> BfclSchema.of(function.function()));
    for (ArgumentSet set : GroundTruthArguments.of(function.function(), call.accepted())) {
      String id = call.label(several) + " " + set.label();
      report.argumentSets++;
      List<SchemaOracle.Violation> bfclViolations =
          SchemaOracle.violations(bfclSchema, set.arguments());
      if (!bfclViolations.isEmpty()) {
        String reason =
            bfclViolations.stream()
                .map(SchemaOracle.Violation::keyword)
                .distinct()
                .collect(Collectors.joining(", "));
        report.invalid.merge(reason, 1, Integer::sum);
        report.invalidById.put(id, bfclViolations + " " + excerpt(set.arguments()));
        continue;
      }
      report.validCalls++;
      if (!function.compilable()) {
        report.validOfNotCompilable++;
        continue;
      }
      report.validCompilable++;
      JsonNode arguments = ReceivedValues.javaNames(function.parameters(), set.arguments());
      ToolDefinition definition =
          registry.definitions().stream()
              .filter(d -> d.name().equals(function.toolName()))
              .findFirst()
              .orElseThrow();
      List<SchemaOracle.Violation> violations =
          SchemaOracle.violations(report.schema(definition), arguments);
      if (violations.isEmpty()) {
        report.acceptedBySchema++;
      }
      ReceivedArguments.drain();
      String text = SchemaOracle.JSON.writeValueAsString(arguments);
      ToolResult result =
          registry
              .execute(
                  List.of(ToolCall.of("c" + report.argumentSets, function.toolName(), text)),
                  ToolContext.empty())
              .get(0);
      List<ReceivedArguments.Received> received = ReceivedArguments.drain();
      boolean dispatched =
          !result.isError()
              && received.size() == 1
              && received.get(0).tool().equals(function.toolName());
      if (dispatched) {
        report.acceptedByDispatcher++;
      }
      String difference =
          dispatched
              ? ReceivedValues.difference(
                  function.parameters(), arguments, received.get(0).values())
              : null;
      if (dispatched && difference == null) {
        report.sameValues++;
      }
      if (!violations.isEmpty() || !dispatched || difference != null) {
        report.failures.put(
            id + " (" + function.bfclName() + " as " + function.toolName() + ")",
            (violations.isEmpty() ? "" : "schema rejects " + violations + "; ")
                + (dispatched ? "" : "dispatcher: " + result.content() + "; ")
                + (difference == null ? "" : "values differ: " + difference + "; ")
                + "arguments "
                + text);
      }
    }
  }

  /**
   * The tool's and each parameter's description in the generated schema against BFCL's, white space
   * collapsed (Javadoc is read as one line): the mapper's escaping must bring back the text.
   */
  private static void compareDescriptions(
      MappedFunction function, ToolDefinition definition, Report report) {
    List<String[]> pairs = new ArrayList<>();
    pairs.add(
        new String[] {
          "", function.function().path("description").asString(""), definition.description()
        });
    JsonNode properties = report.schema(definition).path("properties");
    for (var parameter : function.parameters()) {
      pairs.add(
          new String[] {
            "/" + parameter.javaName(),
            parameter.description(),
            properties.path(parameter.javaName()).path("description").asString("")
          });
    }
    for (String[] pair : pairs) {
      report.descriptions++;
      if (!oneLine(pair[1]).equals(oneLine(pair[2]))) {
        report.descriptionsDiffering.put(
            function.bfclName() + pair[0] + " (" + function.className() + ")",
            "BFCL "
                + SchemaOracle.JSON.writeValueAsString(pair[1])
                + ", schema "
                + SchemaOracle.JSON.writeValueAsString(pair[2]));
      }
    }
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /**
   * Classes per javac run. javac's Filer compares every file it creates with all created before in
   * the run, so one run of every class spends time quadratic in their number; runs of this size
   * keep that small and let two cores work.
   */
  private static final int CHUNK = 320;

  /**
   * A javac run over some classes, after leaving out any that did not compile (by name, with the
   * first error).
   */
  private record Chunk(
      Compilation compilation,
      int runs,
      Map<String, Integer> warnings,
      Map<String, String> didNotCompile) {}

  private static List<Compilation> compile(BfclJavaMapper.Mapping mapping, Report report)
      throws Exception {
    List<MappedFunction> compilable =
        mapping.functions().stream().filter(MappedFunction::compilable).toList();
    report.compilable = compilable.size();
    ExecutorService threads =
        Executors.newFixedThreadPool(Math.min(2, Runtime.getRuntime().availableProcessors()));
    try {
      List<Future<Chunk>> chunks = new ArrayList<>();
      for (int from = 0; from < compilable.size(); from += CHUNK) {
        List<MappedFunction> part =
            compilable.subList(from, Math.min(from + CHUNK, compilable.size()));
        chunks.add(threads.submit(() -> compile(mapping.supportSources(), part)));
      }
      List<Compilation> compilations = new ArrayList<>();
      for (Future<Chunk> future : chunks) {
        Chunk chunk = future.get();
        compilations.add(chunk.compilation());
        report.javacRuns += chunk.runs();
        chunk.warnings().forEach((rule, count) -> report.warnings.merge(rule, count, Integer::sum));
        report.didNotCompile.putAll(chunk.didNotCompile());
      }
      return compilations;
    } finally {
      threads.shutdownNow();
    }
  }

  private static Chunk compile(Map<String, String> supportSources, List<MappedFunction> functions) {
    Map<String, JavaFileObject> sources = new LinkedHashMap<>();
    supportSources.forEach(
        (name, text) -> sources.put(name, JavaFileObjects.forSourceString(name, text)));
    Map<String, MappedFunction> byClass = new HashMap<>();
    for (MappedFunction function : functions) {
      String name = PACKAGE + "." + function.className();
      sources.put(name, JavaFileObjects.forSourceString(name, function.source()));
      byClass.put(function.className(), function);
    }
    Map<String, String> didNotCompile = new TreeMap<>();
    for (int attempt = 1; ; attempt++) {
      Compilation compilation =
          javac()
              .withProcessors(new ToolProcessor())
              // javac prints 100 warnings per run unless told otherwise: count them all.
              .withOptions(LINT_AS_WARNINGS, "-Xmaxwarns", "100000")
              .compile(sources.values());
      if (compilation.status() == Compilation.Status.SUCCESS || attempt == 3) {
        Map<String, Integer> warnings = new TreeMap<>();
        for (Diagnostic<? extends JavaFileObject> warning : compilation.warnings()) {
          warnings.merge(ruleOf(warning.getMessage(null)), 1, Integer::sum);
          LINT_FINDINGS.add(warning.getMessage(null).lines().findFirst().orElse(""));
        }
        assertThat(compilation.status())
            .as("javac after leaving out the failing classes")
            .isEqualTo(Compilation.Status.SUCCESS);
        return new Chunk(compilation, attempt, warnings, didNotCompile);
      }
      for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
        String file = error.getSource() == null ? "?" : error.getSource().getName();
        String simple = file.substring(file.lastIndexOf('/') + 1).replace(".java", "");
        MappedFunction function = byClass.get(simple);
        String name = function == null ? simple : function.bfclName() + " (" + simple + ")";
        didNotCompile.putIfAbsent(name, error.getMessage(null).lines().findFirst().orElse(""));
        sources.remove(PACKAGE + "." + simple);
      }
    }
  }

  private static Map<String, ToolSet> bind(
      BfclJavaMapper.Mapping mapping, List<Compilation> compilations)
      throws ReflectiveOperationException {
    List<CompiledClasses> loaders = compilations.stream().map(CompiledClasses::new).toList();
    Map<String, ToolSet> sets = new HashMap<>();
    for (MappedFunction function : mapping.functions()) {
      if (!function.compilable()) {
        continue;
      }
      Class<?> toolClass = null;
      Class<?> tools = null;
      for (CompiledClasses loader : loaders) {
        try {
          toolClass = loader.loadClass(PACKAGE + "." + function.className());
          tools = loader.loadClass(PACKAGE + "." + function.className() + "Tools");
          break;
        } catch (ClassNotFoundException e) {
          // in another chunk, or it did not compile (reported)
        }
      }
      if (tools == null) {
        continue;
      }
      Object target = toolClass.getConstructor().newInstance();
      sets.put(
          function.className(), (ToolSet) tools.getMethod("bind", toolClass).invoke(null, target));
    }
    return sets;
  }

  /**
   * CPU time of the whole JVM (javac, JIT and GC threads too): wall time says little on a loaded
   * machine.
   */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static String excerpt(JsonNode arguments) {
    String text = SchemaOracle.JSON.writeValueAsString(arguments);
    return text.length() <= 160 ? text : text.substring(0, 160) + "...";
  }

  private static String ruleOf(String message) {
    int start = message.indexOf("[toolwright:");
    return start < 0
        ? message.lines().findFirst().orElse("")
        : message.substring(start, message.indexOf(']', start) + 1);
  }

  private static String reasonKind(String reason) {
    return reason
        .replaceFirst("^'[^']*': ", "")
        .replaceFirst(" without properties.*", " without properties")
        .replaceFirst("unknown type .*", "unknown type");
  }

  private static String noteKind(String note) {
    return note.replaceFirst("^'[^']*': ", "")
        .replaceFirst(" \\(values .*", "")
        .replaceFirst("^parameter '.*", "parameter renamed");
  }

  /** The figures the test prints. */
  private static final class Report {
    int functionsRead;
    int distinct;
    long renamedTools;
    int compilable;
    int javacRuns;
    double compileSeconds;
    double compileCpuSeconds;
    double seconds;
    double cpuSeconds;
    int groundTruthCalls;
    int argumentSets;
    int validCalls;
    int validOfNotCompilable;
    int validCompilable;
    int acceptedBySchema;
    int acceptedByDispatcher;
    int sameValues;
    int descriptions;
    final Map<String, String> descriptionsDiffering = new TreeMap<>();
    final Map<String, Integer> notCompilable = new TreeMap<>();
    final Map<String, String> notCompilableByName = new TreeMap<>();
    final Map<String, Integer> notes = new TreeMap<>();
    final Map<String, Integer> warnings = new TreeMap<>();
    final Map<String, String> didNotCompile = new TreeMap<>();
    final Map<String, Integer> invalid = new TreeMap<>();
    final Map<String, String> invalidById = new TreeMap<>();
    final Map<String, String> failures = new TreeMap<>();
    final Map<String, JsonNode> bfclSchemas = new HashMap<>();
    final Map<ToolDefinition, JsonNode> schemas = new HashMap<>();

    JsonNode schema(ToolDefinition definition) {
      return schemas.computeIfAbsent(definition, VerdictCheck::schema);
    }

    @Override
    public String toString() {
      StringBuilder out =
          new StringBuilder("\nBFCL conformance (v4: ")
              .append(String.join(", ", BfclCorpus.CATEGORIES))
              .append(")\n");
      out.append(
          String.format(
              "  functions read            %6d (%d distinct declarations; %d names mapped to other"
                  + " tool names)%n",
              functionsRead, distinct, renamedTools));
      out.append(String.format("  compilable                %6d%n", compilable));
      out.append(
          String.format(
              "  compiled                  %6d (%d javac runs; with reading and mapping %.1f s,"
                  + " %.1f s CPU)%n",
              compilable - didNotCompile.size(), javacRuns, compileSeconds, compileCpuSeconds));
      out.append(
          String.format(
              "  not compilable            %6d %s%n", distinct - compilable, notCompilable));
      out.append(String.format("  schema says less than BFCL %5s %s%n", "", notes));
      out.append(String.format("  javac warnings            %6s %s%n", "", warnings));
      out.append(
          String.format(
              "  descriptions as BFCL's    %6d of %d%n",
              descriptions - descriptionsDiffering.size(), descriptions));
      descriptionsDiffering.forEach(
          (id, why) -> out.append("    ").append(id).append(": ").append(why).append('\n'));
      out.append(
          String.format(
              "  ground-truth calls        %6d, as %d argument sets%n",
              groundTruthCalls, argumentSets));
      out.append(
          String.format(
              "  not valid under BFCL      %6d %s%n", argumentSets - validCalls, invalid));
      out.append(
          String.format(
              "  valid under BFCL          %6d (%d of them of functions not compilable)%n",
              validCalls, validOfNotCompilable));
      out.append(String.format("  of compiled functions     %6d%n", validCompilable));
      out.append(String.format("  accepted by schema        %6d%n", acceptedBySchema));
      out.append(String.format("  accepted by dispatcher    %6d%n", acceptedByDispatcher));
      out.append(String.format("  same values received      %6d%n", sameValues));
      out.append(String.format("  failures                  %6d%n", failures.size()));
      failures.forEach(
          (id, why) -> out.append("    ").append(id).append(": ").append(why).append('\n'));
      if (!didNotCompile.isEmpty()) {
        out.append("  did not compile:\n");
        didNotCompile.forEach(
            (id, why) -> out.append("    ").append(id).append(": ").append(why).append('\n'));
      }
      out.append("  not compilable, by function:\n");
      notCompilableByName.forEach(
          (id, why) -> out.append("    ").append(id).append(": ").append(why).append('\n'));
      out.append("  not valid under BFCL's schema, by id:\n");
      invalidById.forEach(
          (id, why) -> out.append("    ").append(id).append(": ").append(why).append('\n'));
      out.append(String.format("  %.1f s, %.1f s CPU%n", seconds, cpuSeconds));
      return out.toString();
    }
  }
}
