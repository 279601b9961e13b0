package io.toolwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Constructs where the schema and Bean Validation would disagree: each is a compile error or a
 * warning at the element, with a fix, or is shown in the schema as it is enforced.
 */
class ConstraintAgreementTest {

  /** A tool class {@code p.Tools} with the given lines as its members. */
  private static JavaFileObject tools(String... members) {
    String header =
        """
        package p;
        import io.toolwright.annotation.*;
        import java.math.BigDecimal;
        import java.util.*;
        import jakarta.validation.*;
        import jakarta.validation.constraints.*;
        import org.hibernate.validator.constraints.Length;
        @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)
        @interface Nullable {}
        interface Admin {}
        public class Tools {
        """;
    return JavaFileObjects.forSourceString(
        "p.Tools", header + String.join("\n", members) + "\n}\n");
  }

  private static Compilation failed(JavaFileObject... sources) {
    Compilation compilation = Compilations.compile(sources);
    assertThat(compilation).failed();
    return compilation;
  }

  /** Asserts one error with every fragment, at the column where {@code at} starts on its line. */
  private static void assertOnlyError(
      Compilation compilation, JavaFileObject file, String line, String at, String... fragments) {
    assertThat(compilation).hadErrorCount(1);
    for (String fragment : fragments) {
      assertThat(compilation)
          .hadErrorContaining(fragment)
          .inFile(file)
          .onLine(lineNumber(file, line))
          .atColumn(column(file, line, at));
    }
  }

  /** The 1-based number of the first line containing {@code line}. */
  private static long lineNumber(JavaFileObject file, String line) {
    List<String> lines = lines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(line)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line contains " + line);
  }

  /** The 1-based column of {@code at} on the first line containing {@code line}. */
  private static long column(JavaFileObject file, String line, String at) {
    return lines(file).get((int) lineNumber(file, line) - 1).indexOf(at) + 1;
  }

  private static List<String> lines(JavaFileObject file) {
    try {
      return List.of(file.getCharContent(false).toString().split("\n", -1));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void constraintInAnotherGroupIsAnError() {
    JavaFileObject file =
        tools("  @Tool public void take(@Size(max = 3, groups = Admin.class) String code) {}");
    assertOnlyError(
        failed(file),
        file,
        "groups = Admin.class",
        ".class", // javac's position of a class literal
        "[toolwright:constraint-groups] @Size on parameter 'code' of Tools.take belongs to groups"
            + " Admin, but Toolwright validates the Default group only",
        "Fix: Remove groups from @Size, or check the rule in the method.");
  }

  @Test
  void boundOnAFloatingPointNumberIsAWarningAtTheConstraint() {
    JavaFileObject file =
        tools(
            "  @Tool public void take(@DecimalMax(value = \"100\", inclusive = false) double ratio,",
            "      @Positive float weight, @Max(5) BigDecimal exact, @Max(5) long whole) {}");
    Compilation compilation = Compilations.compileKeepingWarnings(file);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(2);
    assertThat(compilation)
        .hadWarningContaining(
            "[toolwright:floating-point-bound] @DecimalMax on parameter 'ratio' of Tools.take bounds"
                + " a double: Bean Validation checks the value rounded to a double")
        .inFile(file)
        .onLine(lineNumber(file, "double ratio"))
        .atColumn(column(file, "double ratio", "@DecimalMax"));
    assertThat(compilation)
        .hadWarningContaining("@Positive on parameter 'weight' of Tools.take bounds a float")
        .inFile(file)
        .onLine(lineNumber(file, "float weight"))
        .atColumn(column(file, "float weight", "@Positive"));
  }

  @Test
  void timeRelativeConstraintIsToldInTheDescriptionWithAWarning() {
    JavaFileObject file =
        tools(
            "  /**",
            "   * Books.",
            "   *",
            "   * @param day the day",
            "   */",
            "  @Tool public void take(@Future java.time.LocalDate day) {}");
    Compilation compilation = Compilations.compileKeepingWarnings(file);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[toolwright:constraint-not-in-schema] @Future on parameter 'day' of Tools.take is"
                + " enforced by Bean Validation, but JSON Schema has no keyword for it; the"
                + " description tells the model instead: \"Must be in the future.\"")
        .inFile(file)
        .onLine(lineNumber(file, "@Future"))
        .atColumn(column(file, "@Future", "@Future"));
    assertThat(properties(compilation).at("/day/description").asString())
        .isEqualTo("the day. Must be in the future.");
  }

  @Test
  void floatingPointBoundCanBeSuppressed() {
    Compilation compilation =
        Compilations.compile(
            tools(
                "  @SuppressWarnings(\"toolwright:floating-point-bound\")",
                "  @Tool public void take(@Max(5) double ratio) {}"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aNamedGroupIsAnErrorOnlyWhereSeveralPatternsAreCombined() {
    JavaFileObject file =
        tools(
            "  @Tool public void take(@Pattern(regexp = \"(?<y>[0-9]{4})-.*\") @Pattern(regexp ="
                + " \".*-(?<m>[0-9]{2})\") String both,",
            "      @Pattern(regexp = \"(?<y>[0-9]{4})\") String alone) {}");
    Compilation compilation = failed(file);
    // Repeated @Pattern arrive in a container javac made, which javac cannot point into;
    // RepeatedAnnotationMessager finds the annotation in the syntax tree: the error is at the
    // regexp with the named group.
    assertOnlyError(
        compilation,
        file,
        "String both",
        "\"(?<y>[0-9]{4})-",
        "[toolwright:pattern-dialect] @Pattern on parameter 'both' of Tools.take uses"
            + " \"(?<name>...) beside another pattern\"",
        "Fix: Use a numbered group");
  }

  @Test
  void defaultGroupIsFine() {
    Compilation compilation =
        Compilations.compile(
            tools(
                "  @Tool public void take(@Size(max = 3, groups = jakarta.validation.groups.Default"
                    + ".class) String code) {}"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void constraintOnASetterIsAnError() {
    JavaFileObject file =
        tools(
            "  public static class Bean {",
            "    private String name;",
            "    public String getName() { return name; }",
            "    public void setName(@Size(max = 3) String name) { this.name = name; }",
            "  }",
            "  @Tool public void take(Bean bean) {}");
    assertOnlyError(
        failed(file),
        file,
        "setName",
        "@Size",
        "[toolwright:misplaced-constraint] @Size on setter setName: Bean Validation checks a"
            + " bean's fields and getters, not its setters",
        "Fix: Move @Size to the field or the getter of property 'name'.");
  }

  @Test
  void constraintInASetterParameterTypeIsAnError() {
    JavaFileObject file =
        tools(
            "  public static class Bean {",
            "    private List<String> tags;",
            "    public List<String> getTags() { return tags; }",
            "    public void setTags(List<@NotBlank String> tags) { this.tags = tags; }",
            "  }",
            "  @Tool public void take(Bean bean) {}");
    Compilation compilation = failed(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[toolwright:misplaced-constraint] @NotBlank on setter setTags")
        .inFile(file)
        .onLineContaining("setTags");
  }

  @Test
  void constraintOnAGenericRecordsTypeArgumentIsAnError() {
    JavaFileObject file =
        tools(
            "  public record Page<T>(List<T> items) {}",
            "  @Tool public void take(Page<@NotBlank String> page) {}");
    Compilation compilation = failed(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[toolwright:misplaced-constraint] @NotBlank on a type argument of"
                + " Page<String> in parameter 'page' of Tools.take: Bean Validation looks"
                + " inside Optional, collections, maps and arrays only")
        .inFile(file)
        .onLineContaining("Page<@NotBlank String> page");
  }

  @Test
  void nullConstraintIsAnError() {
    JavaFileObject file = tools("  @Tool public void take(@Null String nothing) {}");
    assertOnlyError(
        failed(file),
        file,
        "@Null String nothing",
        "@Null",
        "[toolwright:null-constraint] @Null on parameter 'nothing' of Tools.take: a model could"
            + " never send a value",
        "Fix: Remove parameter 'nothing' of Tools.take from what the model sends");
  }

  @Test
  void notNullOnAValueThatMayBeLeftOutIsAnError() {
    JavaFileObject file = tools("  @Tool public void take(@NotNull @Nullable String note) {}");
    assertOnlyError(
        failed(file),
        file,
        "@NotNull @Nullable",
        "@NotNull",
        "[toolwright:contradictory-nullability] @NotNull on parameter 'note' of Tools.take, which"
            + " may be left out (it is @Nullable)",
        "Fix: Remove @NotNull to keep parameter 'note' of Tools.take optional, or remove"
            + " @Nullable to make it required.");
    JavaFileObject optional = tools("  @Tool public void take(Optional<@NotNull String> note) {}");
    Compilation compilation = failed(optional);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("may be left out (it is an Optional)")
        .inFile(optional)
        .onLineContaining("Optional<@NotNull String> note");
  }

  @Test
  void nullRejectingConstraintOnAnOptionalRecordComponentIsAnError() {
    JavaFileObject file =
        tools(
            "  /** @param note a note */",
            "  public record Memo(@Nullable @NotBlank String note) {}",
            "  @Tool public void take(@Valid Memo memo) {}");
    assertOnlyError(
        failed(file),
        file,
        "record Memo",
        "@NotBlank",
        "[toolwright:contradictory-nullability] @NotBlank on component 'note' of record"
            + " p.Tools.Memo rejects null, but component 'note' of record p.Tools.Memo may be left"
            + " out (it is @Nullable)",
        "Fix: Make component 'note' of record p.Tools.Memo required (remove @Nullable), or"
            + " replace @NotBlank with a constraint that lets null through, such as"
            + " @Size(min = 1).");
  }

  /** Moving it to the type argument, as misplaced-constraint would say, does not help. */
  @Test
  void nullRejectingConstraintDeclaredOnAnOptionalRecordComponentIsAContradiction() {
    JavaFileObject file =
        tools(
            "  /** @param note a note */",
            "  public record Memo(@NotBlank Optional<String> note) {}",
            "  @Tool public void take(@Valid Memo memo) {}");
    assertOnlyError(
        failed(file),
        file,
        "record Memo",
        "@NotBlank",
        "[toolwright:contradictory-nullability] @NotBlank on component 'note' of record"
            + " p.Tools.Memo rejects null, but component 'note' of record p.Tools.Memo may be left"
            + " out (it is an Optional)",
        "Fix: Make component 'note' of record p.Tools.Memo required (remove Optional), or"
            + " replace @NotBlank with a constraint that lets null through, such as"
            + " Optional<@Size(min = 1) String>.");
  }

  @Test
  void declarationConstraintOnAnOptionalRecordComponentIsAnError() {
    JavaFileObject file =
        tools(
            "  public record Memo(@Size(min = 3) Optional<String> code) {}",
            "  @Tool public void take(@Valid Memo memo) {}");
    assertOnlyError(
        failed(file),
        file,
        "record Memo",
        "@Size",
        "[toolwright:misplaced-constraint] @Size on component 'code' of record p.Tools.Memo"
            + " applies to the Optional itself, which Hibernate Validator cannot check"
            + " (HV000030)",
        "Fix: Put the constraint on the type argument: Optional<@Size(min=3) String>.");
  }

  @Test
  void patternConstructReadDifferentlyByEcmaIsAnError() {
    JavaFileObject file =
        tools("  @Tool public void take(@Pattern(regexp = \"(?i)[a-z]+\") String code) {}");
    assertOnlyError(
        failed(file),
        file,
        "(?i)",
        "\"(?i)",
        "[toolwright:pattern-dialect] @Pattern on parameter 'code' of Tools.take uses \"(?i)\","
            + " which JSON Schema patterns (ECMA-262) read differently from Java's"
            + " java.util.regex",
        "Fix: Inline flags are not part of JSON Schema patterns; spell the cases out, e.g. [Aa]"
            + " for (?i)a.");
  }

  @Test
  void patternFlagsAreAnError() {
    JavaFileObject file =
        tools(
            "  @Tool public void take(@Pattern(regexp = \"[a-z]+\", flags ="
                + " Pattern.Flag.CASE_INSENSITIVE) String code) {}");
    assertOnlyError(
        failed(file),
        file,
        "CASE_INSENSITIVE",
        ".CASE_INSENSITIVE", // javac's position of a qualified enum constant
        "[toolwright:pattern-dialect] @Pattern on parameter 'code' of Tools.take has flags, which a"
            + " JSON Schema pattern cannot express",
        "Fix: Remove flags and write the expression so that it needs none");
  }

  @Test
  void emailRegexpIsCheckedLikeAPattern() {
    JavaFileObject file =
        tools("  @Tool public void take(@Email(regexp = \".*\\\\Z\") String to) {}");
    assertOnlyError(
        failed(file),
        file,
        "@Email",
        "\".*",
        "[toolwright:pattern-dialect] @Email on parameter 'to' of Tools.take uses \"\\Z\"");
  }

  @Test
  void decimalBoundWithSpacesIsAnError() {
    JavaFileObject file =
        tools("  @Tool public void take(@DecimalMin(\" 0.01\") BigDecimal price) {}");
    assertOnlyError(
        failed(file),
        file,
        "DecimalMin",
        "\" 0.01\"",
        "[toolwright:invalid-constraint] @DecimalMin on parameter 'price' of Tools.take is"
            + " invalid: \" 0.01\" is not a decimal number.");
  }

  @Test
  void sizeBoundsHibernateValidatorRejectsAreErrors() {
    JavaFileObject inverted =
        tools("  @Tool public void take(@Size(min = 5, max = 2) String code) {}");
    assertOnlyError(
        failed(inverted),
        inverted,
        "@Size",
        "2)",
        "[toolwright:invalid-constraint] @Size on parameter 'code' of Tools.take is invalid: max"
            + " (2) is less than min (5).");
    JavaFileObject negative = tools("  @Tool public void take(@Size(min = -1) String code) {}");
    assertOnlyError(
        failed(negative), negative, "@Size", "-1", "is invalid: min is negative.");
    JavaFileObject length = tools("  @Tool public void take(@Length(max = -2) String code) {}");
    assertOnlyError(failed(length), length, "@Length", "-2", "is invalid: max is negative.");
    JavaFileObject digits =
        tools("  @Tool public void take(@Digits(integer = -1, fraction = 2) BigDecimal x) {}");
    assertOnlyError(failed(digits), digits, "@Digits", "-1", "is invalid: integer is negative.");
  }

  @Test
  void boundsNoValueSatisfiesAreAnError() {
    JavaFileObject file = tools("  @Tool public void take(@Min(5) @Max(3) int count) {}");
    Compilation compilation = failed(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[toolwright:invalid-constraint] @Max on parameter 'count' of Tools.take is invalid:"
                + " no number satisfies all its bounds together (5 to 3).")
        .inFile(file)
        .onLineContaining("@Min(5) @Max(3)");
  }

  /** A custom constraint {@code p.Code} on strings, with the given {@code @Target} kinds. */
  private static JavaFileObject customConstraint(String targets) {
    return JavaFileObjects.forSourceString(
        "p.Code",
        """
        package p;
        import jakarta.validation.Constraint;
        import jakarta.validation.ConstraintValidator;
        import jakarta.validation.ConstraintValidatorContext;
        import jakarta.validation.Payload;
        import java.lang.annotation.*;
        @Constraint(validatedBy = Code.Validator.class)
        @Target({%s})
        @Retention(RetentionPolicy.RUNTIME)
        public @interface Code {
          String message() default "not a code";
          Class<?>[] groups() default {};
          Class<? extends Payload>[] payload() default {};
          class Validator implements ConstraintValidator<Code, String> {
            @Override
            public boolean isValid(String value, ConstraintValidatorContext context) {
              return value == null || value.startsWith("C-");
            }
          }
        }
        """
            .formatted(targets));
  }

  /** Left on the Optional field, it would fail every call with HV000030. */
  @Test
  void constraintWithoutTypeUseOnAnOptionalToolParameterIsAnError() {
    JavaFileObject file =
        tools(
            "  /**",
            "   * Takes.",
            "   *",
            "   * @param code a code",
            "   */",
            "  @Tool public void take(@Code Optional<String> code) {}");
    Compilation compilation =
        failed(file, customConstraint("ElementType.FIELD, ElementType.PARAMETER"));
    assertThat(compilation.diagnostics().toString()).doesNotContain("internal-error");
    assertOnlyError(
        compilation,
        file,
        "@Code Optional<String> code",
        "@Code",
        "[toolwright:misplaced-constraint] @Code on parameter 'code' of Tools.take applies to the"
            + " Optional itself, which Hibernate Validator cannot check (HV000030)",
        "Fix: Add ElementType.TYPE_USE to the @Target of @Code and write Optional<@Code String>,"
            + " or declare parameter 'code' of Tools.take without Optional, as @Nullable.");
  }

  /** The generated field could not carry it, so nothing would enforce what the schema shows. */
  @Test
  void constraintThatCannotGoOnAFieldIsAnError() {
    JavaFileObject file =
        tools(
            "  /**",
            "   * Takes.",
            "   *",
            "   * @param code a code",
            "   */",
            "  @Tool public void take(@Code String code) {}");
    Compilation compilation = failed(file, customConstraint("ElementType.PARAMETER"));
    assertThat(compilation.diagnostics().toString()).doesNotContain("internal-error");
    assertOnlyError(
        compilation,
        file,
        "@Code String code",
        "@Code",
        "[toolwright:misplaced-constraint] @Code on parameter 'code' of Tools.take cannot be"
            + " written on a field (its @Target has neither FIELD nor TYPE_USE)",
        "Fix: Add ElementType.FIELD to the @Target of @Code.");
  }

  @Test
  void customConstraintIsToldInTheDescriptionWithAWarning() {
    JavaFileObject sku =
        JavaFileObjects.forSourceString(
            "p.ValidSku",
            """
            package p;
            import jakarta.validation.Constraint;
            import jakarta.validation.ConstraintValidator;
            import jakarta.validation.ConstraintValidatorContext;
            import jakarta.validation.Payload;
            import java.lang.annotation.*;
            @Constraint(validatedBy = ValidSku.Validator.class)
            @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
            @Retention(RetentionPolicy.RUNTIME)
            public @interface ValidSku {
              String message() default "not a SKU";
              Class<?>[] groups() default {};
              Class<? extends Payload>[] payload() default {};
              class Validator implements ConstraintValidator<ValidSku, String> {
                @Override
                public boolean isValid(String value, ConstraintValidatorContext context) {
                  return value == null || value.startsWith("SKU-");
                }
              }
            }
            """);
    JavaFileObject file =
        tools(
            "  /**",
            "   * Orders.",
            "   *",
            "   * @param sku the item",
            "   * @param more more items",
            "   * @param amount how many",
            "   */",
            "  @Tool public void order(@ValidSku String sku, List<@ValidSku String> more,"
                + " @Digits(integer = 3, fraction = 1) String amount) {}");
    Compilation compilation = Compilations.compileKeepingWarnings(file, sku);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(3);
    assertThat(compilation)
        .hadWarningContaining(
            "[toolwright:constraint-not-in-schema] @ValidSku on parameter 'sku' of Tools.order is"
                + " enforced by Bean Validation, but JSON Schema has no keyword for it; the"
                + " description tells the model instead: \"Must also satisfy @ValidSku.\"")
        .inFile(file)
        .onLine(lineNumber(file, "@ValidSku String sku"))
        .atColumn(column(file, "@ValidSku String sku", "@ValidSku"));
    assertThat(compilation)
        .hadWarningContaining(
            "@Digits on parameter 'amount' of Tools.order is enforced by Bean Validation, but JSON"
                + " Schema has no keyword for it; the description tells the model instead: \"Must"
                + " be a number with at most 3 integer and 1 fraction digits.\"");
    JsonNode properties = properties(compilation);
    assertThat(properties.at("/sku/description").asString())
        .isEqualTo("the item. Must also satisfy @ValidSku.");
    assertThat(properties.at("/more/items/description").asString())
        .isEqualTo("Must also satisfy @ValidSku.");
    assertThat(properties.at("/amount/description").asString())
        .isEqualTo("how many. Must be a number with at most 3 integer and 1 fraction digits.");
  }

  @Test
  void repeatedConstraintsAllReachTheSchema() {
    Compilation compilation =
        Compilations.compile(
            tools(
                "  @Tool public void take(@Pattern.List({@Pattern(regexp = \"([a-z])+\"),"
                    + " @Pattern(regexp = \"(a)\\\\1.*\")}) @Size(max = 3) @Size(min = 2) String"
                    + " code) {}"));
    assertThat(compilation).succeededWithoutWarnings();
    JsonNode code = properties(compilation).get("code");
    assertThat(code.get("minLength").asInt()).isEqualTo(2);
    assertThat(code.get("maxLength").asInt()).isEqualTo(3);
    // Both patterns must hold; the second's backreference now counts the first's group too.
    assertThat(code.get("pattern").asString()).isEqualTo("^(?=(?:([a-z])+)$)(?:(a)\\2.*)$");
  }

  /** The schema properties of the first tool of {@code p.Tools}, from the generated resource. */
  private static JsonNode properties(Compilation compilation) {
    String resource = Compilations.resource(compilation, "META-INF/toolwright/p.Tools.json");
    return JsonMapper.builder().build().readTree(resource).at("/tools/0/schema/properties");
  }
}
