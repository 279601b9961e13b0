package io.toolwright;

import static io.toolwright.Results.error;
import static io.toolwright.Results.one;
import static io.toolwright.Results.problems;
import static io.toolwright.Results.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an adversary steering a model sends: text a byte-level filter reads differently from the
 * tool, invisible and line-breaking characters aimed at logs and at the model reading the error,
 * and names and values sized to make the runtime do more work than the call is worth.
 */
class HostileInputTest {

  private static final ToolContext CUSTOMER = ToolContext.of("customer", 42L);

  private final Billing billing = new Billing();
  private final FaultyTools faults = new FaultyTools();
  private final ToolRegistry registry = ToolRegistry.of(BillingTools.bind(billing), faults.bind());

  private ToolResult balance(byte[] arguments) {
    return one(registry, ToolCall.of("1", "get_balance", arguments), CUSTOMER);
  }

  /** {@code {"accountId":"<bytes>"}}. */
  private static byte[] accountId(int... bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("{\"accountId\":\"".getBytes(StandardCharsets.UTF_8));
    for (int b : bytes) {
      out.write(b);
    }
    out.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  // ---- UTF-8

  @Test
  void overlongUtf8IsRefusedNotDecoded() {
    // C0 AE is an overlong '.', C0 80 an overlong NUL, E0 80 AF an overlong '/'.
    for (byte[] overlong :
        List.of(
            accountId(0xC0, 0xAE, 0xC0, 0xAE, 0xC0, 0xAF),
            accountId(0x61, 0xC0, 0x80),
            accountId(0xE0, 0x80, 0xAF),
            accountId(0xF0, 0x80, 0x80, 0xAF))) {
      ToolResult result = balance(overlong);

      assertThat(error(result).code()).isEqualTo(ErrorCode.INVALID_JSON);
      assertThat(error(result).message()).startsWith("The arguments are not well-formed UTF-8");
    }
    assertThat(billing.calls()).isZero();
  }

  @Test
  void codePointsBeyondUnicodeAreRefused() {
    for (byte[] beyond :
        List.of(accountId(0xF4, 0x90, 0x80, 0x80), accountId(0xF5, 0x80, 0x80, 0x80))) {
      assertThat(error(balance(beyond)).code()).isEqualTo(ErrorCode.INVALID_JSON);
    }
    assertThat(billing.calls()).isZero();
  }

  @Test
  void theBadBytesArePointedAt() {
    ToolResult result = balance(accountId(0x41, 0xC0, 0xAE));

    assertThat(error(result).message())
        .isEqualTo(
            "The arguments are not well-formed UTF-8 (line 1, column 16). Send the arguments"
                + " again as UTF-8; overlong forms and code points beyond U+10FFFF are refused.");
    assertThat(problems(result))
        .singleElement()
        .satisfies(problem -> assertThat(problem.expected()).isEqualTo("well-formed UTF-8"));
  }

  @Test
  void wellFormedUtf8StillPasses() {
    // é, €, 😀 (four bytes), U+10FFFF (the last code point).
    ToolResult result =
        balance(
            accountId(
                0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80, 0xF4, 0x8F, 0xBF, 0xBF));

    assertThat(value(result).path("accountId").stringValue())
        .isEqualTo("é€😀" + new String(Character.toChars(0x10FFFF)));
  }

  @Test
  void utf16WithAByteOrderMarkIsStillDetected() {
    byte[] utf16 = "\uFEFF{\"accountId\":\"é\"}".getBytes(StandardCharsets.UTF_16BE);

    assertThat(value(balance(utf16)).path("accountId").stringValue()).isEqualTo("é");
  }

  // ---- unpaired surrogates

  @ParameterizedTest
  @ValueSource(strings = {"\\ud800", "\\udc00", "a\\ud800b", "\\ude00\\ud83d"})
  void anUnpairedSurrogateEscapeInAValueIsRefusedAsInANameOnEveryPath(String escaped) {
    String json = "{\"accountId\":\"" + escaped + "\"}";
    for (ToolCall call :
        List.of(
            ToolCall.of("1", "get_balance", json),
            ToolCall.of("1", "get_balance", json.getBytes(StandardCharsets.UTF_8)))) {
      ToolResult result = one(registry, call, CUSTOMER);

      assertThat(error(result).code()).isEqualTo(ErrorCode.INVALID_JSON);
      assertThat(error(result).message())
          .isEqualTo(
              "The arguments are not valid JSON: a string holds an unpaired UTF-16 surrogate"
                  + " escape at /accountId. Send text as whole Unicode characters.");
      assertThat(problems(result))
          .singleElement()
          .satisfies(problem -> assertThat(problem.pointer()).isEqualTo("/accountId"));
    }
    assertThat(billing.calls()).isZero();
  }

  @Test
  void anUnpairedSurrogateInATreeIsRefusedToo() {
    ObjectNode tree = JsonNodeFactory.instance.objectNode();
    tree.putArray("tags").add("ok").add("x\uDBFF");
    tree.putObject("filter").put("status", "open");
    tree.putNull("note");

    ToolResult result = one(registry, ToolCall.ofTree("1", "find_invoices", tree), CUSTOMER);

    assertThat(error(result).code()).isEqualTo(ErrorCode.INVALID_JSON);
    assertThat(problems(result)).extracting(ArgumentProblem::pointer).containsExactly("/tags/1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uD800", "a\uDC00b", "x\uDE00\uD83D"})
  void anUnpairedSurrogateInJavaTextIsRefusedNotTurnedIntoAQuestionMark(String value) {
    ToolResult result =
        one(registry, ToolCall.of("1", "get_balance", "{\"accountId\":\"" + value + "\"}"), CUSTOMER);

    assertThat(error(result).code()).isEqualTo(ErrorCode.INVALID_JSON);
    assertThat(problems(result)).extracting(ArgumentProblem::pointer).containsExactly("/accountId");
    assertThat(billing.calls()).isZero();
  }

  @Test
  void aQuestionMarkAndAWholeSurrogatePairInJavaTextAreKept() {
    ToolResult result =
        one(registry, ToolCall.of("1", "get_balance", "{\"accountId\":\"AC-1?😀\"}"), CUSTOMER);

    assertThat(value(result).path("accountId").stringValue()).isEqualTo("AC-1?😀");
  }

  @Test
  void aSurrogatePairWrittenAsEscapesIsOneCharacter() {
    ToolResult result =
        balance("{\"accountId\":\"\\ud83d\\ude00\"}".getBytes(StandardCharsets.UTF_8));

    assertThat(value(result).path("accountId").stringValue()).isEqualTo("😀");
  }

  // ---- tool names

  @Test
  void aHugeNameHoldingEveryToolNameIsUnknownWithoutSuggestions() {
    String names =
        String.join(" ", registry.definitions().stream().map(ToolDefinition::name).toList());
    String name = names + " " + "x".repeat(10_000_000) + "\n\u202Eforged";

    ToolResult result = one(registry, ToolCall.of("1", name, "{}"), CUSTOMER);

    assertThat(error(result).code()).isEqualTo(ErrorCode.UNKNOWN_TOOL);
    assertThat(error(result).closestTools()).isEmpty();
    assertThat(error(result).message())
        .startsWith("No tool named 'get_balance find_invoices")
        .hasSizeLessThan(300);
    assertThat(result.toolName()).isSameAs(name);
  }

  @Test
  void aNameJustOverTheComparedLengthGetsNoSuggestions() {
    String name =
        "get_balance" + "_".repeat(ClosestNames.MAX_COMPARED_NAME - "get_balance".length() + 1);

    ToolResult result = one(registry, ToolCall.of("1", name, "{}"), CUSTOMER);

    assertThat(error(result).closestTools()).isEmpty();
  }

  @Test
  void aNameAtTheComparedLengthStillGetsSuggestions() {
    String name =
        "get_balance" + "_".repeat(ClosestNames.MAX_COMPARED_NAME - "get_balance".length());

    ToolResult result = one(registry, ToolCall.of("1", name, "{}"), CUSTOMER);

    assertThat(error(result).closestTools()).containsExactly("get_balance");
  }

  @Test
  void invisibleAndLineBreakingCharactersInANameAreShownEscapedOrAsSpaces() {
    ToolResult result =
        one(registry, ToolCall.of("1", "ge\u200Bt_bal\u202Eance\u2028x\uD800", "{}"), CUSTOMER);

    assertThat(error(result).message())
        .startsWith("No tool named 'ge\\u200Bt_bal\\u202Eance x\\uD800'.");
  }

  // ---- excerpts and messages

  @Test
  void excerptsEscapeLineSeparatorsBidiControlsAndInvisibleCharacters() {
    String text = "a\u2028b\u2029c\u0085d\u202Ee\u2066f\u200Bg\u200Dh\u2060i\uFEFFj\u061Ck\u200El";
    String name = "a\u2028b\u202Ec\u200Bd";
    ToolResult result =
        balance(
            ("{\"accountId\":1,\"" + name + "\":\"" + text + "\"}")
                .getBytes(StandardCharsets.UTF_8));

    String escaped =
        "a\\u2028b\\u2029c\\u0085d\\u202Ee\\u2066f\\u200Bg\\u200Dh\\u2060i\\uFEFFj\\u061Ck\\u200El";
    assertThat(problems(result))
        .extracting(ArgumentProblem::actual)
        .containsExactly("1", "\"" + escaped + "\"");
    assertThat(problems(result).get(1).expected())
        .startsWith("no property named 'a b\\u202Ec\\u200Bd': ");
  }

  @Test
  void tagCharactersAndUnpairedSurrogatesInAnExcerptAreEscaped() {
    String tagA = new String(Character.toChars(0xE0041));
    ObjectNode tree = JsonNodeFactory.instance.objectNode().put("accountId", 7);
    tree.put("x" + tagA, 1);

    ToolResult result = one(registry, ToolCall.ofTree("1", "get_balance", tree), CUSTOMER);

    assertThat(problems(result).get(1).expected())
        .startsWith("no property named 'x\\uDB40\\uDC41': ");
  }

  @Test
  void aToolExceptionMessageIsShownOnOneVisibleLine() {
    ToolResult result = one(registry, ToolCall.of("1", "fragile", "{\"n\":7}"), CUSTOMER);

    assertThat(FuzzHarness.isSingleLine(error(result).message())).isTrue();
  }

  // ---- toString in logs

  @Test
  void toStringOfCallsAndResultsIsBoundedAndOnOneLine() {
    String huge = "x".repeat(1_000_000) + "\n";
    ToolCall call = ToolCall.of(huge, huge, "{\"accountId\":\"" + huge.strip() + "\"}");
    ToolResult success =
        one(registry, ToolCall.of("1\u2028", "get_balance", "{\"accountId\":\"AC-1\"}"), CUSTOMER);
    ToolResult failure = one(registry, call, CUSTOMER);
    ToolResult bigValue =
        new ToolResult.Success(huge, huge, JsonNodeFactory.instance.stringNode(huge));

    for (Object logged : List.of(call, success, failure, bigValue)) {
      assertThat(logged.toString()).hasSizeLessThan(600);
      assertThat(FuzzHarness.isSingleLine(logged.toString())).as(logged.toString()).isTrue();
    }
    assertThat(success.toString())
        .isEqualTo(
            "ToolResult.Success[callId=1 , toolName=get_balance, value={\"accountId\":\"AC-1\","
                + "\"customer\":42,\"amount\":120.50,\"asOf\":\"2025-01-31\"}]");
    assertThat(failure.toString()).startsWith("ToolResult.Failure[callId=xxx").contains("code=UNKNOWN_TOOL");
  }
}
