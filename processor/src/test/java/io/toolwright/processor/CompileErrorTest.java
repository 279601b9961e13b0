package io.toolwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every compile error: its rule key, what it says, its fix, and where it points. */
class CompileErrorTest {

  private static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  /** A tool class {@code p.Tools} with the given members. */
  private static JavaFileObject tools(String... members) {
    String[] lines = new String[members.length + 12];
    lines[0] = "package p;";
    lines[1] = "import io.toolwright.annotation.*;";
    lines[2] = "import io.toolwright.annotation.Enum;";
    lines[3] = "import java.util.*;";
    lines[4] = "import jakarta.validation.constraints.*;";
    lines[5] = "@java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)";
    lines[6] = "@interface Nullable {}";
    lines[7] = "record Item(String name) {}";
    lines[8] = "interface Shape {}";
    lines[9] = "public class Tools {";
    System.arraycopy(members, 0, lines, 10, members.length);
    lines[lines.length - 2] = "  @Tool public void fine(String name) {}";
    lines[lines.length - 1] = "}";
    return source("p.Tools", lines);
  }

  /** Compiles {@code sources}, expecting exactly {@code errors} errors. */
  private static Compilation compile(int errors, JavaFileObject... sources) {
    Compilation compilation = Compilations.compile(sources);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(errors);
    return compilation;
  }

  /** Asserts an error containing each fragment, on the line containing {@code line}. */
  private static void assertError(
      Compilation compilation, JavaFileObject file, String line, String... fragments) {
    for (String fragment : fragments) {
      assertThat(compilation).hadErrorContaining(fragment).inFile(file).onLineContaining(line);
    }
  }

  /**
   * Asserts a diagnostic of {@code kind} containing {@code fragment} on the first line of {@code
   * file} containing {@code line}, at the column where {@code at} starts on it: where the element
   * matters, such as an annotation value.
   */
  static void assertAt(
      Compilation compilation,
      Diagnostic.Kind kind,
      JavaFileObject file,
      String line,
      String at,
      String fragment) {
    String[] lines;
    try {
      lines = file.getCharContent(false).toString().split("\n", -1);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    for (int i = 0; i < lines.length; i++) {
      int column = lines[i].indexOf(at);
      if (lines[i].contains(line) && column >= 0) {
        (kind == Diagnostic.Kind.ERROR
                ? assertThat(compilation).hadErrorContaining(fragment)
                : assertThat(compilation).hadWarningContaining(fragment))
            .inFile(file)
            .onLine(i + 1)
            .atColumn(column + 1);
        return;
      }
    }
    throw new AssertionError("no line containing " + line + " and " + at);
  }

  static void assertErrorAt(
      Compilation compilation, JavaFileObject file, String line, String at, String fragment) {
    assertAt(compilation, Diagnostic.Kind.ERROR, file, line, at, fragment);
  }

  @Test
  void invalidExplicitName() {
    JavaFileObject file = tools("  @Tool(name = \"find invoices!\") public void find() {}");
    Compilation compilation = compile(1, file);
    assertErrorAt(
        compilation, file, "find invoices!", "\"find invoices!\"", "[toolwright:invalid-name]");
    assertError(
        compilation,
        file,
        "find invoices!",
        "[toolwright:invalid-name] Tool name \"find invoices!\" of Tools.find is not valid: tool"
            + " names must match ^[a-zA-Z_][a-zA-Z0-9_-]{0,63}$",
        "Fix: Use @Tool(name = \"find_invoices_\").");
  }

  @Test
  void invalidDefaultName() {
    String longName = "a".repeat(70);
    JavaFileObject file = tools("  @Tool public void " + longName + "() {}");
    assertError(
        compile(1, file),
        file,
        longName,
        "[toolwright:invalid-name] Tool name \"" + longName + "\"",
        "Fix: Use @Tool(name = \"" + "a".repeat(64) + "\").");
  }

  @Test
  void duplicateName() {
    JavaFileObject file =
        tools(
            "  @Tool public void search() {}", "  @Tool(name = \"search\") public void find() {}");
    Compilation compilation = compile(1, file);
    assertErrorAt(
        compilation, file, "name = \"search\"", "\"search\"", "[toolwright:duplicate-name]");
    assertError(
        compilation,
        file,
        "name = \"search\"",
        "[toolwright:duplicate-name] Tool name \"search\" of Tools.find is already used by"
            + " Tools.search in the same class",
        "Fix: Give one of them another name with @Tool(name = \"...\").");
  }

  @Test
  void privateMethod() {
    JavaFileObject file = tools("  @Tool private void hidden() {}");
    assertError(
        compile(1, file),
        file,
        "hidden",
        "[toolwright:unreachable-method] Tool method Tools.hidden is private, so the generated"
            + " p.ToolsTools cannot call it.",
        "Fix: Make Tools.hidden package-private, protected or public.");
  }

  @Test
  void methodOfPrivateClass() {
    JavaFileObject file =
        tools("  private static class Secret {", "    @Tool void hidden() {}", "  }");
    assertError(
        compile(1, file),
        file,
        "hidden",
        "[toolwright:unreachable-method] Tool method Secret.hidden is declared in p.Tools.Secret,"
            + " which is private",
        "Fix: Make p.Tools.Secret package-private or public.");
  }

  @Test
  void methodOfInnerClass() {
    JavaFileObject file = tools("  class Inner {", "    @Tool void inner() {}", "  }");
    assertError(
        compile(1, file),
        file,
        "inner()",
        "[toolwright:unreachable-method] Tool method Inner.inner is declared in inner class"
            + " p.Tools.Inner",
        "Fix: Declare p.Tools.Inner static, or move the tool to a top-level class.");
  }

  @Test
  void methodOfAnonymousClass() {
    JavaFileObject file =
        tools(
            "  Runnable task = new Runnable() {",
            "    @Tool public void anonymous() {}",
            "    public void run() {}",
            "  };");
    assertError(
        compile(1, file),
        file,
        "anonymous()",
        "[toolwright:unreachable-method] Tool method anonymous is declared in an anonymous class,"
            + " which no code outside its enclosing block can name, so no tool is generated for"
            + " it.",
        "Fix: Move the tool to a top-level or static nested class.");
  }

  @Test
  void methodOfLocalClass() {
    JavaFileObject file =
        tools(
            "  void work() {", "    class Local {", "      @Tool void local() {}", "    }", "  }");
    assertError(
        compile(1, file),
        file,
        "local()",
        "[toolwright:unreachable-method] Tool method local is declared in local class Local,",
        "Fix: Move the tool to a top-level or static nested class.");
  }

  @Test
  void enumOnNonString() {
    JavaFileObject file = tools("  @Tool public void pick(@Enum({\"1\", \"2\"}) int choice) {}");
    Compilation compilation = compile(1, file);
    assertErrorAt(compilation, file, "@Enum", "@Enum", "[toolwright:enum-not-string]");
    assertError(
        compilation,
        file,
        "@Enum",
        "[toolwright:enum-not-string] @Enum is on parameter 'choice' of Tools.pick of type int,"
            + " but it restricts String values only.",
        "Fix: Declare parameter 'choice' of Tools.pick as String, or remove @Enum and use a Java"
            + " enum type.");
  }

  @Test
  void enumWithRepeatedValue() {
    JavaFileObject file = tools("  @Tool public void pick(@Enum({\"a\", \"a\"}) String choice) {}");
    Compilation compilation = compile(1, file);
    assertErrorAt(compilation, file, "@Enum", "{\"a\"", "[toolwright:invalid-enum-values]");
    assertError(
        compilation,
        file,
        "@Enum",
        "[toolwright:invalid-enum-values] @Enum on parameter 'choice' of Tools.pick lists a value"
            + " twice.");
  }

  @Test
  void objectParameter() {
    JavaFileObject file = tools("  @Tool public void take(Object anything) {}");
    assertError(
        compile(1, file),
        file,
        "Object anything",
        "[toolwright:unsupported-type] parameter 'anything' of Tools.take has type"
            + " java.lang.Object, and java.lang.Object has no JSON Schema: a model could send"
            + " anything.",
        "Fix: Declare a specific type: a record, an enum, String, a number, or a collection of"
            + " those.");
  }

  @Test
  void rawType() {
    JavaFileObject file =
        tools("  @Tool public void take(@SuppressWarnings(\"rawtypes\") List items) {}");
    assertError(
        compile(1, file),
        file,
        "List items",
        "[toolwright:unsupported-type] parameter 'items' of Tools.take has type java.util.List;"
            + " the raw type java.util.List has no type arguments",
        "Fix: Add the type arguments, e.g. List<String> instead of List.");
  }

  @Test
  void wildcard() {
    JavaFileObject file = tools("  @Tool public void take(List<? extends Item> items) {}");
    assertError(
        compile(1, file),
        file,
        "items",
        "[toolwright:unsupported-type] parameter 'items' of Tools.take has type"
            + " java.util.List<? extends p.Item>; the wildcard ? extends p.Item",
        "Fix: Use the exact type");
  }

  @Test
  void mapWithNonStringKeys() {
    JavaFileObject file = tools("  @Tool public void take(Map<Integer, String> byId) {}");
    assertError(
        compile(1, file),
        file,
        "byId",
        "[toolwright:unsupported-type] parameter 'byId' of Tools.take has type"
            + " java.util.Map<java.lang.Integer,java.lang.String>; JSON object keys are strings",
        "Fix: Use Map<String, ...>, or a List of records holding the key and the value.");
  }

  @Test
  void optionalInsideCollection() {
    JavaFileObject file = tools("  @Tool public void take(List<Optional<String>> maybes) {}");
    assertError(
        compile(1, file),
        file,
        "maybes",
        "[toolwright:unsupported-type] parameter 'maybes' of Tools.take has type"
            + " java.util.List<java.util.Optional<java.lang.String>>; Optional is supported only as"
            + " the whole type of a parameter, record component or property, not inside a List.",
        "Fix: Remove the inner Optional");
  }

  @Test
  void methodTypeVariable() {
    JavaFileObject file = tools("  @Tool public <T> void take(T value) {}");
    assertError(
        compile(1, file),
        file,
        "T value",
        "[toolwright:unsupported-type] parameter 'value' of Tools.take has type T; the type"
            + " variable T has no schema",
        "Fix: Replace T with a concrete type.");
  }

  @Test
  void interfaceParameter() {
    JavaFileObject file = tools("  @Tool public void take(Shape shape) {}");
    assertError(
        compile(1, file),
        file,
        "Shape shape",
        "[toolwright:unsupported-type] parameter 'shape' of Tools.take has type p.Shape; p.Shape is"
            + " an interface or abstract class",
        "Fix: Use a record, or a concrete class with a public no-argument constructor and public"
            + " setters.");
  }

  @Test
  void classThatIsNotABean() {
    JavaFileObject item =
        source(
            "p.Immutable",
            "package p;",
            "public class Immutable {",
            "  public Immutable(String x) {}",
            "}");
    JavaFileObject file = tools("  @Tool public void take(Immutable value) {}");
    assertError(
        compile(1, file, item),
        file,
        "Immutable value",
        "[toolwright:unsupported-type] parameter 'value' of Tools.take has type p.Immutable;"
            + " p.Immutable is neither a record nor a bean",
        "Fix: Make p.Immutable a record, or give it a public no-argument constructor and public"
            + " setters.");
  }

  @Test
  void concreteCollectionAndPlatformTypes() {
    JavaFileObject file =
        tools(
            "  @Tool public void list(ArrayList<String> names) {}",
            "  @Tool public void date(Date when) {}",
            "  @Tool public void bytes(byte[] data) {}");
    Compilation compilation = compile(3, file);
    assertError(
        compilation,
        file,
        "ArrayList<String> names",
        "[toolwright:unsupported-type] parameter 'names' of Tools.list has type"
            + " java.util.ArrayList<java.lang.String>; collections must be declared by interface.",
        "Fix: Declare it as List, Set or Collection");
    assertError(
        compilation,
        file,
        "Date when",
        "[toolwright:unsupported-type] parameter 'when' of Tools.date has type java.util.Date;"
            + " java.util.Date is a platform type with no JSON Schema mapping.");
    assertError(
        compilation,
        file,
        "byte[] data",
        "[toolwright:unsupported-type] parameter 'data' of Tools.bytes has type byte[]; JSON has"
            + " no binary type",
        "Fix: For binary data, declare a String holding base64 and decode it with"
            + " java.util.Base64.getDecoder(); for a few small numbers, use List<Byte>.");
  }

  @Test
  void unsupportedRecordComponentIsReportedAtTheComponent() {
    JavaFileObject holder =
        source(
            "p.Holder",
            "package p;",
            "public record Holder(String name,",
            "    Object payload) {}");
    JavaFileObject file = tools("  @Tool public void take(Holder holder) {}");
    assertError(
        compile(1, file, holder),
        holder,
        "Object payload",
        "[toolwright:unsupported-type] component 'payload' of record p.Holder has type"
            + " java.lang.Object");
  }

  @Test
  void inaccessibleType() {
    JavaFileObject file =
        tools("  private record Secret(String x) {}", "  @Tool public void take(Secret secret) {}");
    assertError(
        compile(1, file),
        file,
        "Secret secret",
        "[toolwright:inaccessible-type] parameter 'secret' of Tools.take has type p.Tools.Secret,"
            + " which the generated code in package p cannot access (p.Tools.Secret is private).",
        "Fix: Make p.Tools.Secret public, or move it to package p.");
  }

  @Test
  void nullablePrimitive() {
    JavaFileObject file = tools("  @Tool public void take(@Nullable int count) {}");
    assertError(
        compile(1, file),
        file,
        "int count",
        "[toolwright:nullable-primitive] parameter 'count' of Tools.take is marked @Nullable, but"
            + " its type int is primitive and cannot be null.",
        "Fix: Use java.lang.Integer instead of int, or remove @Nullable to make it required.");
  }

  @Test
  void misplacedConstraint() {
    JavaFileObject file = tools("  @Tool public void take(@Size(max = 3) int count) {}");
    Compilation compilation = compile(1, file);
    assertErrorAt(compilation, file, "@Size", "@Size", "[toolwright:misplaced-constraint]");
    assertError(
        compilation,
        file,
        "@Size",
        "[toolwright:misplaced-constraint] @Size on parameter 'count' of Tools.take does not apply"
            + " to type int",
        "Fix: Remove @Size, or use it on a String, an array, a collection or a map.");
  }

  @Test
  void misplacedContainerElementConstraint() {
    JavaFileObject file =
        tools(
            "  @Tool public void take(List<@Size(max = 3) Integer> counts) {}",
            "  record Order(Map<String, @NotBlank Integer> byName) {}",
            "  @Tool public void order(Order order) {}");
    Compilation compilation = compile(2, file);
    assertError(
        compilation,
        file,
        "List<@Size(max = 3) Integer> counts",
        "[toolwright:misplaced-constraint] @Size on the elements of parameter 'counts' of"
            + " Tools.take does not apply to type java.lang.Integer",
        "Fix: Remove @Size, or use it on a String, an array, a collection or a map.");
    assertError(
        compilation,
        file,
        "@NotBlank Integer> byName",
        "[toolwright:misplaced-constraint] @NotBlank on the values of",
        "does not apply to type java.lang.Integer",
        "Fix: Remove @NotBlank, or use it on a String.");
  }

  /**
   * Records B and A refer to each other and B cannot be defined: A, defined while reading B, goes
   * with it, so the checks after reading find no reference to a missing type.
   */
  @Test
  void typeDefinedWhileReadingAFailedTypeGoesWithIt() {
    JavaFileObject file =
        tools(
            "  public record A(B b) {}",
            "  public record B(A a, Object bad) {}",
            "  @Tool public void take(B b) {}");
    Compilation compilation = compile(1, file);
    assertError(
        compilation,
        file,
        "Object bad",
        "[toolwright:unsupported-type] component 'bad' of record p.Tools.B");
    assertThat(compilation.diagnostics().toString()).doesNotContain("internal-error");
  }

  @Test
  void constraintOnMapKeys() {
    JavaFileObject file =
        tools("  @Tool public void count(Map<@NotBlank String, Integer> counts) {}");
    assertError(
        compile(1, file),
        file,
        "Map<@NotBlank String, Integer> counts",
        "[toolwright:container-element-constraint] @NotBlank on the keys of parameter 'counts' of"
            + " Tools.count: Toolwright cannot yet show a constraint on map keys in the schema",
        "Fix: Remove @NotBlank and check the keys in the method, or use a list of records instead"
            + " of the map, e.g. a record Entry(@NotBlank String key, ... value).");
  }

  @Test
  void invalidConstraintValues() {
    JavaFileObject file =
        tools(
            "  @Tool public void price(@DecimalMin(\"cheap\") java.math.BigDecimal amount) {}",
            "  @Tool public void code(@Pattern(regexp = \"[a-\") String code) {}");
    Compilation compilation = compile(2, file);
    assertErrorAt(compilation, file, "cheap", "\"cheap\"", "@DecimalMin on parameter 'amount'");
    assertErrorAt(compilation, file, "[a-", "\"[a-\"", "@Pattern on parameter 'code'");
    assertError(
        compilation,
        file,
        "cheap",
        "[toolwright:invalid-constraint] @DecimalMin on parameter 'amount' of Tools.price is"
            + " invalid: \"cheap\" is not a decimal number.");
    assertError(
        compilation,
        file,
        "[a-",
        "[toolwright:invalid-constraint] @Pattern on parameter 'code' of Tools.code is invalid: the"
            + " regular expression does not compile");
  }

  @Test
  void contextNamedLikeAnArgument() {
    JavaFileObject file =
        tools(
            "  @Tool public void take(String customer, @Context(\"customer\") String signedIn) {}");
    assertError(
        compile(1, file),
        file,
        "signedIn",
        "[toolwright:context-name-clash] @Context parameter 'signedIn' has the name \"customer\"",
        "Fix: Rename one of them, or give the context value another name with @Context(\"...\").");
  }

  /** javac's own "cannot find symbol" comes with it. */
  @Test
  void typeThatNeverResolves() {
    JavaFileObject file = tools("  @Tool public void take(Missing missing) {}");
    assertError(
        compile(2, file),
        file,
        "Missing missing",
        "[toolwright:unresolved-type] Parameter 'missing' of Tools.take has type Missing, which"
            + " could not be resolved in any annotation processing round, so no tools were"
            + " generated for p.Tools.");
  }

  /**
   * compile-testing hides every generated file of a failed compilation, so this runs javac on
   * files, annotation processing only, and looks at what was written.
   */
  @Test
  void brokenClassIsAbandonedWhileOthersAreGenerated(@TempDir Path out) throws IOException {
    JavaFileObject broken = tools("  @Tool public void take(Object anything) {}");
    JavaFileObject healthy =
        source(
            "q.Healthy",
            "package q;",
            "public class Healthy {",
            "  @io.toolwright.annotation.Tool public String ping() { return \"pong\"; }",
            "}");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out));
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(out));
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null, files, diagnostics, List.of("-proc:only"), null, List.of(broken, healthy));
      task.setProcessors(List.of(new ToolProcessor()));
      assertThat(task.call()).isFalse();
    }
    assertThat(diagnostics.getDiagnostics())
        .filteredOn(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .singleElement()
        .satisfies(
            d -> assertThat(d.getMessage(Locale.ROOT)).contains("[toolwright:unsupported-type]"));
    assertThat(out.resolve("q/HealthyTools.java")).exists();
    assertThat(out.resolve("META-INF/toolwright/q.Healthy.json")).exists();
    assertThat(out.resolve("p/ToolsTools.java")).doesNotExist();
    assertThat(out.resolve("META-INF/toolwright/p.Tools.json")).doesNotExist();
  }

  @Test
  void nestedConstrainedRecordWithoutValid() {
    JavaFileObject file =
        tools(
            "  record Line(@Positive int quantity) {}",
            "  record Order(List<Line> lines) {}",
            "  @Tool public void place(Order order) {}");
    assertError(
        compile(1, file),
        file,
        "record Order(",
        "[toolwright:missing-valid] Order.lines holds p.Tools.Line, whose constraints the schema"
            + " shows, but without @Valid Bean Validation does not check inside it",
        "Fix: Annotate the type argument, as in List<@jakarta.validation.Valid Line>:");
  }

  @Test
  void nestedConstrainedRecordComponentWithoutValid() {
    JavaFileObject file =
        tools(
            "  record Line(@Positive int quantity) {}",
            "  record Order(Line line) {}",
            "  @Tool public void place(Order order) {}");
    assertError(
        compile(1, file),
        file,
        "record Order(",
        "[toolwright:missing-valid] Order.line holds p.Tools.Line",
        "Fix: Annotate Order.line with @jakarta.validation.Valid.");
  }

  @Test
  void nestedConstrainedRecordWithValidCompiles() {
    JavaFileObject file =
        tools(
            "  record Line(@Positive int quantity) {}",
            "  record Order(@jakarta.validation.Valid List<Line> lines) {}",
            "  @Tool public void place(Order order) {}");
    assertThat(Compilations.compile(file)).succeeded();
  }

  /** The form Hibernate Validator cascades through without deprecation warnings. */
  @Test
  void nestedConstrainedRecordWithValidOnTheTypeArgumentCompiles() {
    JavaFileObject file =
        tools(
            "  record Line(@Positive int quantity) {}",
            "  record Order(",
            "      List<@jakarta.validation.Valid Line> lines,",
            "      Optional<@jakarta.validation.Valid Line> first,",
            "      Map<String, List<@jakarta.validation.Valid Line>> groups) {}",
            "  record Page<T>(List<@jakarta.validation.Valid T> items) {}",
            "  public static class Cart {",
            "    private Set<@jakarta.validation.Valid Line> lines = Set.of();",
            "    public Set<Line> getLines() { return lines; }",
            "    public void setLines(Set<Line> lines) { this.lines = lines; }",
            "  }",
            "  @Tool public void place(Order order, Cart cart, Page<Line> page) {}");
    assertThat(Compilations.compile(file)).succeededWithoutWarnings();
  }

  /** Hibernate Validator cascades {@code @Valid} on a container into its elements only. */
  @Test
  void nestedContainerWithValidOnTheComponent() {
    JavaFileObject file =
        tools(
            "  record Line(@Positive int quantity) {}",
            "  record Sheet(@jakarta.validation.Valid List<List<Line>> rows) {}",
            "  record Groups(@jakarta.validation.Valid Map<String, Set<Line>> groups) {}",
            "  @Tool public void place(Sheet sheet, Groups groups) {}");
    Compilation compilation = compile(2, file);
    assertError(
        compilation,
        file,
        "record Sheet(",
        "[toolwright:missing-valid] Sheet.rows holds p.Tools.Line inside nested containers, but"
            + " Hibernate Validator cascades @Valid on Sheet.rows itself one level deep only",
        "Fix: Move @Valid to the type argument: List<List<@jakarta.validation.Valid Line>>.");
    assertError(
        compilation,
        file,
        "record Groups(",
        "[toolwright:missing-valid] Groups.groups holds p.Tools.Line inside nested containers",
        "Fix: Move @Valid to the type argument:"
            + " Map<String, Set<@jakarta.validation.Valid Line>>.");
  }

  @Test
  void nestedContainerWithoutValid() {
    JavaFileObject file =
        tools(
            "  record Line(@Positive int quantity) {}",
            "  record Sheet(Optional<List<Line>> rows) {}",
            "  @Tool public void place(Sheet sheet) {}");
    assertError(
        compile(1, file),
        file,
        "record Sheet(",
        "[toolwright:missing-valid] Sheet.rows holds p.Tools.Line, whose constraints the schema"
            + " shows, but without @Valid",
        "Fix: Annotate the type argument, as in Optional<List<@jakarta.validation.Valid Line>>:");
  }

  /** Hibernate Validator checks no array inside a container or array (HV-1428). */
  @Test
  void nestedArrayOfConstrainedRecordsAsParameter() {
    JavaFileObject file =
        tools(
            "  record Line(@Positive int quantity) {}",
            "  record Order(@jakarta.validation.Valid Line line) {}",
            "  @Tool public void place(",
            "      List<Line[]> rows,",
            "      Line[][] grid,",
            "      Optional<Order[]> orders,",
            "      Map<String, Line[]> byName) {}");
    Compilation compilation = compile(4, file);
    assertError(
        compilation,
        file,
        "List<Line[]> rows",
        "[toolwright:unvalidatable-array] parameter 'rows' of Tools.place has type"
            + " java.util.List<p.Tools.Line[]>, an array inside another array or container,"
            + " holding p.Tools.Line, whose constraints the schema shows; Bean Validation cannot"
            + " check inside such an array (Hibernate Validator HV-1428)",
        "Fix: Use a List in place of the array: List<List<@jakarta.validation.Valid Line>>.");
    assertError(
        compilation,
        file,
        "Line[][] grid",
        "[toolwright:unvalidatable-array] parameter 'grid' of Tools.place has type"
            + " p.Tools.Line[][]",
        "Fix: Use a List in place of the array: List<List<@jakarta.validation.Valid Line>>.");
    assertError(
        compilation,
        file,
        "Optional<Order[]> orders",
        "[toolwright:unvalidatable-array] parameter 'orders' of Tools.place",
        "Fix: Use a List in place of the array:"
            + " Optional<List<@jakarta.validation.Valid Order>>.");
    assertError(
        compilation,
        file,
        "Map<String, Line[]> byName",
        "[toolwright:unvalidatable-array] parameter 'byName' of Tools.place",
        "Fix: Use a List in place of the array:"
            + " Map<String, List<@jakarta.validation.Valid Line>>.");
  }

  /** Reported as such rather than as missing-valid, which no placement of @Valid would fix. */
  @Test
  void nestedArrayOfConstrainedRecordsInRecord() {
    JavaFileObject file =
        tools(
            "  record Line(@Positive int quantity) {}",
            "  record Sheet(@jakarta.validation.Valid List<Line[]> rows) {}",
            "  @Tool public void place(Sheet sheet) {}");
    Compilation compilation = compile(1, file);
    assertError(
        compilation,
        file,
        "record Sheet(",
        "[toolwright:unvalidatable-array] Sheet.rows has type java.util.List<p.Tools.Line[]>",
        "Fix: Use a List in place of the array: List<List<@jakarta.validation.Valid Line>>.");
  }

  /**
   * Every form Hibernate Validator cascades through, and arrays of records without constraints,
   * which it need not look into.
   */
  @Test
  void cascadingFormsAndUnconstrainedNestedArraysCompile() {
    JavaFileObject file =
        tools(
            "  record Line(@Positive int quantity) {}",
            "  record Note(String text) {}",
            "  record Order(",
            "      @jakarta.validation.Valid Line line,",
            "      @jakarta.validation.Valid List<Line> list,",
            "      @jakarta.validation.Valid Optional<Line> maybe,",
            "      @jakarta.validation.Valid Line[] array,",
            "      List<List<@jakarta.validation.Valid Line>> rows,",
            "      @jakarta.validation.Valid",
            "      Map<String, List<@jakarta.validation.Valid Line>> groups,",
            "      List<Note[]> notes) {}",
            "  @Tool public void place(",
            "      Order order, Line[] lines, List<List<Line>> rows, Note[][] grid,",
            "      Map<String, Note[]> byName) {}");
    assertThat(Compilations.compile(file)).succeededWithoutWarnings();
  }

  @Test
  void contextTypesTheGeneratedCodeCannotName() {
    JavaFileObject file =
        tools(
            "  private static final class Tenant {}",
            "  @Tool public void run(@Context Tenant tenant) {}",
            "  @Tool public <T> void typed(@Context T clock) {}",
            "  @Tool public void listed(@Context List<Tenant> tenants) {}");
    Compilation compilation = compile(3, file);
    assertErrorAt(
        compilation,
        file,
        "@Context Tenant tenant",
        "tenant)",
        "[toolwright:inaccessible-type] @Context parameter 'tenant' of Tools.run has type"
            + " p.Tools.Tenant, which the generated code in package p cannot name (p.Tools.Tenant"
            + " is private), so it could not take the value from the ToolContext.");
    assertError(
        compilation,
        file,
        "@Context Tenant tenant",
        "Fix: Make p.Tools.Tenant public (or package-private in package p), as a top-level or"
            + " static nested class.");
    assertErrorAt(
        compilation,
        file,
        "@Context T clock",
        "clock",
        "[toolwright:unsupported-type] @Context parameter 'clock' of Tools.typed has type T; the"
            + " generated code takes a context value from the ToolContext by its class, and the"
            + " type variable T has none.");
    assertError(
        compilation,
        file,
        "@Context T clock",
        "Fix: Declare @Context parameter 'clock' of Tools.typed with the concrete type the"
            + " application puts in the ToolContext.");
    assertErrorAt(
        compilation,
        file,
        "@Context List<Tenant> tenants",
        "tenants",
        "[toolwright:inaccessible-type] @Context parameter 'tenants' of Tools.listed has type"
            + " java.util.List<p.Tools.Tenant>");
  }

  @Test
  void contextTypesTheGeneratedCodeCanNameCompile() {
    JavaFileObject file =
        tools(
            "  static final class Tenant {}",
            "  @Tool public void run(@Context Tenant tenant, @Context int[] counts,",
            "      @Context Map<String, ? extends Tenant> byName, @Context long limit) {}");
    assertThat(Compilations.compile(file)).succeededWithoutWarnings();
  }

  @Test
  void asynchronousReturnTypes() {
    JavaFileObject file =
        tools(
            "  @Tool public java.util.concurrent.CompletableFuture<String> later() {",
            "    return null;",
            "  }",
            "  @Tool public java.util.concurrent.Future<Integer> someday() { return null; }",
            "  @Tool public java.util.concurrent.CompletionStage<Item> staged() { return null; }",
            "  @Tool public Optional<Item> maybe() { return Optional.empty(); }");
    Compilation compilation = compile(3, file);
    assertErrorAt(
        compilation,
        file,
        "CompletableFuture<String> later()",
        "later()",
        "[toolwright:unsupported-return] Tool Tools.later returns"
            + " java.util.concurrent.CompletableFuture<java.lang.String>; asynchronous tools are"
            + " not supported yet, so the model would receive the fields of the CompletableFuture"
            + " object instead of its result.");
    assertError(
        compilation,
        file,
        "later()",
        "Fix: Return the value itself, waiting for it inside the method (e.g. with join() or"
            + " get()).");
    assertError(
        compilation,
        file,
        "someday()",
        "[toolwright:unsupported-return] Tool Tools.someday returns"
            + " java.util.concurrent.Future<java.lang.Integer>");
    assertError(
        compilation,
        file,
        "staged()",
        "[toolwright:unsupported-return] Tool Tools.staged returns"
            + " java.util.concurrent.CompletionStage<p.Item>");
  }

  @Test
  void overloadsWithOneNameAreToldApartByTheirParameters() {
    JavaFileObject file =
        tools(
            "  @Tool public void cancel(String id) {}",
            "  @Tool public void cancel(java.time.LocalDate day, List<Item> items) {}");
    assertError(
        compile(1, file),
        file,
        "LocalDate day",
        "[toolwright:duplicate-name] Tool name \"cancel\" of Tools.cancel(LocalDate, List<Item>)"
            + " is already used by Tools.cancel(String) in the same class");
  }

  @Test
  void platformTypeMessageListsTheSupportedJavaTimeTypes() {
    JavaFileObject file =
        tools(
            "  @Tool public void zone(java.time.ZoneId zone) {}",
            "  @Tool public void letters(char[] letters) {}");
    Compilation compilation = compile(2, file);
    assertError(
        compilation,
        file,
        "ZoneId zone",
        "[toolwright:unsupported-type] parameter 'zone' of Tools.zone has type java.time.ZoneId;"
            + " java.time.ZoneId is a platform type with no JSON Schema mapping.",
        "Fix: Use a supported type: String, a number, boolean, char, UUID, URI, an enum, a record,"
            + " List, Set, Collection, Map<String, T>, Optional, or one of the java.time types"
            + " Instant, OffsetDateTime, ZonedDateTime, LocalDate, LocalDateTime, LocalTime,"
            + " OffsetTime, Duration, Period, Year, YearMonth.");
    assertError(
        compilation,
        file,
        "char[] letters",
        "[toolwright:unsupported-type] parameter 'letters' of Tools.letters has type char[]; a"
            + " model sends text as a JSON string, not as an array of characters.",
        "Fix: Declare it as String (and call toCharArray() in the method if it needs the array).");
  }

  /** A nested {@code m.Case.Inner} and a top-level {@code m.Case_Inner} map to one name. */
  @Test
  void generatedNamesThatCollide() {
    JavaFileObject nested =
        source(
            "m.Case",
            "package m;",
            "public class Case {",
            "  public static class Inner {",
            "    /** Inner. */",
            "    @io.toolwright.annotation.Tool public String innerTool() { return \"\"; }",
            "  }",
            "}");
    JavaFileObject topLevel =
        source(
            "m.Case_Inner",
            "package m;",
            "class Case_Inner {",
            "  /** Other. */",
            "  @io.toolwright.annotation.Tool public String otherTool() { return \"\"; }",
            "}");
    Compilation compilation = compile(2, nested, topLevel);
    assertError(
        compilation,
        nested,
        "class Inner",
        "[toolwright:generated-name-clash] m.Case.Inner and m.Case_Inner would both generate"
            + " m.Case_InnerTools: the generated name of a nested class joins the names of its"
            + " enclosing classes with '_'.",
        "Fix: Rename one of the two classes, or move its tools to another class.");
    assertError(
        compilation,
        topLevel,
        "class Case_Inner",
        "[toolwright:generated-name-clash] m.Case_Inner and m.Case.Inner would both generate"
            + " m.Case_InnerTools");
  }
}
