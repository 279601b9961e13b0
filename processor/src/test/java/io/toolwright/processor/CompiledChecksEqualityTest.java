package io.toolwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.toolwright.ArgumentProblem;
import io.toolwright.ErrorCode;
import io.toolwright.Excerpts;
import io.toolwright.ToolCall;
import io.toolwright.ToolContext;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolResult;
import io.toolwright.ToolSet;
import io.toolwright.dispatch.JsonReaders;
import io.toolwright.dispatch.Problems;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The proof that a constraint the processor compiles means what it meant under Bean Validation:
 * for each kind of compiled check, on each type it applies to, a table of values (bounds, emoji,
 * ECMA-262 white space, trailing zeros, {@code -0} (a JSON number reads as a decimal, so only an
 * underflow such as {@code -1e-400} makes a {@code double} -0.0), numbers beyond {@code long}) gets
 * the same verdict, the same message and the same excerpt from the generated check as from the registry's
 * default validator (Hibernate Validator with Toolwright's definitions) given the same Java value
 * and the tool method's own annotations.
 */
class CompiledChecksEqualityTest {

  /** Per tool: its one parameter {@code v}, declared as written here, and the JSON values tried. */
  private static final Map<String, Case> CASES = new LinkedHashMap<>();

  private record Case(String parameter, List<String> values) {}

  private static void add(String tool, String parameter, String... values) {
    CASES.put(tool, new Case(parameter, List.of(values)));
  }

  static {
    add("pattern", "@Pattern(regexp = \"ACC-[0-9]{4}\") String v",
        "\"ACC-1234\"", "\"ACC-12345\"", "\"acc-1234\"", "\"\"", "\"ACC-\u0661\u0662\u0663\u0664\"",
        "\"ACC-1234\\n\"");
    add("escapes", "@Pattern(regexp = \"\\\\d{2}\\\\.\\\\$\\\\{x\\\\}\") String v",
        "\"12.${x}\"", "\"12.$x\"", "\"x\"");
    add("patterns", "@Pattern(regexp = \"[a-z]+\") @Pattern(regexp = \".*x.*\") String v",
        "\"abc\"", "\"x\"", "\"X\"", "\"ax\"", "\"\"");
    add("size", "@Size(min = 2, max = 3) String v",
        "\"a\"", "\"ab\"", "\"abc\"", "\"abcd\"", "\"\uD83D\uDE00\"", "\"\uD83D\uDE00\uD83D\uDE00\"",
        "\"\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\"", "\"e\u0301\"", "\"\"");
    add("sizeDefaults", "@Size String v", "\"\"", "\"a\"");
    add("length", "@Length(min = 1, max = 2) String v",
        "\"\"", "\"\uD83D\uDE00\"", "\"\uD83D\uDE00\uD83D\uDE00\"", "\"abc\"");
    add("notEmpty", "@NotEmpty String v", "\"\"", "\" \"", "\"a\"");
    add("notBlank", "@NotNull @NotBlank String v",
        "\"\"", "\" \"", "\"\u00a0\"", "\"\u2007\"", "\"\ufeff\"", "\"\\u001c\"", "\"\\t\\n\\u000b\"",
        "\"\u2028\u3000\"", "\"a\"", "\"\u3000x\"", "\"\uD83D\uDE00\"", "\"\u200b\"");
    add("notBlankPattern", "@NotBlank @Pattern(regexp = \"\\\\d+\") String v",
        "\" \"", "\"12\"", "\"a\"", "\"\"");
    add("optionalSize", "Optional<@Size(min = 3) String> v", "\"ab\"", "\"abc\"", "null");
    add("optionalNotBlank", "Optional<@NotBlank String> v", "\" \"", "\"a\"");
    add("minInt", "@Min(1) int v", "0", "1", "2", "-2147483648", "2147483647");
    add("maxLong", "@Max(100) long v",
        "100", "101", "-9223372036854775808", "9223372036854775807");
    add("rangeShort", "@Range(min = -5, max = 5) short v", "-6", "-5", "5", "6");
    add("rangeDefaults", "@Range Integer v", "-1", "0", "2147483647");
    add("positiveByte", "@Positive byte v", "-1", "0", "1", "127");
    add("minDouble", "@Min(0) double v",
        "-0.0", "0", "0.0", "1e-300", "-1e-300", "1.7976931348623157e308", "-4.9e-324",
        "-1e-400");
    add("positiveOrZeroDouble", "@PositiveOrZero double v",
        "-0.0", "0", "-1e-320", "1", "-1e-400");
    add("negativeDouble", "@Negative Double v", "-0.0", "0.0", "-1", "1e-10", "-1e-400");
    add("negativeOrZeroFloat", "@NegativeOrZero float v", "-0.0", "0", "1e-45", "-1");
    add("maxFloat", "@Max(16777217) float v", "16777216", "16777217", "16777218", "16777219");
    add("minHugeDouble", "@Min(9007199254740993L) double v",
        "9007199254740992", "9007199254740993", "9007199254740994");
    add("decimalMinDouble", "@DecimalMin(\"0.1\") double v",
        "0.1", "0.09999999999999999", "0.10000000000000001", "-0.0", "1e308");
    add("decimalMaxDouble", "@DecimalMax(value = \"0\", inclusive = false) double v",
        "-0.0", "0", "-1e-300", "4.9e-324", "-1e-400");
    add("decimalMinFloat", "@DecimalMin(\"0.1\") float v", "0.1", "0.099999994", "0.09999999");
    add("decimalMinInt", "@DecimalMin(\"1.5\") int v", "1", "2");
    add("decimalMaxLong", "@DecimalMax(value = \"100\", inclusive = false) long v", "99", "100");
    add("decimalMinLongBig", "@DecimalMin(\"-9223372036854775809\") long v",
        "-9223372036854775808");
    add("minBigDecimal", "@Min(1) BigDecimal v",
        "0.99999999999999999999", "1", "1.000", "123456789012345678901234567890", "1e-400");
    add("decimalMaxBigDecimal", "@DecimalMax(\"0.01\") BigDecimal v",
        "0.01", "0.010", "0.0100001", "-0", "-1e900", "1E+999");
    add("positiveBigInteger", "@Positive BigInteger v",
        "0", "1", "-1", "123456789012345678901234567890", "-0");
    add("decimalMinBigInteger", "@DecimalMin(value = \"1.5\", inclusive = false) BigInteger v",
        "1", "2");
    add("maxBigInteger", "@Max(-3) BigInteger v", "-3", "-2", "-99999999999999999999999");
    add("digitsBigDecimal", "@Digits(integer = 2, fraction = 2) BigDecimal v",
        "12.500", "99.99", "100", "0", "0.000", "0.001", "-99.99", "1E+1", "0E+5", "99.990000");
    add("digitsInt", "@Digits(integer = 2, fraction = 0) int v", "99", "100", "-99", "-100", "0");
    add("digitsDouble", "@Digits(integer = 1, fraction = 2) double v",
        "1.25", "1.255", "9.99", "10", "0.1", "-0.0", "1e-7");
    add("digitsFloat", "@Digits(integer = 1, fraction = 1) float v", "1.1", "1.15", "0.3");
    add("digitsZero", "@Digits(integer = 0, fraction = 2) BigDecimal v", "0", "0.5", "1", "-0.99");
    add("digitsBigInteger", "@Digits(integer = 3, fraction = 0) BigInteger v", "999", "1000");
    add("optionalMax", "Optional<@Max(10) Integer> v", "10", "11", "null");
    add("nullableMin", "@Nullable @Min(1) Integer v", "0", "1", "null");
    add("assertTrue", "@AssertTrue boolean v", "true", "false");
    add("assertFalse", "@AssertFalse Boolean v", "true", "false");
  }

  /** Numbers as the registry's argument parser reads them: exact, trailing zeros kept. */
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private static Class<?> probe;
  private static Object target;
  private static ToolRegistry registry;
  private static Class<?> tools;
  private static Class<?> mixedTools;
  private static ToolRegistry mixedRegistry;

  @BeforeAll
  static void compile() throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add("package probe;");
    lines.add("import io.toolwright.annotation.Tool;");
    lines.add("import jakarta.validation.constraints.*;");
    lines.add("import org.hibernate.validator.constraints.Length;");
    lines.add("import org.hibernate.validator.constraints.Range;");
    lines.add("import java.lang.annotation.*;");
    lines.add("import java.math.*;");
    lines.add("import java.util.Optional;");
    lines.add("public class Probe {");
    lines.add("  @Target({ElementType.PARAMETER, ElementType.TYPE_USE})");
    lines.add("  @interface Nullable {}");
    for (Map.Entry<String, Case> tool : CASES.entrySet()) {
      lines.add("  /** Probe. @param v the value */");
      lines.add("  @Tool public void " + tool.getKey() + "(" + tool.getValue().parameter() + ") {}");
    }
    lines.add("}");
    Compilation compilation =
        Compilations.compileKeepingWarnings(
            JavaFileObjects.forSourceLines("probe.Probe", lines.toArray(String[]::new)),
            JavaFileObjects.forSourceLines(
                "probe.Mixed",
                "package probe;",
                "import io.toolwright.annotation.Tool;",
                "import jakarta.validation.constraints.*;",
                "public class Mixed {",
                "  /** Mixed. @param a a @param b b @param c c */",
                "  @Tool public String mixed(@Pattern(regexp = \"[a-z]+\") String a,",
                "      @Email String b, @NotBlank @Size(max = 1, message = \"one at most\") String c) {",
                "    return a + b + c;",
                "  }",
                "}"));
    assertThat(compilation).succeeded();
    CompiledClasses classes = new CompiledClasses(compilation);
    probe = classes.loadClass("probe.Probe");
    target = probe.getConstructor().newInstance();
    tools = classes.loadClass("probe.ProbeTools");
    registry = ToolRegistry.of((ToolSet) tools.getMethod("bind", probe).invoke(null, target));
    Class<?> mixed = classes.loadClass("probe.Mixed");
    mixedTools = classes.loadClass("probe.MixedTools");
    mixedRegistry =
        ToolRegistry.of(
            (ToolSet)
                mixedTools
                    .getMethod("bind", mixed)
                    .invoke(null, mixed.getConstructor().newInstance()));
  }

  /**
   * A tool whose constraints are partly compiled: Bean Validation checks the rest ({@code @Email},
   * a constraint with a message of its own), and the model reads both kinds in one answer, ordered
   * by pointer then message as Bean Validation's alone were.
   */
  @Test
  void aMixedToolReportsCompiledAndBeanValidationProblemsTogether() throws Exception {
    Class<?> arguments =
        java.util.Arrays.stream(mixedTools.getDeclaredClasses())
            .filter(nested -> nested.getSimpleName().endsWith("Arguments"))
            .findFirst()
            .orElseThrow();
    assertThat(java.util.Arrays.stream(arguments.getDeclaredFields()).map(f -> f.getName()))
        .containsExactly("b", "c");

    assertThat(mixed("{\"a\": \"1\", \"b\": \"x\", \"c\": \" \"}"))
        .containsExactly(
            ArgumentProblem.of("/a", "must match \"[a-z]+\"", "\"1\""),
            ArgumentProblem.of("/b", "must be a well-formed email address", "\"x\""),
            ArgumentProblem.of("/c", "must not be blank", "\" \""));
    assertThat(mixed("{\"a\": \"1\", \"b\": \"x@example.com\", \"c\": \"ab\"}"))
        .containsExactly(
            ArgumentProblem.of("/a", "must match \"[a-z]+\"", "\"1\""),
            ArgumentProblem.of("/c", "one at most", "\"ab\""));
    assertThat(mixed("{\"a\": \"a\", \"b\": \"x\", \"c\": \"c\"}"))
        .containsExactly(ArgumentProblem.of("/b", "must be a well-formed email address", "\"x\""));
    assertThat(mixed("{\"a\": \"a\", \"b\": \"x@example.com\", \"c\": \"c\"}")).isEmpty();
  }

  /**
   * The compiled checks are the schema's keywords: a registry given its own validator still makes
   * them, and that validator checks only the rest.
   */
  @Test
  void compiledChecksRunWhateverValidatorTheRegistryIsGiven() throws Exception {
    jakarta.validation.ValidatorFactory factory =
        jakarta.validation.Validation.byProvider(org.hibernate.validator.HibernateValidator.class)
            .configure()
            .messageInterpolator(
                new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
            .buildValidatorFactory();
    try (factory) {
      ToolRegistry own =
          ToolRegistry.builder()
              .validator(factory.getValidator())
              .addAll((ToolSet) tools.getMethod("bind", probe).invoke(null, target))
              .build();
      ToolResult result =
          own.execute(List.of(ToolCall.of("1", "pattern", "{\"v\": \"acc-1234\"}")),
                  ToolContext.empty())
              .get(0);
      assertThat(((ToolResult.Failure) result).error().problems())
          .containsExactly(
              ArgumentProblem.of("/v", "must match \"ACC-[0-9]{4}\"", "\"acc-1234\""));
    }
  }

  private static List<ArgumentProblem> mixed(String arguments) {
    ToolResult result =
        mixedRegistry
            .execute(List.of(ToolCall.of("1", "mixed", arguments)), ToolContext.empty())
            .get(0);
    return result instanceof ToolResult.Failure failure ? failure.error().problems() : List.of();
  }

  @Test
  void everyConstraintHereIsCompiledSoNoToolHasAnArgumentsClass() {
    // The nested classes left are the generated dispatch (Invoker) and the checks' patterns and
    // bounds (Constants), neither of which holds a constraint.
    assertThat(tools.getDeclaredClasses())
        .extracting(Class::getSimpleName)
        .containsExactlyInAnyOrder("Invoker", "Constants");
  }

  @Test
  void compiledChecksGiveBeanValidationsVerdictsMessagesAndExcerpts() throws Exception {
    Validator validator = defaultValidator();
    List<String> differences = new ArrayList<>();
    int rejected = 0;
    for (Map.Entry<String, Case> tool : CASES.entrySet()) {
      Method method = method(tool.getKey());
      for (String value : tool.getValue().values()) {
        List<ArgumentProblem> compiled = compiled(tool.getKey(), value);
        List<ArgumentProblem> expected;
        try {
          expected = beanValidation(validator, method, value);
        } catch (io.toolwright.dispatch.ArgumentException e) {
          differences.add(tool.getKey() + "(" + value + ") does not convert: " + e.problems());
          continue;
        }
        rejected += expected.isEmpty() ? 0 : 1;
        if (!compiled.equals(expected)) {
          differences.add(tool.getKey() + "(" + value + "): " + compiled + " != " + expected);
        }
      }
    }
    assertThat(differences).isEmpty();
    assertThat(rejected).as("values the table rejects").isGreaterThan(50);
  }

  /** The problems the generated code reports for {@code {"v": value}}; empty when the tool ran. */
  private static List<ArgumentProblem> compiled(String tool, String value) {
    ToolResult result =
        registry
            .execute(
                List.of(ToolCall.of("1", snakeCase(tool), "{\"v\": " + value + "}")),
                ToolContext.empty())
            .get(0);
    if (!(result instanceof ToolResult.Failure failure)) {
      return List.of();
    }
    if (failure.error().code() != ErrorCode.INVALID_ARGUMENTS
        || !failure.error().message().contains("break the tool's constraints")) {
      return List.of(ArgumentProblem.of("", failure.error().message(), null));
    }
    return failure.error().problems();
  }

  /**
   * What the default validator finds in the tool method's parameter given the Java value the
   * generated code reads, as {@code ConstraintViolations} reports it.
   */
  private static List<ArgumentProblem> beanValidation(Validator validator, Method method,
      String value) throws Exception {
    Object java = read(method, JSON.readTree(value));
    Set<ConstraintViolation<Object>> violations =
        validator.forExecutables().validateParameters(target, method, new Object[] {java});
    List<ArgumentProblem> problems = new ArrayList<>();
    for (ConstraintViolation<Object> violation : violations) {
      problems.add(
          ArgumentProblem.of(
              "/v", violation.getMessage(), Excerpts.ofJava(violation.getInvalidValue())));
    }
    problems.sort(Comparator.comparing(ArgumentProblem::expected));
    return problems;
  }

  /** The value as the generated code reads it, with the same {@code JsonReaders} method. */
  private static Object read(Method method, JsonNode node) throws Exception {
    Class<?> type = method.getParameterTypes()[0];
    boolean optional = type == Optional.class;
    if (optional) {
      String argument = method.getGenericParameterTypes()[0].getTypeName();
      type = argument.contains("Integer") ? Integer.class : String.class;
    }
    if (node.isNull()) {
      return optional ? Optional.empty() : null;
    }
    String reader =
        switch (type.getSimpleName()) {
          case "String" -> "string";
          case "int", "Integer" -> "intValue";
          case "long", "Long" -> "longValue";
          case "short", "Short" -> "shortValue";
          case "byte", "Byte" -> "byteValue";
          case "double", "Double" -> "doubleValue";
          case "float", "Float" -> "floatValue";
          case "boolean", "Boolean" -> "bool";
          case "BigDecimal" -> "bigDecimal";
          case "BigInteger" -> "bigInteger";
          default -> throw new AssertionError(type);
        };
    Problems problems = new Problems();
    Object java =
        JsonReaders.class
            .getMethod(reader, JsonNode.class, String.class, Problems.class)
            .invoke(null, node, "/v", problems);
    problems.throwIfAny();
    return optional ? Optional.of(java) : java;
  }

  /** The tool's name, from its method's. */
  private static String snakeCase(String methodName) {
    return methodName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }

  private static Method method(String name) {
    for (Method method : probe.getMethods()) {
      if (method.getName().equals(name)) {
        return method;
      }
    }
    throw new AssertionError(name);
  }

  private static Validator defaultValidator() throws Exception {
    Method factory =
        Class.forName("io.toolwright.ConstraintViolations").getDeclaredMethod("defaultValidator");
    factory.setAccessible(true);
    return (Validator) factory.invoke(null);
  }
}
