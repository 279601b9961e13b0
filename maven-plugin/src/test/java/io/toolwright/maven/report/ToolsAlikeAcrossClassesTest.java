package io.toolwright.maven.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.toolwright.contract.ResourceFiles;
import io.toolwright.processor.ToolProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code tools-alike} across classes flags exactly the pairs the processor flags within one class:
 * the same tools are compiled by the real processor once in one class, whose findings are the
 * expectation, and once split in two classes, whose build reports the plugin compares.
 */
class ToolsAlikeAcrossClassesTest {

  /** Tool name, method, description; the first half goes to class One, the rest to class Two. */
  private static final String[][] TOOLS = {
    {"list_invoices", "listInvoices", "Lists the unpaid invoices of the signed-in customer in all accounts, newest first."},
    {"find_nearby", "findNearby", "Finds nearby stores open now, with address, opening hours, phone, prices and rating."},
    {"store_find_nearby", "stores", "Locates nearby stores that are open now, with their address and opening hours."},
    {"list_tickets", "listTickets", "Lists the signed-in customer's support tickets, newest first."},
    {"open_invoices", "openInvoices", "Lists the signed-in customer's unpaid invoices in all accounts, newest first."},
    {"find_near", "findNear", "Finds nearby shops open now, with address, opening hours, phone, prices and rating."},
    {"library_find_nearby", "libraries", "Locates nearby libraries that are open now, with their address and opening hours."},
    {"invoices_list", "refunds", "Lists every refund of the customer's paid invoices, with amounts."},
  };

  private static final Pattern BY_DESCRIPTION = Pattern.compile(
      "\\[toolwright:tools-alike] Tool All\\.(\\w+) reads too much like All\\.(\\w+) to tell apart: their"
          + " descriptions have a similarity of ([0-9.]+)");
  private static final Pattern BY_NAME = Pattern.compile(
      "\\[toolwright:tools-alike] Tool name \"\\w+\" of All\\.(\\w+) has the same words as \"\\w+\" of All\\.(\\w+)");

  @ParameterizedTest
  @ValueSource(ints = {90, 80, 60})
  void flagsAcrossClassesWhatTheProcessorFlagsInOneClass(int threshold) {
    List<String> options = List.of("-Atoolwright.severity=tools-alike:warning",
        "-Atoolwright.toolsAlike.threshold=" + threshold);
    int half = TOOLS.length / 2;

    Compilation together = compile(options, source("All", 0, TOOLS.length));
    Set<String> expected = new TreeSet<>();
    for (Diagnostic<? extends JavaFileObject> warning : together.warnings()) {
      String message = warning.getMessage(Locale.ROOT);
      Matcher description = BY_DESCRIPTION.matcher(message);
      Matcher name = BY_NAME.matcher(message);
      if (description.find()) {
        expected.add(pair(toolOf(description.group(1)), toolOf(description.group(2)), description.group(3)));
      } else if (name.find()) {
        expected.add(pair(toolOf(name.group(1)), toolOf(name.group(2)), "name"));
      }
    }
    // Pairs within One or within Two are the processor's, not the report's.
    expected.removeIf(pair -> {
      String[] tools = pair.split(" ~ | \\(");
      return indexOf(tools[0]) < half == indexOf(tools[1]) < half;
    });

    Compilation apart = compile(options, source("One", 0, half), source("Two", half, TOOLS.length));
    BuildSummary summary = BuildSummary.builder().add(report(apart, "p.One")).add(report(apart, "p.Two")).build();
    Set<String> flagged = new TreeSet<>();
    for (ToolsAlike.Pair pair : summary.alike(threshold)) {
      assertThat(pair.firstClass()).isEqualTo("p.One");
      assertThat(pair.secondClass()).isEqualTo("p.Two");
      flagged.add(pair(pair.first().name(), pair.second().name(),
          pair.byName() ? "name" : ToolsAlike.format(pair.similarity())));
    }

    assertThat(flagged).isEqualTo(expected);
    if (threshold == 90) {
      // The case covers both kinds, and the exception for words the names stand on.
      assertThat(flagged).containsExactly("find_near ~ find_nearby (0.90)",
          "invoices_list ~ list_invoices (name)", "list_invoices ~ open_invoices (1.00)");
    }
  }

  @org.junit.jupiter.api.Test
  void theMessageNamesBothToolsTheirClassesAndTheSimilarity() {
    Compilation apart = compile(List.of("-Atoolwright.severity=tools-alike:warning"),
        source("One", 0, 4), source("Two", 4, TOOLS.length));
    BuildSummary summary = BuildSummary.builder().add(report(apart, "p.One")).add(report(apart, "p.Two")).build();
    List<String> messages = summary.alike(90).stream().map(p -> p.message(90)).toList();
    assertThat(messages).contains(
        "[toolwright:tools-alike] p.Two tool \"find_near\" reads too much like p.One tool \"find_nearby\" to"
            + " tell apart: their descriptions have a similarity of 0.90 (cosine over their words;"
            + " toolsAlikeThreshold=90 flags 0.90 and above), and what differs (\"stores\", \"shops\") is not"
            + " in both tools' names: say what sets them apart, or merge them",
        "[toolwright:tools-alike] p.Two tool \"invoices_list\" has the same name words as p.One tool"
            + " \"list_invoices\", only in another order or inflection, so a model that remembers one calls"
            + " the other: say what sets them apart in the names, or merge them");
    String json = SummaryWriter.json(summary, 0, summary.alike(90));
    assertThat(json).contains("\"tool\": \"find_near\",\n      \"class\": \"p.Two\",\n      \"alikeTool\": \"find_nearby\","
        + "\n      \"alikeClass\": \"p.One\",\n      \"by\": \"description\",\n      \"similarity\": 0.9\n");
    assertThat(SummaryWriter.markdown(summary, 0, summary.alike(90)))
        .contains("- `invoices_list` (p.Two) and `list_invoices` (p.One): same name words\n");
  }

  private static String pair(String a, String b, String how) {
    return (a.compareTo(b) < 0 ? a + " ~ " + b : b + " ~ " + a) + " (" + how + ")";
  }

  private static String toolOf(String method) {
    for (String[] tool : TOOLS) {
      if (tool[1].equals(method)) {
        return tool[0];
      }
    }
    throw new AssertionError("no fixture tool with method " + method);
  }

  private static int indexOf(String toolName) {
    for (int i = 0; i < TOOLS.length; i++) {
      if (TOOLS[i][0].equals(toolName)) {
        return i;
      }
    }
    throw new AssertionError("no fixture tool " + toolName);
  }

  private static JavaFileObject source(String className, int from, int to) {
    List<String> lines = new ArrayList<>(List.of("package p;", "import io.toolwright.annotation.Tool;",
        "import java.util.List;", "public class " + className + " {"));
    for (int i = from; i < to; i++) {
      lines.add("  /** " + TOOLS[i][2] + " */");
      lines.add("  @Tool(name = \"" + TOOLS[i][0] + "\") public List<String> " + TOOLS[i][1] + "() { return null; }");
    }
    lines.add("}");
    return JavaFileObjects.forSourceLines("p." + className, lines.toArray(String[]::new));
  }

  private static Compilation compile(List<String> options, JavaFileObject... sources) {
    Compilation compilation = Compiler.javac().withProcessors(new ToolProcessor()).withOptions(options).compile(sources);
    assertThat(compilation.status()).as("%s", compilation.errors()).isEqualTo(Compilation.Status.SUCCESS);
    return compilation;
  }

  private static ClassReport report(Compilation compilation, String className) {
    // The report is the "report" member of the class's resource.
    String path = "META-INF/toolwright/" + className + ".json";
    JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path)
        .orElseThrow(() -> new AssertionError("no " + path));
    try {
      JsonNode resource = JsonMapper.builder().build().readTree(file.getCharContent(true).toString());
      return ClassReport.read(resource.path(ResourceFiles.REPORT_MEMBER), "test", path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
