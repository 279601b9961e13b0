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
import java.util.Map;
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
      List<Double> without,
      List<Double> with) {

    double ratio() {
      return median(with) / median(without);
    }

    String table() {
      return String.format(
          "| tool classes | source lines | javac -proc:none | javac + processor | ratio |"
              + " generated Java lines per tool | resource lines per tool |%n"
              + "|---|---|---|---|---|---|---|%n"
              + "| %d | %d | %.2f s %s | %.2f s %s | %.2fx | %.1f | %.1f |",
          tools,
          sourceLines,
          median(without),
          runs(without),
          median(with),
          runs(with),
          ratio(),
          generatedLines / (double) tools,
          resourceLines / (double) tools);
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
    List<Double> without = new ArrayList<>();
    List<Double> with = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      without.add(javac(root, false));
      with.add(javac(root, true));
      System.err.printf(
          "run %d: without %.2f s, with %.2f s%n", run + 1, last(without), last(with));
    }
    long generated = lines(root.resolve("generated"), ".java");
    long resources = lines(root.resolve("classes/META-INF/toolwright"), ".json");
    return new Result(tools, sourceLines, generated, resources, without, with);
  }

  /** One javac process over every source; seconds from start to exit. */
  private static double javac(Path root, boolean processor) throws Exception {
    Path classes = root.resolve("classes");
    Path generated = root.resolve("generated");
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
    Path log = root.resolve(processor ? "javac-with.log" : "javac-without.log");
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    int status = process.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (status != 0) {
      throw new IllegalStateException(
          "javac failed (" + status + "):\n" + tail(Files.readString(log, StandardCharsets.UTF_8)));
    }
    return seconds;
  }

  private static String tail(String text) {
    return text.length() <= 4000 ? text : text.substring(0, 4000) + "\n...";
  }

  private static double last(List<Double> values) {
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
