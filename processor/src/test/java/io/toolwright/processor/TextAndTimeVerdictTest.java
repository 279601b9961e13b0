package io.toolwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.JoniRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpressionFactory;
import io.toolwright.ArgumentProblem;
import io.toolwright.ErrorCode;
import io.toolwright.ToolCall;
import io.toolwright.ToolContext;
import io.toolwright.ToolDefinition;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolResult;
import io.toolwright.ToolSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * For text constraints, {@code char} and every {@code java.time} type: a table of strings on
 * which an independent JSON Schema 2020-12 validator (networknt, format assertions on) given the
 * generated schema, and the runtime given the same arguments (generated dispatcher, default
 * validator), must both give the verdict the table expects. The values are the edges of RFC 3339,
 * ISO 8601 and the {@code java.time} parsers: leap seconds, lower-case {@code t} and {@code z},
 * offsets up to ±23:59, fraction digits, signs, weeks, years beyond four digits.
 */
class TextAndTimeVerdictTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String EMOJI = "\uD83D\uDE00";

  /** ECMA-262 patterns, as JSON Schema has them. */
  private static final SchemaRegistry ECMA = registry(JoniRegularExpressionFactory.getInstance());

  /** {@code java.util.regex} patterns, which read the scalar patterns as ECMA-262 does. */
  private static final SchemaRegistry JDK = registry(JDKRegularExpressionFactory.getInstance());

  private static final Map<List<Object>, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private static ToolRegistry tools;

  record Case(String tool, String value, boolean accepted) {
    @Override
    public String toString() {
      return tool + " " + (accepted ? "accepts " : "rejects ") + JSON.writeValueAsString(value);
    }
  }

  @BeforeAll
  static void compile() throws Exception {
    Compilation compilation =
        Compilations.compile(Compilations.resources("texttime/TextAndTime.java"));
    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses classes = new CompiledClasses(compilation);
    Object target = classes.loadClass("texttime.TextAndTime").getConstructor().newInstance();
    ToolSet set =
        (ToolSet)
            classes
                .loadClass("texttime.TextAndTimeTools")
                .getMethod("bind", target.getClass())
                .invoke(null, target);
    tools = ToolRegistry.of(set);
  }

  static Stream<Case> cases() {
    List<Case> cases = new ArrayList<>();
    // @NotBlank is pattern \S: ECMA-262 white space, not String.isBlank().
    accept(cases, "not_blank", "x", " x ", "\u001C", "\u001F", "\u0085", "\u200B", "\u0000", EMOJI);
    reject(cases, "not_blank", "", " ", "\u00A0", "\u2007", "\u202F", "\uFEFF", "\t\n\r\u2028\u2029\u3000");
    // @Size on a string is minLength/maxLength: code points, not UTF-16 units.
    accept(cases, "sized", "ab", "abc", EMOJI + EMOJI, EMOJI.repeat(3), "a" + EMOJI);
    reject(cases, "sized", "a", EMOJI, "abcd", EMOJI.repeat(4));
    // char: one character of the Basic Multilingual Plane.
    accept(cases, "character", "a", "\u00E9", " ", "\n", "\u0000", "\uD7FF", "\uE000", "\uFFFF");
    reject(cases, "character", "", "ab", EMOJI, "\uD800", "\uDFFF");
    for (String tool : List.of("instant", "offset_date_time", "zoned_date_time")) {
      accept(
          cases,
          tool,
          "2025-01-31T09:30:00Z",
          "2025-01-31t09:30:00z",
          "2025-01-31T09:30:00.5+01:00",
          "2025-01-31T09:30:00.123456789-05:30",
          "2025-01-31T09:30:00-00:00",
          "2025-01-31T09:30:00+18:00",
          "2025-01-31T09:30:00-18:00",
          "2024-02-29T12:00:00Z",
          "0000-01-01T00:00:00Z",
          "9999-12-31T23:59:59.999999999Z");
      reject(
          cases,
          tool,
          // Valid RFC 3339 that java.time cannot hold: the pattern leaves it out.
          "1998-12-31T23:59:60Z",
          "1998-12-31T15:59:60-08:00",
          "2025-01-31T09:30:00.1234567891Z",
          "2025-01-31T09:30:00+18:01",
          "2025-01-31T09:30:00+23:59",
          // Not RFC 3339, though a java.time parser may read it.
          "2025-01-31T09:30Z",
          "2025-01-31T09:30:00.Z",
          "2025-01-31T09:30:00+01:00[Europe/Paris]",
          "+10000-01-01T00:00:00Z",
          "2025-01-31T24:00:00Z",
          "2025-01-31T09:30:00",
          "2025-01-31 09:30:00Z",
          "2025-01-31T09:30:00,5Z",
          "2025-01-31T09:30:00+0100",
          "2025-02-29T00:00:00Z",
          "2025-13-01T00:00:00Z",
          "2025-01-31T09:30:00Z\n");
    }
    accept(cases, "local_date", "2025-01-31", "2024-02-29", "0000-01-01", "9999-12-31");
    reject(
        cases,
        "local_date",
        "2025-02-29",
        "+10000-01-01",
        "-0001-01-01",
        "2025-1-31",
        "\uFF12\uFF10\uFF12\uFF15-01-31",
        "2025-01-31T00:00:00Z",
        "2025-01-31\n");
    accept(
        cases,
        "offset_time",
        "09:30:00Z",
        "09:30:00z",
        "09:30:00.123456789+05:30",
        "23:59:59-18:00",
        "00:00:00+18:00");
    reject(
        cases,
        "offset_time",
        "23:59:60Z",
        "15:59:60-08:00",
        "09:30:00+18:01",
        "23:29:60+23:30",
        "09:30:00.1234567891Z",
        "09:30Z",
        "09:30:00",
        "09:30:00.Z",
        "24:00:00Z");
    accept(cases, "local_time", "09:30", "09:30:15", "09:30:15.123456789", "23:59:59", "00:00");
    reject(
        cases,
        "local_time",
        "24:00",
        "9:30",
        "09:60",
        "09:30:60",
        "09:30:15.",
        "09:30:15.1234567891",
        "09:30Z",
        "09:30:15+01:00",
        "09:30\n");
    accept(
        cases,
        "local_date_time",
        "2025-01-31T09:30",
        "2025-01-31t09:30:15.5",
        "2024-02-29T00:00",
        "2000-02-29T00:00",
        "0000-02-29T00:00",
        "2025-04-30T23:59:59.999999999");
    reject(
        cases,
        "local_date_time",
        "2025-02-29T00:00",
        "1900-02-29T00:00",
        "2025-04-31T00:00",
        "2025-01-32T00:00",
        "2025-01-31T24:00",
        "2025-01-31T09:30Z",
        "2025-01-31 09:30",
        "2025-01-31",
        "+10000-01-01T00:00");
    accept(
        cases,
        "duration",
        "PT15M",
        "P2D",
        "P1DT2H",
        "PT1H30M",
        "PT1H30S",
        "PT1.5S",
        "-PT5M",
        "-P1DT0.000000001S",
        "PT0S",
        "P0D",
        "P999999999999DT999999999999H999999999999M999999999999.999999999S");
    reject(
        cases,
        "duration",
        // format "duration" admits these; a Duration cannot hold them exactly.
        "P1W",
        "P1M",
        "P1Y",
        // Duration.parse reads these; the pattern keeps to one spelling.
        "pt1h",
        "PT-5M",
        "+PT1H",
        "PT1,5S",
        "PT9999999999999H",
        "P",
        "PT",
        "P1DT",
        "P1D2H",
        "PT1.S",
        "PT1.1234567891S",
        "PT1.5M");
    accept(
        cases,
        "period",
        "P1Y",
        "P1M",
        "P2W",
        "P3D",
        "P1Y2M3W4D",
        "P1Y2W",
        "-P1Y",
        "P0D",
        "P999999999Y",
        "P99999999W999999999D");
    reject(
        cases,
        "period",
        "PT1H",
        "P1DT1H",
        "P",
        "-P",
        "p1y",
        "P-1D",
        "P1.5Y",
        "P1D1Y",
        "P1000000000Y");
    accept(cases, "year", "2025", "0000", "9999");
    reject(cases, "year", "+2025", "25", "-5", "10000", "2025\n");
    accept(cases, "year_month", "2025-01", "0000-12");
    reject(cases, "year_month", "2025-13", "2025-00", "2025-1", "+2025-01");
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void schemaAndRuntimeGiveTheExpectedVerdict(Case c) {
    ObjectNode arguments = JSON.createObjectNode().put("value", c.value());

    for (Map.Entry<String, SchemaRegistry> engine : engines(c.tool()).entrySet()) {
      assertThat(schema(engine.getValue(), c.tool()).validate(arguments))
          .as("schema verdict with %s patterns", engine.getKey())
          .matches(errors -> errors.isEmpty() == c.accepted(), "is empty: " + c.accepted());
    }

    ToolResult result =
        tools.execute(List.of(ToolCall.ofTree("1", c.tool(), arguments)), ToolContext.empty()).get(0);
    if (c.accepted()) {
      assertThat(result.isError()).as("runtime: %s", result.content()).isFalse();
    } else {
      assertThat(result).as("runtime").isInstanceOf(ToolResult.Failure.class);
      // Unpaired surrogates are refused in every string while the arguments are read, before any
      // reader sees them.
      ErrorCode expected =
          hasUnpairedSurrogate(c.value()) ? ErrorCode.INVALID_JSON : ErrorCode.INVALID_ARGUMENTS;
      assertThat(((ToolResult.Failure) result).error().code())
          .as("runtime: %s", result.content())
          .isEqualTo(expected);
    }
  }

  private static boolean hasUnpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void anEmojiForACharIsRejectedAtItsPointerWithTheReason() {
    ObjectNode arguments = JSON.createObjectNode().put("value", EMOJI);
    ToolResult result =
        tools.execute(List.of(ToolCall.ofTree("1", "character", arguments)), ToolContext.empty()).get(0);
    assertThat(((ToolResult.Failure) result).error().problems())
        .containsExactly(
            ArgumentProblem.of(
                "/value",
                "a string of one character from U+0000 to U+FFFF (no emoji)",
                "\"" + EMOJI + "\""));
  }

  @Test
  void listElementsCountCodePointsToo() {
    ObjectNode arguments = JSON.createObjectNode();
    arguments.putArray("value").add(EMOJI).add("a");
    ToolResult result =
        tools.execute(List.of(ToolCall.ofTree("1", "letters", arguments)), ToolContext.empty()).get(0);
    assertThat(result.isError()).as("%s", result.content()).isFalse();
  }

  /**
   * The scalar patterns are written where ECMA-262 and {@code java.util.regex} agree, so both must
   * give the same verdict; {@code @NotBlank}'s {@code \S} is ECMA-262's only (java.util.regex's
   * {@code \s} is ASCII). For {@code char}, java.util.regex alone: networknt's Joni adapter refuses
   * a four-digit escape whose first digit is a letter (the one of U+D7FF) as invalid, although
   * ECMA-262 allows it.
   */
  private static Map<String, SchemaRegistry> engines(String tool) {
    switch (tool) {
      case "not_blank":
        return Map.of("ECMA-262", ECMA);
      case "character":
        return Map.of("java.util.regex", JDK);
      default:
        return Map.of("ECMA-262", ECMA, "java.util.regex", JDK);
    }
  }

  private static Schema schema(SchemaRegistry registry, String tool) {
    return SCHEMAS.computeIfAbsent(
        List.of(registry, tool),
        key -> registry.getSchema(JSON.readTree(definition(tool).canonicalSchema())));
  }

  private static ToolDefinition definition(String name) {
    return tools.definitions().stream()
        .filter(d -> d.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no tool " + name));
  }

  private static void accept(List<Case> cases, String tool, String... values) {
    for (String value : values) {
      cases.add(new Case(tool, value, true));
    }
  }

  private static void reject(List<Case> cases, String tool, String... values) {
    for (String value : values) {
      cases.add(new Case(tool, value, false));
    }
  }

  private static SchemaRegistry registry(RegularExpressionFactory regex) {
    return SchemaRegistry.withDefaultDialect(
        SpecificationVersion.DRAFT_2020_12,
        builder ->
            builder.schemaRegistryConfig(
                SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .regularExpressionFactory(regex)
                    .build()));
  }
}
