package io.toolwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** {@code -Atoolwright.severity=<rule>:<severity>,...}, and warnings about options. */
class SeverityOptionTest {

  /** A documented tool whose record lacks {@code @Valid} on a constrained component. */
  private static final JavaFileObject SHOP =
      JavaFileObjects.forSourceLines(
          "p.Shop",
          "package p;",
          "import io.toolwright.annotation.Tool;",
          "import jakarta.validation.constraints.Positive;",
          "import jakarta.validation.constraints.Size;",
          "import java.util.List;",
          "public class Shop {",
          "  /** @param quantity how many */",
          "  public record Line(@Positive int quantity) {}",
          "  /** @param lines what to buy */",
          "  public record Order(@Size(max = 20) List<Line> lines) {}",
          "  /**",
          "   * Places an order for the lines, charged to the customer's card.",
          "   *",
          "   * @param order what to order",
          "   */",
          "  @Tool public void order(Order order) {}",
          "  /** Cancels an order that has not shipped yet; its parameter is undocumented. */",
          "  @Tool public void cancel(@Size(max = 20) String id) {}",
          "}");

  private static Compilation compile(String... options) {
    return javac()
        .withProcessors(new ToolProcessor())
        .withOptions((Object[]) options)
        .compile(SHOP);
  }

  private static boolean generated(Compilation compilation) {
    return compilation
        .generatedFile(StandardLocation.SOURCE_OUTPUT, "p/ShopTools.java")
        .isPresent();
  }

  @Test
  void defaultsAnErrorAndAWarning() {
    Compilation compilation = compile();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[toolwright:missing-valid] Order.lines");
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining("[toolwright:missing-description] parameter 'id' of Shop.cancel");
  }

  /**
   * A lowered error lets the class be written; a raised warning fails the build (and, as every
   * error, keeps the class from being written: {@code
   * CompileErrorTest.brokenClassIsAbandonedWhileOthersAreGenerated}).
   */
  @Test
  void lowersAnErrorAndRaisesAWarning() {
    Compilation lowered =
        compile("-Atoolwright.severity=missing-valid:warning, missing-description:ignore");
    assertThat(lowered).succeeded();
    assertThat(lowered).hadWarningCount(1);
    assertThat(lowered)
        .hadWarningContaining("[toolwright:missing-valid] Order.lines")
        .inFile(SHOP)
        .onLineContaining("record Order(");
    assertThat(generated(lowered)).isTrue();

    Compilation raised =
        compile("-Atoolwright.severity=missing-valid:ignore,missing-description:ERROR");
    assertThat(raised).hadErrorCount(1);
    assertThat(raised)
        .hadErrorContaining("[toolwright:missing-description] parameter 'id' of Shop.cancel")
        .inFile(SHOP)
        .onLineContaining("String id");
    assertThat(raised).hadWarningCount(0);
  }

  @Test
  void unknownKeysAndValuesAreWarningsAndTheDefaultsApply() {
    Compilation compilation =
        compile(
            "-Atoolwright.severty=missing-valid:ignore",
            "-Atoolwright.severity=missing-valid:loud,no-such-rule:ignore,missing-description:note");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[toolwright:missing-valid]");
    assertThat(compilation)
        .hadWarningContaining(
            "[toolwright:invalid-option] Toolwright has no option -Atoolwright.severty, so it is"
                + " ignored. Fix: Use one of: -Atoolwright.severity, -Atoolwright.generatedAnnotation,"
                + " -Atoolwright.dialects, -Atoolwright.tokens, -Atoolwright.tokenBudget.tool,"
                + " -Atoolwright.tokenBudget.class, -Atoolwright.toolsAlike.threshold,"
                + " -Atoolwright.mcpPrefix, -Atoolwright.today, -Atoolwright.lint.<rule>.");
    assertThat(compilation)
        .hadWarningContaining(
            "[toolwright:invalid-option] Option"
                + " -Atoolwright.severity=missing-valid:loud,no-such-rule:ignore,missing-description:note"
                + " is not valid: \"missing-valid:loud\" names no severity, so missing-valid keeps"
                + " its default, error. Fix: Valid values: missing-valid:error,"
                + " missing-valid:warning, missing-valid:note or missing-valid:ignore.");
    assertThat(compilation)
        .hadWarningContaining(
            "is not valid: Toolwright has no rule \"no-such-rule\", so the entry is ignored.");
    // javac's own warning names the unknown key too.
    assertThat(compilation).hadWarningContaining("toolwright.severty");
    assertThat(compilation).hadWarningCount(4);
    assertThat(compilation).hadNoteContaining("[toolwright:missing-description] parameter 'id'");
  }

  /** Errors that mean broken generated code stay errors, whatever the option says. */
  @Test
  void errorsThatMeanBrokenCodeCannotBeLowered() {
    JavaFileObject broken =
        JavaFileObjects.forSourceLines(
            "p.Broken",
            "package p;",
            "public class Broken {",
            "  /** @param any anything */",
            "  @io.toolwright.annotation.Tool public void take(Object any) {}",
            "}");
    Compilation compilation =
        javac()
            .withProcessors(new ToolProcessor())
            .withOptions("-Atoolwright.severity=unsupported-type:ignore")
            .compile(broken);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[toolwright:unsupported-type]");
    assertThat(compilation)
        .hadWarningContaining(
            "[toolwright:invalid-option] Option -Atoolwright.severity=unsupported-type:ignore"
                + " cannot change unsupported-type, an error no option can lower: with it, the"
                + " generated code or the tool could not work. Fix: Remove unsupported-type from"
                + " the option, and fix what it reports.");
  }
  /**
   * The generated field drops a map key constraint, so with the error lowered the key would be
   * checked nowhere.
   */
  @Test
  void mapKeyConstraintCannotBeLowered() {
    JavaFileObject counts =
        JavaFileObjects.forSourceLines(
            "p.Counts",
            "package p;",
            "import jakarta.validation.constraints.NotBlank;",
            "import java.util.Map;",
            "public class Counts {",
            "  /**",
            "   * Counts.",
            "   *",
            "   * @param counts by name",
            "   */",
            "  @io.toolwright.annotation.Tool public void count(Map<@NotBlank String, Integer> counts) {}",
            "}");
    Compilation compilation =
        javac()
            .withProcessors(new ToolProcessor())
            .withOptions("-Atoolwright.severity=container-element-constraint:warning")
            .compile(counts);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[toolwright:container-element-constraint] @NotBlank on the keys of")
        .inFile(counts)
        .onLineContaining("Map<@NotBlank String, Integer> counts");
    assertThat(compilation)
        .hadWarningContaining(
            "cannot change container-element-constraint, an error no option can lower");
  }
}
