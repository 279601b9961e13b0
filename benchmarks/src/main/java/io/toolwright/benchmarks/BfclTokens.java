package io.toolwright.benchmarks;

import io.toolwright.Dialect;
import io.toolwright.benchmarks.ToolResources.Resource;
import io.toolwright.processor.tokens.HarmonyToolsText;
import io.toolwright.processor.tokens.TokenCount;
import io.toolwright.processor.tokens.TokenCounter;
import io.toolwright.testkit.bfcl.BfclCorpus;
import io.toolwright.testkit.bfcl.BfclJavaMapper;
import io.toolwright.testkit.bfcl.BfclTokenComparison;
import io.toolwright.testkit.bfcl.MappedFunction;
import io.toolwright.testkit.bfcl.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAI tokens of BFCL's functions: each function of the Berkeley Function Calling Leaderboard
 * (v4, the categories with ground truth) mapped to a Java {@code @Tool} class as the processor's
 * conformance test maps it ({@link BfclJavaMapper}), run through the processor, and our {@code
 * openai-chat} rendering of every function compiled counted against BFCL's own definition of the
 * same function as an OpenAI tool ({@code BfclOpenAiTool}), both as an OpenAI model reads tools
 * (harmony text, {@code o200k_base}). Exits with 1 when ours costs more in total.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.toolwright.benchmarks.BfclTokens [bfcl folder]
 * </pre>
 *
 * <p>Without an argument the folder is {@code ../shared/data/bfcl} beside the checkout or a
 * directory above it. javac runs in this JVM with {@code -proc:only}: the processor writes every
 * rendering into {@code META-INF/toolwright/<class>.json}, which is all this needs.
 */
public final class BfclTokens {

  private static final String PACKAGE = "bfcl";

  /** Classes per javac run; one run of all is quadratic in javac's Filer (see the test). */
  private static final int CHUNK = 320;

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private BfclTokens() {}

  public static void main(String[] args) throws Exception {
    Optional<Path> folder =
        args.length > 0 ? Optional.of(Path.of(args[0])) : SharedData.folder("bfcl");
    if (folder.isEmpty() || !Files.isDirectory(folder.get())) {
      System.err.println(
          "BFCL data absent: give its folder, or put bfcl/ in one of " + SharedData.candidates());
      System.exit(2);
    }
    BfclTokenComparison.Result result = run(folder.get(), System.out);
    System.out.println(result);
    System.exit(result.ours() <= result.theirs() ? 0 : 1);
  }

  /** Maps, compiles and counts the functions of BFCL's categories in {@code folder}. */
  static BfclTokenComparison.Result run(Path folder, PrintStream log) throws Exception {
    return run(folder, BfclCorpus.CATEGORIES, log);
  }

  /** The same for some of the categories ({@code simple_java}, ...). */
  static BfclTokenComparison.Result run(Path folder, List<String> categories, PrintStream log)
      throws Exception {
    long start = System.nanoTime();
    BfclCorpus corpus = BfclCorpus.read(folder, categories);
    BfclJavaMapper.Mapping mapping =
        new BfclJavaMapper(PACKAGE, null).map(BfclJavaMapper.distinct(corpus.questions()));
    List<MappedFunction> compilable =
        mapping.functions().stream().filter(MappedFunction::compilable).toList();
    Map<String, JsonNode> renderings = compile(mapping.supportSources(), compilable);
    List<BfclTokenComparison.Function> functions = new ArrayList<>();
    for (MappedFunction function : compilable) {
      JsonNode tool = renderings.get(PACKAGE + "." + function.className());
      if (tool == null) {
        throw new IllegalStateException("no rendering of " + function.className());
      }
      functions.add(
          BfclTokenComparison.Function.of(
              function,
              rendering(tool, Dialect.OPENAI_CHAT),
              rendering(tool, Dialect.OPENAI_CHAT_STRICT)));
    }
    log.printf(
        "%d distinct BFCL functions, %d compilable, compiled in %.1f s%n",
        mapping.functions().size(), compilable.size(), (System.nanoTime() - start) / 1e9);
    return BfclTokenComparison.compare(functions, COUNTER);
  }

  /** The processor's counter, as the comparison in the test kit takes it. */
  static final BfclTokenComparison.Counter COUNTER =
      new BfclTokenComparison.Counter() {
        @Override
        public BfclTokenComparison.Counted count(List<String> toolJsons) {
          TokenCount count = TokenCounter.countOpenAiFunctions(toolJsons);
          return new BfclTokenComparison.Counted(count.perTool(), count.total());
        }

        @Override
        public String text(String toolJson) {
          return HarmonyToolsText.function(MAPPER.readTree(toolJson));
        }
      };

  private static String rendering(JsonNode tool, Dialect dialect) {
    JsonNode json = tool.path("renderings").path(dialect.key());
    if (json.isString()) {
      json = MAPPER.readTree(json.stringValue());
    }
    if (!json.isObject() || !(json.has("function") || json.has("name"))) {
      throw new IllegalStateException("not rendered for " + dialect.key() + ": " + json);
    }
    return MAPPER.writeValueAsString(json);
  }

  /** The first tool of each class's resource, by the class's qualified name. */
  private static Map<String, JsonNode> compile(
      Map<String, String> supportSources, List<MappedFunction> functions) throws Exception {
    Path root = Files.createTempDirectory("bfcl-tokens");
    ExecutorService threads =
        Executors.newFixedThreadPool(Math.min(2, Runtime.getRuntime().availableProcessors()));
    try {
      List<Future<Path>> chunks = new ArrayList<>();
      for (int from = 0; from < functions.size(); from += CHUNK) {
        List<MappedFunction> part =
            functions.subList(from, Math.min(from + CHUNK, functions.size()));
        Path dir = root.resolve("chunk" + from);
        chunks.add(threads.submit(() -> compile(dir, supportSources, part)));
      }
      List<Path> outputs = new ArrayList<>();
      for (Future<Path> chunk : chunks) {
        outputs.add(chunk.get());
      }
      Map<String, JsonNode> tools = new HashMap<>();
      for (Resource resource : ToolResources.in(outputs)) {
        JsonNode json = MAPPER.readTree(resource.text());
        tools.put(json.path("class").asString(""), json.path("tools").path(0));
      }
      return tools;
    } finally {
      threads.shutdownNow();
      delete(root);
    }
  }

  private static Path compile(
      Path dir, Map<String, String> supportSources, List<MappedFunction> functions)
      throws IOException {
    Path sources = dir.resolve("src");
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    List<String> files = new ArrayList<>();
    Map<String, String> all = new HashMap<>(supportSources);
    functions.forEach(f -> all.put(PACKAGE + "." + f.className(), f.source()));
    for (Map.Entry<String, String> source : all.entrySet()) {
      Path file = sources.resolve(source.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue());
      files.add(file.toString());
    }
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "-proc:only",
                "-processor",
                "io.toolwright.processor.ToolProcessor",
                "-Atoolwright.severity=missing-description:ignore",
                "-classpath",
                System.getProperty("java.class.path"),
                "-d",
                classes.toString(),
                "-s",
                dir.resolve("generated").toString()));
    Files.createDirectories(dir.resolve("generated"));
    arguments.addAll(files);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream messages = new ByteArrayOutputStream();
    int status =
        javac.run(
            null, OutputStream.nullOutputStream(), messages, arguments.toArray(String[]::new));
    if (status != 0) {
      throw new IllegalStateException(
          "javac failed:\n" + messages.toString(StandardCharsets.UTF_8));
    }
    return classes;
  }

  private static void delete(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
