package io.toolwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The {@code unbounded-input} lint rule: strings, collections and maps without a maximum on tools
 * that write, at the parameter or record component, with every unbounded level's path; bounded and
 * read-only tools pass; {@code -Atoolwright.lint.unbounded_input} and the older list option change
 * it; {@code @SuppressWarnings} on the method and the class silences it.
 */
class UnboundedInputRuleTest {

  private static Compilation compile(JavaFileObject file, String... options) {
    List<String> all = new ArrayList<>(List.of("-Xlint:all,-processing"));
    all.addAll(List.of(options));
    return javac().withProcessors(new ToolProcessor()).withOptions(all).compile(file);
  }

  private static JavaFileObject notes(String... body) {
    return Compilations.classInP(
        "Notes",
        List.of(
            "import io.toolwright.annotation.Effect;",
            "import io.toolwright.annotation.Enum;",
            "import io.toolwright.annotation.Tool;",
            "import jakarta.validation.constraints.*;",
            "import java.util.List;",
            "import java.util.Map;",
            "import java.util.Optional;"),
        body);
  }

  /** A WRITE tool (the default effect) taking a title and tags, both unbounded. */
  private static final String[] ADD_NOTE = {
    "  /**",
    "   * Adds a note with tags to the signed-in customer's notebook.",
    "   *",
    "   * @param title the note's title, shown in the notebook's list",
    "   * @param tags words to file the note under, e.g. billing",
    "   */",
    "  @Tool public void addNote(String title,",
    "      List<String> tags) {}"
  };

  @Test
  void unboundedStringAndListWarnAtEachParameter() {
    JavaFileObject file = notes(ADD_NOTE);
    Compilation compilation = compile(file);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(2);
    CompileErrorTest.assertAt(
        compilation,
        Diagnostic.Kind.WARNING,
        file,
        "public void addNote(String title,",
        "title,",
        "[toolwright:unbounded-input] parameter 'title' of Notes.addNote has no maximum on the"
            + " length of title, and Notes.addNote is a WRITE tool: a model, or a prompt"
            + " injection, may send as much as the JSON parser takes, and the tool would store or"
            + " process all of it. Fix: Declare the most the tool needs, as in @Size(max = ...)"
            + " String title; or declare @Tool(effect = Effect.READ_ONLY) if the tool changes"
            + " nothing.");
    CompileErrorTest.assertAt(
        compilation,
        Diagnostic.Kind.WARNING,
        file,
        "List<String> tags)",
        "tags)",
        "[toolwright:unbounded-input] parameter 'tags' of Notes.addNote has no maximum on the size"
            + " of tags and the length of tags[*], and Notes.addNote is a WRITE tool: a model, or a"
            + " prompt injection, may send as much as the JSON parser takes, and the tool would"
            + " store or process all of it. Fix: Declare the most the tool needs, as in"
            + " @Size(max = ...) List<@Size(max = ...) String> tags;");
  }

  /**
   * A record the tool takes is checked at its own components, each level named by its path; a
   * bounded level is left out of the message and the fix.
   */
  @Test
  void recordComponentsReachedFromADestructiveToolWarnWithTheirPaths() {
    JavaFileObject file =
        notes(
            "  /**",
            "   * A note's new content.",
            "   *",
            "   * @param body the text, in Markdown",
            "   * @param labels words to file it under, by colour",
            "   */",
            "  public record Content(",
            "      @NotBlank String body,",
            "      @Size(max = 5) Map<String, List<String>> labels) {}",
            "  /**",
            "   * Overwrites the note's content; the old text cannot be recovered.",
            "   *",
            "   * @param id the note's number, e.g. N-12",
            "   * @param content what replaces it",
            "   */",
            "  @Tool(effect = Effect.DESTRUCTIVE)",
            "  public void replace(@Pattern(regexp = \"N-[0-9]{1,6}\") String id, Content content)"
                + " {}");
    Compilation compilation = compile(file);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(2);
    CompileErrorTest.assertAt(
        compilation,
        Diagnostic.Kind.WARNING,
        file,
        "@NotBlank String body,",
        "body,",
        "[toolwright:unbounded-input] component 'body' of p.Notes.Content has no maximum on the"
            + " length of body, and Notes.replace, which takes Content, is a DESTRUCTIVE tool:");
    CompileErrorTest.assertAt(
        compilation,
        Diagnostic.Kind.WARNING,
        file,
        "Map<String, List<String>> labels)",
        "labels)",
        "component 'labels' of p.Notes.Content has no maximum on the size of labels.* and the"
            + " length of labels.*[*], and Notes.replace, which takes Content, is a DESTRUCTIVE"
            + " tool: a model, or a prompt injection, may send as much as the JSON parser takes,"
            + " and the tool would store or process all of it. Fix: Declare the most the tool"
            + " needs, as in Map<String, @Size(max = ...) List<@Size(max = ...) String>> labels;");
  }

  /** Every level bounded: by {@code @Size}, a bounded pattern, {@code @Email}, a set of values. */
  @Test
  void boundedWriteToolPasses() {
    JavaFileObject file =
        notes(
            "  public enum Colour { RED, GREEN }",
            "  /**",
            "   * A label on a note.",
            "   *",
            "   * @param name the label's name",
            "   * @param colour how it is shown",
            "   */",
            "  public record Label(@Size(max = 40) String name, Colour colour) {}",
            "  /**",
            "   * Adds a note with labels to the signed-in customer's notebook.",
            "   *",
            "   * @param title the note's title, shown in the notebook's list",
            "   * @param id the note's number, e.g. N-12",
            "   * @param owner who is told of changes, e.g. ana@example.com",
            "   * @param kind how the note is shown",
            "   * @param labels the note's labels",
            "   * @param words words to file the note under, e.g. billing",
            "   * @param summary a line shown under the title, e.g. to call back",
            "   * @param pins line numbers to pin, e.g. 3",
            "   */",
            "  @Tool public void addNote(@NotBlank @Size(max = 120) String title,",
            "      @Pattern(regexp = \"N-[0-9]{1,6}\") String id, @Email String owner,",
            "      @Enum({\"plain\", \"checklist\"}) String kind,",
            "      @Size(max = 10) List<Label> labels,",
            "      @Size(max = 10) Map<String, @Size(max = 30) String> words,",
            "      Optional<@Size(max = 200) String> summary, @Size(max = 5) int[] pins) {}");
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @Test
  void readOnlyToolMayTakeUnboundedInput() {
    String[] body = ADD_NOTE.clone();
    body[0] = "  /**";
    body[1] = "   * Finds the signed-in customer's notes with this title and all these tags.";
    body[6] = "  @Tool(effect = Effect.READ_ONLY) public List<String> find(String title,";
    body[7] = "      List<String> tags) { return tags; }";
    assertThat(compile(notes(body))).succeededWithoutWarnings();
  }

  /** A pattern repeating without end ({@code +}, {@code *}, <code>{n,}</code>) bounds nothing. */
  @Test
  void openEndedPatternIsUnbounded() {
    JavaFileObject file =
        notes(
            "  /**",
            "   * Renames the note; the old title is kept in its history.",
            "   *",
            "   * @param title the note's new title, shown in the notebook's list",
            "   */",
            "  @Tool public void rename(",
            "      @Pattern(regexp = \"[A-Za-z ]+\") String title) {}");
    Compilation compilation = compile(file);
    assertThat(compilation).hadWarningCount(1);
    CompileErrorTest.assertAt(
        compilation,
        Diagnostic.Kind.WARNING,
        file,
        "String title)",
        "title)",
        "[toolwright:unbounded-input] parameter 'title' of Notes.rename has no maximum on the"
            + " length of title");
  }

  @Test
  void perRuleOptionRaisesItToAnError() {
    JavaFileObject file = notes(ADD_NOTE);
    Compilation compilation = compile(file, "-Atoolwright.lint.unbounded_input=error");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadWarningCount(0); // javac knows the key: no "not recognized"
    CompileErrorTest.assertErrorAt(
        compilation,
        file,
        "List<String> tags)",
        "tags)",
        "[toolwright:unbounded-input] parameter 'tags' of Notes.addNote");
  }

  @Test
  void perRuleOptionTurnsItOff() {
    assertThat(compile(notes(ADD_NOTE), "-Atoolwright.lint.unbounded_input=off"))
        .succeededWithoutWarnings();
  }

  /** The list option still works, and the per-rule key wins over it for the same rule. */
  @Test
  void severityListIsAnAliasThePerRuleKeyOverrides() {
    Compilation listed = compile(notes(ADD_NOTE), "-Atoolwright.severity=unbounded-input:error");
    assertThat(listed).failed();
    assertThat(listed).hadErrorCount(2);

    assertThat(compile(notes(ADD_NOTE), "-Atoolwright.severity=unbounded-input:off"))
        .succeededWithoutWarnings();

    Compilation both =
        compile(
            notes(ADD_NOTE),
            "-Atoolwright.severity=unbounded-input:error",
            "-Atoolwright.lint.unbounded_input=warning");
    assertThat(both).succeeded();
    assertThat(both).hadWarningCount(2);
  }

  /** On the method, the suppression covers the records the tool takes too. */
  @Test
  void suppressedOnTheMethodWithTheRecordsItTakes() {
    JavaFileObject file =
        notes(
            "  /**",
            "   * A note's new content.",
            "   *",
            "   * @param body the text, in Markdown",
            "   */",
            "  public record Content(String body) {}",
            "  /**",
            "   * Adds a note with tags to the signed-in customer's notebook.",
            "   *",
            "   * @param title the note's title, shown in the notebook's list",
            "   * @param content the note's text",
            "   */",
            "  @SuppressWarnings(\"toolwright:unbounded-input\")",
            "  @Tool public void addNote(String title, Content content) {}");
    assertThat(compile(file, "-Atoolwright.lint.unbounded_input=error"))
        .succeededWithoutWarnings();
  }

  @Test
  void suppressedOnTheClass() {
    List<String> body = new ArrayList<>(List.of(ADD_NOTE));
    JavaFileObject file =
        JavaFileObjects.forSourceLines(
            "p.Notes",
            "package p;",
            "import io.toolwright.annotation.Tool;",
            "import java.util.List;",
            "@SuppressWarnings(\"toolwright:unbounded-input\")",
            "public class Notes {",
            String.join("\n", body),
            "}");
    assertThat(compile(file, "-Atoolwright.lint.unbounded_input=error"))
        .succeededWithoutWarnings();
  }

  @Test
  void suppressedInPackageInfo() {
    JavaFileObject packageInfo =
        JavaFileObjects.forSourceLines(
            "p.package-info",
            "@io.toolwright.annotation.SuppressLint(\"toolwright:unbounded-input\")",
            "package p;");
    Compilation compilation =
        javac()
            .withProcessors(new ToolProcessor())
            .withOptions("-Xlint:all,-processing", "-Atoolwright.lint.unbounded_input=error")
            .compile(packageInfo, notes(ADD_NOTE));
    assertThat(compilation).succeededWithoutWarnings();
  }
}
