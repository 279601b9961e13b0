package io.toolwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.toolwright.processor.CompileErrorTest.assertAt;
import static io.toolwright.processor.CompileErrorTest.assertErrorAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @ToolExample}: every example is checked against its tool's own schema when it compiles,
 * and each problem is a diagnostic at the example's value, with its rule key and fix.
 */
class ToolExampleTest {

  /** A tool class {@code p.Tools} with the given members. */
  private static JavaFileObject tools(String... members) {
    String[] lines = new String[members.length + 10];
    lines[0] = "package p;";
    lines[1] = "import io.toolwright.annotation.*;";
    lines[2] = "import java.time.LocalDate;";
    lines[3] = "import java.util.*;";
    lines[4] = "import jakarta.validation.Valid;";
    lines[5] = "import jakarta.validation.constraints.*;";
    lines[6] = "public class Tools {";
    lines[7] = "  public record Line(@NotBlank String sku, @Positive int quantity) {}";
    lines[8] = "  public record Stay(@Future LocalDate arrival, int nights) {}";
    System.arraycopy(members, 0, lines, 9, members.length);
    lines[lines.length - 1] = "}";
    return JavaFileObjects.forSourceLines("p.Tools", lines);
  }

  /** {@code @ToolExample("<json>")}, the JSON's quotes escaped for a Java string literal. */
  private static String example(String json) {
    return "  @ToolExample(\"" + json.replace("\"", "\\\"") + "\")";
  }

  private static Compilation compile(int errors, JavaFileObject file) {
    Compilation compilation = Compilations.compile(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(errors);
    return compilation;
  }

  @Test
  void notJsonSaysWhereTheParserStopped() {
    JavaFileObject file =
        tools(
            "  @Tool",
            "  @ToolExample(\"\"\"",
            "      {\"query\": \"late fees\",",
            "       \"limit\": 5,}",
            "      \"\"\")",
            "  public void find(String query, int limit) {}");
    Compilation compilation = compile(1, file);
    assertErrorAt(compilation, file, "@ToolExample(", "\"\"\"", "[toolwright:invalid-example]");
    assertThat(compilation)
        .hadErrorContaining(
            "[toolwright:invalid-example] @ToolExample of Tools.find is not JSON: Unexpected"
                + " character ('}' (code 125)): was expecting double-quote to start property name"
                + " (line 2, column 13 of the example). Fix: Write the example's arguments as one"
                + " JSON object keyed by parameter name, {\"query\": ..., \"limit\": ...}; in a"
                + " text block");
  }

  @Test
  void notAnObject() {
    JavaFileObject file =
        tools(
            "  @Tool",
            example("[\"late fees\", 5]"),
            "  public void find(String query, int limit, @Context String customer) {}");
    Compilation compilation = compile(1, file);
    assertErrorAt(compilation, file, "late fees", "\"[", "[toolwright:invalid-example]");
    assertThat(compilation)
        .hadErrorContaining(
            "[toolwright:invalid-example] @ToolExample of Tools.find is a JSON array, but a"
                + " tool's arguments are one JSON object holding its parameters by name. Fix:"
                + " Write the arguments as an object: {\"query\": ..., \"limit\": ...}.");
  }

  @Test
  void duplicateNamesAndTrailingTextAreNotJson() {
    JavaFileObject file =
        tools(
            "  @Tool",
            example("{\"query\": \"a\", \"query\": \"b\"}"),
            example("{\"query\": \"a\"} {}"),
            example(""),
            "  public void find(String query) {}");
    Compilation compilation = compile(3, file);
    assertErrorAt(
        compilation,
        file,
        "\\\"b\\\"",
        "\"{",
        "@ToolExample #1 of Tools.find is not JSON: Duplicate Object property \"query\"");
    assertErrorAt(
        compilation,
        file,
        "} {}",
        "\"{",
        "@ToolExample #2 of Tools.find is not JSON: Trailing token");
    assertErrorAt(
        compilation,
        file,
        "@ToolExample(\"\")",
        "\"\"",
        "@ToolExample #3 of Tools.find is not JSON: it is empty.");
  }

  @Test
  void schemaViolationsListEachKeywordAtItsPointer() {
    JavaFileObject file =
        tools(
            "  @Tool",
            example("{\"lines\": [{\"sku\": \" \", \"quantity\": 0}], \"note\": \"rush\"}"),
            "  public void order(List<@Valid Line> lines, @Size(max = 3) String note) {}");
    Compilation compilation = compile(1, file);
    assertErrorAt(compilation, file, "rush", "\"{", "[toolwright:invalid-example]");
    assertThat(compilation)
        .hadErrorContaining(
            "[toolwright:invalid-example] @ToolExample of Tools.order does not match the tool's"
                + " schema (3 problems): at /lines/0/sku, pattern: ");
    assertThat(compilation).hadErrorContaining("at /lines/0/quantity, exclusiveMinimum: ");
    assertThat(compilation).hadErrorContaining("at /note, maxLength: ");
    assertThat(compilation)
        .hadErrorContaining(
            "A provider may reject the tool (Anthropic answers 400), and a model would copy the"
                + " mistake. Fix: Correct the example at each pointer; the schema is in"
                + " META-INF/toolwright/p.Tools.json.");
  }

  @Test
  void missingRequiredUnknownPropertyAndWrongType() {
    JavaFileObject file =
        tools(
            "  @Tool",
            example("{\"limit\": \"5\", \"sort\": \"date\"}"),
            "  public void find(String query, int limit) {}");
    Compilation compilation = compile(1, file);
    assertThat(compilation).hadErrorContaining("does not match the tool's schema (3 problems)");
    assertThat(compilation).hadErrorContaining("at the top level, required: ");
    assertThat(compilation).hadErrorContaining("'query'");
    assertThat(compilation).hadErrorContaining("at the top level, additionalProperties: ");
    assertThat(compilation).hadErrorContaining("'sort'");
    assertThat(compilation).hadErrorContaining("at /limit, type: ");
  }

  /** Formats are asserted: a date the run time could not read is no example. */
  @Test
  void formatsAndPatternsAreChecked() {
    JavaFileObject file =
        tools(
            "  @Tool",
            example("{\"id\": \"not-a-uuid\", \"day\": \"2026-02-30\", \"code\": \"ab\"}"),
            "  public void take(UUID id, LocalDate day, @Pattern(regexp = \"[A-Z]{2}\") String"
                + " code) {}");
    Compilation compilation = compile(1, file);
    assertThat(compilation).hadErrorContaining("(3 problems)");
    assertThat(compilation).hadErrorContaining("at /id, ");
    assertThat(compilation).hadErrorContaining("at /day, ");
    assertThat(compilation).hadErrorContaining("at /code, pattern: ");
  }

  @Test
  void contextParameterIsNamedForWhatItIs() {
    JavaFileObject file =
        tools(
            "  @Tool",
            example("{\"query\": \"x\", \"customer\": \"c-1\"}"),
            "  public void find(String query, @Context(\"customer\") String signedIn) {}");
    Compilation compilation = compile(1, file);
    assertErrorAt(compilation, file, "c-1", "\"{", "[toolwright:invalid-example]");
    assertThat(compilation)
        .hadErrorContaining(
            "[toolwright:invalid-example] @ToolExample of Tools.find sets \"customer\", the"
                + " @Context parameter 'signedIn': the application supplies it, a model never"
                + " sends it, and the runtime rejects a call that does. Fix: Remove \"customer\""
                + " from the example.");
  }

  /** javac alone would point every repeated annotation's error at the method. */
  @Test
  void repeatedExamplesAreReportedEachAtItsOwnValue() {
    JavaFileObject file =
        tools(
            "  @Tool",
            example("{\"query\": \"fine\"}"),
            "  @ToolExample(value = \"{\\\"query\\\": 1}\")",
            example("{\"query\": \"also fine\"}"),
            example("{\"query\": []}"),
            "  public void find(String query) {}");
    Compilation compilation = compile(2, file);
    assertErrorAt(
        compilation,
        file,
        "value = ",
        "\"{",
        "@ToolExample #2 of Tools.find does not match the tool's schema (1 problem): at /query,"
            + " type: ");
    assertErrorAt(
        compilation,
        file,
        "[]",
        "\"{",
        "@ToolExample #4 of Tools.find does not match the tool's schema (1 problem): at /query,"
            + " type: ");
  }

  @Test
  void constraintTheSchemaCannotShowIsAWarningAtTheExample() {
    JavaFileObject file =
        tools(
            "  @Tool",
            example(
                "{\"stays\": [{\"arrival\": \"2031-05-01\", \"nights\": 2}], \"sku\":"
                    + " \"ana@example.com\"}"),
            example("{\"stays\": [], \"sku\": null}"),
            "  public void book(List<@Valid Stay> stays, Optional<@Email String> sku) {}");
    Compilation compilation = Compilations.compileKeepingWarnings(file);
    assertThat(compilation).succeeded();
    assertAt(
        compilation,
        Diagnostic.Kind.WARNING,
        file,
        "2031-05-01",
        "\"{",
        "[toolwright:example-unchecked-constraint] @ToolExample #1 of Tools.book matches the"
            + " tool's schema, but the schema cannot show every constraint on its values, so only"
            + " Bean Validation checks these, at run time: /stays/0/arrival: Must be in the"
            + " future. Fix: Execute the examples through a ToolRegistry in a test");
    // The second example holds no value the schema cannot check.
    assertThat(
            compilation.warnings().stream()
                .filter(w -> w.getMessage(null).contains("example-unchecked-constraint"))
                .toList())
        .hasSize(1);
  }

  /** Values held by maps and optionals are found too, each at its pointer. */
  @Test
  void uncheckedConstraintsInsideContainersAreNamedByPointer() {
    JavaFileObject file =
        tools(
            "  @Tool",
            example("{\"due\": {\"a~b\": \"2031-01-01\"}, \"start\": \"2031-02-01\"}"),
            "  public void plan(Map<String, @Future LocalDate> due,"
                + " Optional<@FutureOrPresent LocalDate> start) {}");
    Compilation compilation = Compilations.compileKeepingWarnings(file);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "at run time: /due/a~0b: Must be in the future; /start: Must be in the future or the"
                + " present.");
  }

  @Test
  void uncheckedConstraintWarningCanBeSuppressed() {
    JavaFileObject file =
        tools(
            "  @Tool",
            "  @SuppressWarnings(\"toolwright:example-unchecked-constraint\")",
            example("{\"stay\": {\"arrival\": \"2031-05-01\", \"nights\": 2}}"),
            "  public void book(@Valid Stay stay) {}");
    Compilation compilation =
        com.google.testing.compile.Compiler.javac()
            .withProcessors(new ToolProcessor())
            .withOptions(
                "-Atoolwright.severity=missing-description:ignore,constraint-not-in-schema:ignore")
            .compile(file);
    assertThat(compilation).succeeded();
    assertThat(compilation.warnings()).isEmpty();
  }

  /** Compact text, keys in the order written, numbers as written; a tool without keeps none. */
  @Test
  void definitionAndResourceCarryTheCompactExamples() {
    JavaFileObject file =
        tools(
            "  @Tool",
            "  @ToolExample(\"\"\"",
            "      {",
            "        \"lines\": [ {\"sku\": \"A-1\", \"quantity\": 2} ],",
            "        \"discount\": 12.50",
            "      }",
            "      \"\"\")",
            "  public void order(List<@Valid Line> lines, java.math.BigDecimal discount) {}",
            "  @Tool public void plain(String name) {}");
    Compilation compilation = Compilations.compile(file);
    assertThat(compilation).succeeded();
    String source = Compilations.generatedSource(compilation, "p.ToolsTools");
    assertThat(source)
        .contains(
            ".withExamples(List.of(\n"
                + "          \"{\\\"lines\\\":[{\\\"sku\\\":\\\"A-1\\\",\\\"quantity\\\":2}],"
                + "\\\"discount\\\":12.50}\"));");
    assertThat(source.split("withExamples", -1)).hasSize(2);
    String resource = Compilations.resource(compilation, "META-INF/toolwright/p.Tools.json");
    assertThat(resource).contains("\"examples\" : [ {");
    assertThat(resource).contains("\"discount\" : 12.50");
    assertThat(resource.split("\"examples\"", -1)).hasSize(2);
  }

  @Test
  void exampleOnAMethodWithoutToolIsAnError() {
    JavaFileObject file =
        tools(example("{\"query\": \"x\"}"), "  public void find(String query) {}");
    Compilation compilation = compile(1, file);
    assertThat(compilation)
        .hadErrorContaining(
            "[toolwright:invalid-example] @ToolExample on Tools.find, which is not a @Tool"
                + " method: no tool carries the example. Fix: Add @Tool to Tools.find, or remove"
                + " the @ToolExample.")
        .inFile(file)
        .onLineContaining("public void find");
  }

  @Test
  void examplesOfAToolWithoutParametersAreEmptyObjects() {
    JavaFileObject file = tools("  @Tool", example("{}"), "  public void ping() {}");
    assertThat(Compilations.compile(file)).succeeded();
    JavaFileObject wrong = tools("  @Tool", example("{\"x\": 1}"), "  public void ping() {}");
    assertThat(compile(1, wrong)).hadErrorContaining("at the top level, additionalProperties: ");
  }

  @Test
  void examplesAreInTheFingerprint() {
    Compilation with =
        Compilations.compile(
            tools("  @Tool", example("{\"name\": \"a\"}"), "  public void take(String name) {}"));
    Compilation without = Compilations.compile(tools("  @Tool public void take(String name) {}"));
    String fingerprintWith = fingerprint(with);
    assertThat(fingerprintWith).isNotEqualTo(fingerprint(without));
    assertThat(fingerprintWith)
        .isEqualTo(
            io.toolwright.schema.ToolFingerprint.of(
                "take",
                "",
                io.toolwright.annotation.Effect.WRITE,
                false,
                canonicalSchema(with),
                null,
                List.of("{\"name\":\"a\"}")));
  }

  private static String fingerprint(Compilation compilation) {
    String resource = Compilations.resource(compilation, "META-INF/toolwright/p.Tools.json");
    return field(resource, "fingerprint");
  }

  private static String canonicalSchema(Compilation compilation) {
    String resource = Compilations.resource(compilation, "META-INF/toolwright/p.Tools.json");
    return io.toolwright.schema.CanonicalSchemaWriter.write(
        io.toolwright.schema.CanonicalSchemaReader.read(
            tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(resource)
                .get("tools")
                .get(0)
                .get("schema")
                .toString()));
  }

  private static String field(String json, String name) {
    int start = json.indexOf("\"" + name + "\" : \"") + name.length() + 6;
    return json.substring(start, json.indexOf('"', start));
  }
}
