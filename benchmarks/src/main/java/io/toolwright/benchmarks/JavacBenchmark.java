package io.toolwright.benchmarks;

import io.toolwright.testkit.bfcl.BfclCorpus;
import io.toolwright.testkit.bfcl.BfclJavaMapper;
import io.toolwright.testkit.bfcl.MappedFunction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * What the processor adds to a build: javac over many small tool classes, one {@code @Tool} method
 * each, as whole {@code javac} processes with the processor and without it ({@code -proc:none}),
 * runs alternated, medians, and their ratio. Also prints the lines of Java generated per tool.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.toolwright.benchmarks.JavacBenchmark
 *     [--classes N] [--runs R] [--bfcl folder] [--keep]
 * </pre>
 *
 * <p>The classes are synthetic ({@link SyntheticTools}: one tool each, two to five parameters of
 * the kinds BFCL's functions have, Javadoc for every one), or, with {@code --bfcl}, the BFCL
 * functions mapped to Java as the processor's conformance test maps them ({@link BfclJavaMapper};
 * the data stays where it is and nothing of it is written outside a temporary folder). javac is
 * the one beside the running JVM, with this jar as class path and processor path; {@code -proc:none}
 * for the baseline, {@code -processor io.toolwright.processor.ToolProcessor} otherwise (so no other
 * processor in the jar is discovered). Each run compiles into a fresh output folder. {@code --keep}
 * leaves the temporary folder (with the last run's generated sources) in place and prints it.
 */
public final class JavacBenchmark {

  private static final String PACKAGE = "bench";

  private JavacBenchmark() {}

  public static void main(String[] args) throws Exception {
    int classes = 1213;
    int runs = 3;
    Path bfcl = null;
    boolean keep = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--classes" -> classes = Integer.parseInt(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--bfcl" -> bfcl = Path.of(args[++i]);
        case "--keep" -> keep = true;
        default -> {
          System.err.println(
              "usage: JavacBenchmark [--classes N] [--runs R] [--bfcl folder] [--keep]");
          System.exit(2);
        }
      }
    }
    Map<String, String> sources = bfcl == null ? SyntheticTools.sources(PACKAGE, classes) : bfcl(bfcl, classes);
    Path root = Files.createTempDirectory("javac-benchmark");
    try {
      Result result = run(root, sources, runs);
      System.out.println(result.table());
    } finally {
      if (keep) {
        System.out.println("kept " + root);
      } else {
        delete(root);
      }
    }
  }

  /** The first {@code limit} compilable BFCL functions, by qualified class name. */
  private static Map<String, String> bfcl(Path folder, int limit) throws IOException {
    BfclCorpus corpus = BfclCorpus.read(folder, BfclCorpus.CATEGORIES);
    BfclJavaMapper.Mapping mapping =
        new BfclJavaMapper(PACKAGE, null).map(BfclJavaMapper.distinct(corpus.questions()));
    Map<String, String> sources = new LinkedHashMap<>(mapping.supportSources());
    mapping.functions().stream()
        .filter(MappedFunction::compilable)
        .limit(limit)
        .forEach(f -> sources.put(PACKAGE + "." + f.className(), f.source()));
    return sources;
  }

  /**
   * The medians and what was generated.
   *
   * @param tools the {@code @Tool} classes compiled (one tool each)
   */
  record Result(
      int tools,
      long sourceLines,
      long generatedLines,
      long resourceLines,
      List<Timing> without,
      List<Timing> with,
      List<Timing> generatedOnly) {

    String table() {
      return String.format(
          "| tool classes | source lines | generated Java lines per tool | resource lines per tool |%n"
              + "|---|---|---|---|%n"
              + "| %d | %d | %.1f | %.1f |%n%n"
              + "| medians of %d runs | javac -proc:none | javac + processor | ratio |"
              + " tools and generated sources, -proc:none | ratio |%n"
              + "|---|---|---|---|---|---|%n"
              + "%s%n%s",
          tools,
          sourceLines,
          generatedLines / (double) tools,
          resourceLines / (double) tools,
          with.size(),
          row("elapsed", Timing::elapsed),
          row("CPU (user + system)", Timing::cpu));
    }

    private String row(String label, ToDoubleFunction<Timing> figure) {
      List<Double> a = without.stream().map(figure::applyAsDouble).toList();
      List<Double> b = with.stream().map(figure::applyAsDouble).toList();
      List<Double> c = generatedOnly.stream().map(figure::applyAsDouble).toList();
      return String.format(
          "| %s | %.2f s %s | %.2f s %s | %.2fx | %.2f s %s | %.2fx |",
          label,
          median(a),
          runs(a),
          median(b),
          runs(b),
          median(b) / median(a),
          median(c),
          runs(c),
          median(c) / median(a));
    }

    private static String runs(List<Double> seconds) {
      return seconds.stream()
          .map(s -> String.format("%.1f", s))
          .toList()
          .toString()
          .replace(", ", " ");
    }
  }

  static Result run(Path root, Map<String, String> sources, int runs) throws Exception {
    Path src = root.resolve("src");
    List<String> files = new ArrayList<>();
    long sourceLines = 0;
    int tools = 0;
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue());
      files.add(file.toString());
      sourceLines += source.getValue().lines().count();
      if (source.getValue().contains("@Tool")) {
        tools++;
      }
    }
    Files.write(root.resolve("sources.txt"), files);
    List<Timing> without = new ArrayList<>();
    List<Timing> with = new ArrayList<>();
    List<Timing> generatedOnly = new ArrayList<>();
    long generated = 0;
    long resources = 0;
    for (int run = 0; run < runs; run++) {
      without.add(javac(root, Mode.WITHOUT));
      with.add(javac(root, Mode.WITH));
      generated = lines(root.resolve("generated"), ".java");
      resources = lines(root.resolve("classes/META-INF/toolwright"), ".json");
      generatedOnly.add(javac(root, Mode.GENERATED_WITHOUT));
      System.err.printf(
          "run %d: without %s, with %s, generated without %s%n",
          run + 1, last(without), last(with), last(generatedOnly));
    }
    return new Result(tools, sourceLines, generated, resources, without, with, generatedOnly);
  }

  /** What a javac run compiles, and with which processor. */
  private enum Mode {
    /** The tool classes, {@code -proc:none}. */
    WITHOUT,
    /** The tool classes with the processor. */
    WITH,
    /**
     * The tool classes and what the processor generated in the run before, {@code -proc:none}:
     * javac's part of the processor's cost, compiling the generated code.
     */
    GENERATED_WITHOUT
  }

  /** One javac process over every source; seconds from start to exit. */
  private static Timing javac(Path root, Mode mode) throws Exception {
    boolean processor = mode == Mode.WITH;
    Path classes = root.resolve("classes");
    Path generated = root.resolve(processor ? "generated" : "generated-unused");
    delete(classes);
    delete(generated);
    Files.createDirectories(classes);
    Files.createDirectories(generated);
    String javac = Path.of(System.getProperty("java.home"), "bin", "javac").toString();
    String classPath = System.getProperty("java.class.path");
    List<String> command =
        new ArrayList<>(
            List.of(
                javac,
                "-encoding",
                "UTF-8",
                "-nowarn",
                "-classpath",
                classPath,
                "-d",
                classes.toString(),
                "-s",
                generated.toString()));
    if (processor) {
      command.addAll(
          Arrays.asList(
              "-processorpath",
              classPath,
              "-processor",
              "io.toolwright.processor.ToolProcessor",
              "-Atoolwright.severity=missing-description:ignore"));
    } else {
      command.add("-proc:none");
    }
    command.add("@" + root.resolve("sources.txt"));
    if (mode == Mode.GENERATED_WITHOUT) {
      List<String> generatedFiles = new ArrayList<>();
      try (Stream<Path> paths = Files.walk(root.resolve("generated"))) {
        paths.filter(p -> p.toString().endsWith(".java")).forEach(p -> generatedFiles.add(p.toString()));
      }
      Files.write(root.resolve("generated.txt"), generatedFiles);
      command.add("@" + root.resolve("generated.txt"));
    }
    Path log = root.resolve("javac-" + mode.name().toLowerCase(Locale.ROOT) + ".log");
    Path times = root.resolve("times.txt");
    // bash's time reports the CPU seconds of javac's whole process tree (compiler, JIT and GC
    // threads), which other work on the machine disturbs less than the elapsed time.
    List<String> timed =
        new ArrayList<>(
            List.of(
                "bash",
                "-c",
                "TIMEFORMAT='%3R %3U %3S'; { time \"$@\" >\"$JAVAC_LOG\" 2>&1; } 2>\"$JAVAC_TIMES\"",
                "javac"));
    timed.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(timed).inheritIO();
    builder.environment().put("JAVAC_LOG", log.toString());
    builder.environment().put("JAVAC_TIMES", times.toString());
    int status = builder.start().waitFor();
    String[] figures = Files.readString(times).strip().split("\\s+");
    if (status != 0 || figures.length != 3) {
      throw new IllegalStateException(
          "javac failed (" + status + "):\n" + tail(Files.readString(log, StandardCharsets.UTF_8)));
    }
    return new Timing(
        Double.parseDouble(figures[0]),
        Double.parseDouble(figures[1]) + Double.parseDouble(figures[2]));
  }

  /** One javac run: seconds elapsed, and CPU seconds (user and system) of its process. */
  record Timing(double elapsed, double cpu) {}

  private static String tail(String text) {
    return text.length() <= 4000 ? text : text.substring(0, 4000) + "\n...";
  }

  private static <T> T last(List<T> values) {
    return values.get(values.size() - 1);
  }

  static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static long lines(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    long lines = 0;
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.filter(p -> p.toString().endsWith(suffix)).toList()) {
        try (Stream<String> text = Files.lines(path, StandardCharsets.UTF_8)) {
          lines += text.count();
        }
      }
    }
    return lines;
  }

  private static void delete(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
