package io.toolwright;

import static io.toolwright.Results.one;
import static io.toolwright.Results.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs that {@link ExecuteFuzzTest} found to break a property, each as a named test: the saved
 * crash file replayed through every property, and the defect stated plainly. The crash files stay
 * in {@code ExecuteFuzzTestInputs/execute/}, where the fuzz test replays them in every build too.
 */
class ExecuteFuzzFindingsTest {

  private static final ToolContext CUSTOMER = ToolContext.of("customer", 42L);

  private final ToolRegistry registry =
      ToolRegistry.of(BillingTools.bind(new Billing()), new FaultyTools().bind());

  /**
   * Finding 1: a property name with raw DEL characters (U+007F, which JSON need not escape) reached
   * an error's {@code actual} raw, because {@code JsonReaders.excerpt} quoted names and strings
   * with JSON's escaping only, which leaves DEL and the C1 controls alone (U+0085, NEXT LINE, among
   * them ends a line). Excerpts now escape them, {@code \u007F}, and stay valid JSON.
   */
  @Test
  void excerptsEscapeTheControlCharactersJsonLeavesRaw() throws IOException {
    FuzzHarness.checkAll(crash("crash-65d4ab2692c02dc5715189ea38d33d14689fd1a5"));

    ToolResult result =
        one(
            registry,
            ToolCall.of("1", "get_balance", "{\"accountId\":{\"st\u007Fatus\":\"a\u0085b\"}}"),
            CUSTOMER);

    assertThat(problems(result))
        .extracting(ArgumentProblem::actual)
        .containsExactly("{\"st\\u007Fatus\":\"a\\u0085b\"}");
  }

  /**
   * Finding 1, second half: the same name, unknown to the schema, was quoted raw in the problem's
   * {@code expected} ("no property named '...'"), unlike every other quotation of model text in
   * an error. It is now made single-line like them.
   */
  @Test
  void unknownPropertyNamesAreQuotedOnOneLine() {
    ToolResult result =
        one(
            registry,
            ToolCall.of("1", "get_balance", "{\"accountId\":\"AC-1\",\"st\u007F\\natus\":1}"),
            CUSTOMER);

    assertThat(problems(result))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.pointer()).isEqualTo("/st\u007F\natus");
              assertThat(problem.expected()).startsWith("no property named 'st  atus': ");
            });
  }

  /**
   * Finding 2: arguments that hold no JSON value although they are not blank ASCII, such as a
   * UTF-8 byte-order mark followed by spaces, or a space in UTF-32 ({@code 00 00 00 20}, which
   * Jackson detects as such), made the parser return no first token, and describing that missing
   * token threw a {@code NullPointerException}: every tool answered {@code TOOL_FAILED},
   * "Toolwright could not check this call ... an application error", where the tree path (the
   * SDK's reader gives a missing node) counted the arguments as {@code {}}. They now count as
   * {@code {}}, as blank arguments do.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "crash-755d0f717cf0af17f60ef0810a45009245869b5c",
        "byte-order mark and spaces"
      })
  void argumentsWithoutAValueCountAsAnEmptyObject(String input) throws IOException {
    byte[] bytes =
        switch (input) {
          case "byte-order mark and spaces" ->
              new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n'};
          default -> crash(input);
        };
    FuzzHarness.checkAll(bytes);

    Billing billing = new Billing();
    ToolRegistry tools = ToolRegistry.of(BillingTools.bind(billing));
    assertThat(Results.value(one(tools, ToolCall.of("1", "ping", bytes), CUSTOMER)).stringValue())
        .isEqualTo("pong");
    assertThat(problems(one(tools, ToolCall.of("2", "get_balance", bytes), CUSTOMER)))
        .extracting(ArgumentProblem::pointer)
        .containsExactly("/accountId");
    assertThat(billing.calls()).isEqualTo(1);
  }

  /**
   * Finding 3: a parsing limit broken under a property name holding a control character put the
   * raw JSON pointer into the message, which then spanned lines; a pointer can also be long (the
   * nesting depth times the longest name). The message now quotes the pointer single-line and
   * bounded, like every other excerpt; the problem's {@code pointer} stays exact.
   */
  @Test
  void pointersInMessagesAreSingleLineAndBounded() throws IOException {
    FuzzHarness.checkAll(crash("crash-525c56d1895e341ad7233cfc06dc8e10ccfd83b2"));

    String name = "\"a\\n" + "b".repeat(200) + "\"";
    String arguments = "{" + name + ":{" + name + ":\"" + "x".repeat(300_000) + "\"}}";
    ToolError error =
        Results.error(one(registry, ToolCall.of("1", "get_balance", arguments), CUSTOMER));

    assertThat(error.code()).isEqualTo(ErrorCode.INVALID_JSON);
    String pointer = "/a\n" + "b".repeat(200) + "/a\n" + "b".repeat(200);
    assertThat(error.problems()).extracting(ArgumentProblem::pointer).containsExactly(pointer);
    assertThat(error.message())
        .contains(" at /a b" + "b".repeat(Excerpts.LIMIT - 4) + "…")
        .doesNotContain("\n")
        .hasSizeLessThan(300);
  }

  /**
   * Finding 4: a decimal whose exponent does not fit an {@code int}, such as {@code
   * 0e40123456789012345678901234567890}, has few enough digits to pass the number-length limit,
   * but Jackson then fails to make a {@code BigDecimal} of it with a {@code NumberFormatException},
   * which is not a {@code JacksonException}: the parser let it through, and every tool answered
   * {@code TOOL_FAILED}, "Toolwright could not check this call (NumberFormatException)". It is now
   * the exponent-limit breach it is, {@code INVALID_JSON}, on every input path.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "0e40123456789012345678901234567890",
        "1e2147483648",
        "-1.5E-2147483649",
        "0.0e9999999999"
      })
  void exponentsBeyondAnIntAreAParsingLimitBreach(String number) throws IOException {
    FuzzHarness.checkAll(crash("crash-33fa728f3f0619d044d9ec50f65c89c87a12fe37"));
    String arguments =
        "{\"invoiceId\":\"INV-0001\",\"reason\":\"duplicate\",\"lines\":[{\"sku\":\"A\","
            + "\"quantity\":1}],\"amount\":"
            + number
            + "}";
    FuzzHarness.checkAll(arguments.getBytes(java.nio.charset.StandardCharsets.UTF_8));

    ToolError error =
        Results.error(one(registry, ToolCall.of("1", "refund_invoice", arguments), CUSTOMER));

    assertThat(error.code()).isEqualTo(ErrorCode.INVALID_JSON);
    assertThat(error.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.pointer()).isEqualTo("/amount");
              assertThat(problem.expected()).contains("decimal exponent");
            });
  }

  /**
   * Finding 5: Jackson detects the encoding of bytes while it creates its parser, and refuses some
   * patterns there, before any token: {@code 00 82 00 00} is "UTF-32 in an unsupported byte
   * order". Creating the parser was outside the parser's error handling, so the exception reached
   * the executor's catch-all and every tool answered "Toolwright could not check this call
   * (JacksonIOException)". It is now {@code INVALID_JSON}.
   */
  @Test
  void bytesJacksonRefusesBeforeTheFirstTokenAreInvalidJson() throws IOException {
    byte[] bytes = crash("crash-43c039b6c26282e060b02728d4770d2da668a9c1");
    FuzzHarness.checkAll(bytes);

    ToolError error = Results.error(one(registry, ToolCall.of("1", "ping", bytes), CUSTOMER));

    assertThat(error.code()).isEqualTo(ErrorCode.INVALID_JSON);
    assertThat(error.message()).startsWith("The arguments are not valid JSON: ");
    assertThat(error.problems()).extracting(ArgumentProblem::pointer).containsExactly("");
  }

  /**
   * Finding 6 (from {@link ExecuteFuzzTest#largeDocuments}, on a registry allowing the deepest
   * nesting, {@link ParseLimits#DEPTH_CEILING}): the parser raised Jackson's read depth to {@code
   * maxDepth} but not the depth it writes a tree back with (500 by default in Jackson 3), so with
   * a {@code maxDepth} above 500 a tree 600 levels deep was refused as "could not be written as
   * JSON (StreamConstraintsException)" where the same text was accepted. Both limits now follow
   * {@code maxDepth}.
   */
  @Test
  void treesAsDeepAsTheConfiguredLimitAreAccepted() {
    ParseLimits deepest = ParseLimits.builder().maxDepth(ParseLimits.DEPTH_CEILING).build();
    ToolRegistry deep =
        ToolRegistry.builder().addAll(BillingTools.bind(new Billing())).parseLimits(deepest).build();
    String text = "{\"note\":" + "[".repeat(599) + "]".repeat(599) + "}";
    tools.jackson.databind.JsonNode tree =
        FuzzHarness.STRICT.readTree(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));

    ToolError fromText =
        Results.error(one(deep, ToolCall.of("1", "find_invoices", text), CUSTOMER));
    ToolError fromTree =
        Results.error(one(deep, ToolCall.ofTree("2", "find_invoices", tree), CUSTOMER));

    assertThat(fromTree.code()).isEqualTo(fromText.code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS);
    assertThat(fromTree.problems()).isEqualTo(fromText.problems());
  }

  private static byte[] crash(String name) throws IOException {
    String path = "ExecuteFuzzTestInputs/execute/" + name;
    try (InputStream in = ExecuteFuzzFindingsTest.class.getResourceAsStream(path)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }
}
