package io.toolwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.toolwright.processor.diagnostics.Message;
import io.toolwright.processor.options.Options;
import javax.lang.model.SourceVersion;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code -Atoolwright.lint.<rule>=error|warning|note|off}: one key per rule that may be changed,
 * each declared to javac; mistakes in the key or the value are warnings naming what is valid.
 */
class LintOptionTest {

  /** A tool whose description is short: one {@code short-description} warning by default. */
  private static final JavaFileObject SHOP =
      JavaFileObjects.forSourceLines(
          "p.Shop",
          "package p;",
          "import io.toolwright.annotation.Effect;",
          "import io.toolwright.annotation.Tool;",
          "public class Shop {",
          "  /** Finds free rooms. */",
          "  @Tool(effect = Effect.READ_ONLY) public void search() {}",
          "}");

  private static Compilation compile(String... options) {
    return javac()
        .withProcessors(new ToolProcessor())
        .withOptions((Object[]) options)
        .compile(SHOP);
  }

  /**
   * javac refuses an {@code -A} key that is not a dotted sequence of identifiers, and matches
   * supported options exactly: so every rule that may be changed has its own key, with '_' for
   * '-', and no fixed rule has one.
   */
  @Test
  void everyConfigurableRuleHasAKeyJavacAccepts() {
    for (Message message : Message.values()) {
      String key = "toolwright.lint." + message.rule().replace('-', '_');
      assertThat(Options.supported().contains(key)).as(key).isEqualTo(message.configurable());
    }
    for (String key : Options.supported()) {
      for (String part : key.split("\\.", -1)) {
        assertThat(SourceVersion.isIdentifier(part)).as(key).isTrue();
      }
    }
    assertThat(Options.supported()).contains("toolwright.lint.unbounded_input");
  }

  @Test
  void setsOneRuleToErrorNoteOrOff() {
    Compilation error = compile("-Atoolwright.lint.short_description=error");
    assertThat(error).failed();
    assertThat(error).hadErrorContaining("[toolwright:short-description] Tool Shop.search");
    assertThat(error).hadWarningCount(0);

    Compilation note = compile("-Atoolwright.lint.short_description=NOTE");
    assertThat(note).succeededWithoutWarnings();
    assertThat(note).hadNoteContaining("[toolwright:short-description] Tool Shop.search");

    assertThat(compile("-Atoolwright.lint.short_description=off")).succeededWithoutWarnings();
  }

  @Test
  void unknownRuleIsAWarningListingTheKeys() {
    Compilation compilation = compile("-Atoolwright.lint.no_such_rule=error");
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[toolwright:invalid-option] Toolwright has no option -Atoolwright.lint.no_such_rule,"
                + " so it is ignored. Fix: Use one of:"
                + " -Atoolwright.lint.example_unchecked_constraint,"
                + " -Atoolwright.lint.missing_valid,");
    assertThat(compilation).hadWarningContaining("-Atoolwright.lint.unbounded_input");
    // the rule keeps its default
    assertThat(compilation).hadWarningContaining("[toolwright:short-description]");
  }

  @Test
  void ruleKeySpelledOtherwiseGetsTheRightKey() {
    Compilation compilation = compile("-Atoolwright.lint.shortDescription=error");
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[toolwright:invalid-option] Toolwright has no option"
                + " -Atoolwright.lint.shortDescription, so it is ignored. Fix: Use one of:"
                + " -Atoolwright.lint.short_description.");
  }

  @Test
  void unknownSeverityIsAWarningListingTheSeverities() {
    Compilation compilation = compile("-Atoolwright.lint.short_description=loud");
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[toolwright:invalid-option] Option -Atoolwright.lint.short_description=loud is not"
                + " valid: \"loud\" is no severity, so short-description keeps its default,"
                + " warning. Fix: Valid values: error, warning, note, off.");
    assertThat(compilation).hadWarningContaining("[toolwright:short-description]");
  }

  @Test
  void fixedRuleCannotBeChanged() {
    Compilation compilation = compile("-Atoolwright.lint.unsupported_type=off");
    assertThat(compilation)
        .hadWarningContaining(
            "[toolwright:invalid-option] Option -Atoolwright.lint.unsupported_type=off cannot"
                + " change unsupported-type, an error no option can lower");
  }
}
