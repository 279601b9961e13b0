package io.toolwright;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every parsing limit at N (accepted) and N + 1 (rejected, naming the limit), with the default
 * limits, on every way a call carries arguments.
 */
class ArgumentParserTest {

  /** How a call carries its arguments. */
  enum Input {
    STRING {
      @Override
      ToolCall call(String json) {
        return ToolCall.of("id", "tool", json);
      }
    },
    BYTES {
      @Override
      ToolCall call(String json) {
        return ToolCall.of("id", "tool", json.getBytes(StandardCharsets.UTF_8));
      }
    },
    TREE {
      @Override
      ToolCall call(String json) {
        // What a provider SDK hands over: a tree parsed with Jackson's own, looser, defaults.
        return ToolCall.ofTree("id", "tool", SDK.readTree(json));
      }
    };

    abstract ToolCall call(String json);
  }

  private static final JsonMapper SDK =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private final ArgumentParser parser = new ArgumentParser(ParseLimits.defaults());

  @ParameterizedTest
  @EnumSource(Input.class)
  void depth(Input input) {
    assertThat(parser.parse(input.call(nested(64)))).isNotNull();
    assertRejected(input.call(nested(65)), "at most 64 levels of nested objects and arrays");
  }

  @ParameterizedTest
  @EnumSource(Input.class)
  void documentSize(Input input) {
    int limit = 1 << 20;
    assertThat(document(limit)).hasSize(limit);
    assertThat(parser.parse(input.call(document(limit)))).isNotNull();
    assertRejected(input.call(document(limit + 1)), "arguments of at most 1048576 bytes");
  }

  @ParameterizedTest
  @EnumSource(Input.class)
  void stringLength(Input input) {
    ObjectNode accepted = parser.parse(input.call(property("s", quoted("x".repeat(262_144)))));
    assertThat(accepted.get("s").stringValue()).hasSize(262_144);
    assertRejected(
        input.call(property("s", quoted("x".repeat(262_145)))),
        "a string of at most 262144 characters",
        problem -> assertThat(problem.pointer()).isEqualTo("/s"));
  }

  @ParameterizedTest
  @EnumSource(Input.class)
  void numberLength(Input input) {
    String hundredDigits = "1" + "0".repeat(99);
    assertThat(parser.parse(input.call(property("n", hundredDigits))).get("n").bigIntegerValue())
        .hasToString(hundredDigits);
    assertRejected(
        input.call(property("n", hundredDigits + "0")), "a number of at most 100 digits");

    String hundredDigitDecimal = "1." + "2".repeat(99);
    assertThat(parser.parse(input.call(property("n", hundredDigitDecimal))).get("n").decimalValue())
        .hasToString(hundredDigitDecimal);
    assertRejected(
        input.call(property("n", hundredDigitDecimal + "3")), "a number of at most 100 digits");
  }

  @ParameterizedTest
  @EnumSource(Input.class)
  void propertyNameLength(Input input) {
    String name = "k".repeat(256);
    assertThat(parser.parse(input.call(property(name, "1"))).has(name)).isTrue();
    assertRejected(
        input.call(property(name + "k", "1")), "a property name of at most 256 bytes (UTF-8)");
  }

  @ParameterizedTest
  @EnumSource(Input.class)
  void exponent(Input input) {
    assertThat(parser.parse(input.call(property("n", "1e1000"))).get("n").decimalValue())
        .isEqualByComparingTo("1e1000");
    assertThat(parser.parse(input.call(property("n", "-1.5e-1000"))).get("n").decimalValue())
        .isEqualByComparingTo("-1.5e-1000");
    assertRejected(
        input.call(property("n", "1e1001")),
        "a number whose decimal exponent is between -1000 and 1000",
        problem -> assertThat(problem.pointer()).isEqualTo("/n"));
    assertRejected(
        input.call("{\"a\":[1,{\"n\":1e-1001}]}"),
        "decimal exponent",
        problem -> assertThat(problem.pointer()).isEqualTo("/a/1/n"));
    // A zero with a huge scale costs as much in arithmetic as a huge number.
    assertRejected(input.call(property("n", "0e-999999999")), "decimal exponent");
  }

  @ParameterizedTest
  @EnumSource(
      value = Input.class,
      names = {"STRING", "BYTES"})
  void duplicatePropertyNames(Input input) {
    assertRejected(
        input.call("{\"a\":1,\"a\":2}"),
        "Duplicate",
        problem -> {
          assertThat(problem.pointer()).isEqualTo("/a");
          assertThat(problem.expected()).isEqualTo("each property name at most once per object");
        });
    assertRejected(
        input.call("{\"filter\":{\"status\":\"open\",\"status\":\"paid\"}}"),
        "Duplicate",
        problem -> assertThat(problem.pointer()).isEqualTo("/filter/status"));
  }

  @ParameterizedTest
  @EnumSource(
      value = Input.class,
      names = {"STRING", "BYTES"})
  void trailingContent(Input input) {
    assertRejected(
        input.call("{\"a\":1}{\"b\":2}"),
        "continue after the closing '}' (line 1, column 8)",
        problem -> assertThat(problem.expected()).isEqualTo("nothing after the arguments object"));
    assertRejected(input.call("{\"a\":1} x"), "not valid JSON");
    assertRejected(input.call("{\"a\":1}]"), "not valid JSON");
    assertThat(parser.parse(input.call("{\"a\":1} \n "))).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Input.class)
  void theRootMustBeAnObject(Input input) {
    assertRejected(input.call("[1,2]"), "must be a JSON object, not an array");
    assertRejected(input.call("\"{\\\"a\\\":1}\""), "must be a JSON object, not a string");
    assertRejected(input.call("42"), "must be a JSON object, not a number");
    assertRejected(input.call("true"), "must be a JSON object, not a boolean");
    assertRejected(input.call("null"), "must be a JSON object, not null");
  }

  @ParameterizedTest
  @EnumSource(
      value = Input.class,
      names = {"STRING", "BYTES"})
  void blankArgumentsAreAnEmptyObject(Input input) {
    assertThat(parser.parse(input.call(""))).isEmpty();
    assertThat(parser.parse(input.call(" \r\n\t"))).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aMissingTreeIsAnEmptyObject() {
    assertThat(parser.parse(ToolCall.ofTree("id", "tool", SDK.missingNode()))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = Input.class,
      names = {"STRING", "BYTES"})
  void syntaxErrorsGiveLineColumnAndAnExcerpt(Input input) {
    assertRejected(
        input.call("{\n  \"amount\": 12,\n  \"reason\": tru\n}"),
        "(line 3, column 13)",
        problem -> {
          assertThat(problem.expected()).isEqualTo("well-formed JSON");
          assertThat(problem.pointer()).isEqualTo("/reason");
          assertThat(problem.actual()).contains("\"reason\": tru");
        });
  }

  @ParameterizedTest
  @EnumSource(
      value = Input.class,
      names = {"STRING", "BYTES"})
  void excerptsAreBoundedWhateverTheInput(Input input) {
    String huge =
        "{\"note\":\"" + "y".repeat(100_000) + "\",\"x\":nope" + "z".repeat(100_000) + "}";

    assertRejected(
        input.call(huge),
        "not valid JSON",
        problem -> {
          assertThat(problem.actual()).hasSizeLessThanOrEqualTo(Excerpts.LIMIT + 2);
          assertThat(problem.actual()).contains("nope");
        });
    ToolError error = rejection(input.call(huge));
    assertThat(error.message()).hasSizeLessThan(400);

    ToolError tooLong = rejection(input.call(property("s", quoted("w".repeat(300_000)))));
    assertThat(tooLong.problems().get(0).actual()).hasSizeLessThanOrEqualTo(Excerpts.LIMIT + 2);
    assertThat(tooLong.message()).hasSizeLessThan(400);
  }

  @org.junit.jupiter.api.Test
  void invalidUtf8IsInvalidJson() {
    byte[] bytes = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

    assertRejected(ToolCall.of("id", "tool", bytes), "not well-formed UTF-8");
  }

  @ParameterizedTest
  @EnumSource(Input.class)
  void decimalsAreExactWhateverTheSdkBuilt(Input input) {
    assertThat(parser.parse(input.call("{\"a\":0.1}")).get("a").decimalValue()).hasToString("0.1");
  }

  @org.junit.jupiter.api.Test
  void aTreeOfDoublesIsReadAsExactDecimals() {
    ObjectNode tree = JsonNodeFactory.instance.objectNode().put("a", 0.1d);

    JsonNode parsed = parser.parse(ToolCall.ofTree("id", "tool", tree)).get("a");

    assertThat(parsed.isBigDecimal()).isTrue();
    assertThat(parsed.decimalValue()).hasToString("0.1");
  }

  @org.junit.jupiter.api.Test
  void aTreeFarDeeperThanTheLimitIsRefusedWithoutSerialisingIt() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ObjectNode node = root;
    for (int i = 0; i < 100_000; i++) {
      node = node.putObject("a");
    }

    ToolError error = rejection(ToolCall.ofTree("id", "tool", root));
    assertThat(error.message()).contains("at most 64 levels");
    assertThat(error.problems().get(0).pointer()).isEqualTo("/a".repeat(64));
  }

  @org.junit.jupiter.api.Test
  void aTreeWithMoreValuesThanTheDocumentHasBytesIsRefused() {
    ParseLimits small = ParseLimits.builder().maxDocumentBytes(100).build();
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    var array = root.putArray("a");
    for (int i = 0; i < 200; i++) {
      array.add(1);
    }

    assertThatThrownBy(() -> new ArgumentParser(small).parse(ToolCall.ofTree("id", "t", root)))
        .isInstanceOfSatisfying(
            Rejection.class,
            r -> assertThat(r.error().message()).contains("arguments of at most 100 bytes"));
  }

  @org.junit.jupiter.api.Test
  void jacksonsGlobalDefaultsAreLeftAlone() {
    new ArgumentParser(ParseLimits.builder().maxDepth(3).maxStringLength(4).build());

    assertThat(StreamReadConstraints.defaults().getMaxNestingDepth())
        .isEqualTo(StreamReadConstraints.DEFAULT_MAX_DEPTH);
    assertThat(StreamReadConstraints.defaults().getMaxStringLength())
        .isEqualTo(StreamReadConstraints.DEFAULT_MAX_STRING_LEN);
    assertThat(JsonMapper.builder().build().readTree(nested(10))).isNotNull();
  }

  @org.junit.jupiter.api.Test
  void customLimitsApplyExactly() {
    ArgumentParser tight =
        new ArgumentParser(
            ParseLimits.builder()
                .maxDepth(2)
                .maxDocumentBytes(30)
                .maxStringLength(3)
                .maxNumberLength(2)
                .maxNameLength(2)
                .maxExponent(5)
                .build());

    assertThat(tight.parse(Input.STRING.call("{\"ab\":[\"xyz\",12,1e5]}"))).hasSize(1);
    assertThatThrownBy(() -> tight.parse(Input.STRING.call("{\"a\":[[1]]}")))
        .hasMessageContaining("at most 2 levels");
    assertThatThrownBy(() -> tight.parse(Input.STRING.call("{\"abc\":1}")))
        .hasMessageContaining("at most 2 bytes");
    assertThatThrownBy(() -> tight.parse(Input.STRING.call("{\"a\":\"wxyz\"}")))
        .hasMessageContaining("at most 3 characters");
    assertThatThrownBy(() -> tight.parse(Input.STRING.call("{\"a\":123}")))
        .hasMessageContaining("at most 2 digits");
    assertThatThrownBy(() -> tight.parse(Input.STRING.call("{\"a\":1e6}")))
        .hasMessageContaining("between -5 and 5");
    assertThatThrownBy(
            () -> tight.parse(Input.STRING.call("{\"a\":\"x\",\"b\":\"y\",\"c\":\"z\",\"d\":1}")))
        .hasMessageContaining("at most 30 bytes");
  }

  private void assertRejected(ToolCall call, String messagePart) {
    assertRejected(call, messagePart, problem -> {});
  }

  private void assertRejected(ToolCall call, String messagePart, Consumer<ArgumentProblem> check) {
    ToolError error = rejection(call);
    assertThat(error.code()).isEqualTo(ErrorCode.INVALID_JSON);
    assertThat(error.message()).contains(messagePart);
    assertThat(error.problems()).hasSize(1);
    check.accept(error.problems().get(0));
  }

  private ToolError rejection(ToolCall call) {
    try {
      parser.parse(call);
    } catch (Rejection rejection) {
      return rejection.error();
    }
    throw new AssertionError("accepted: " + call);
  }

  /** An object nested {@code depth} levels deep, the object itself being level 1. */
  private static String nested(int depth) {
    return "{\"a\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}";
  }

  /** Compact ASCII JSON of exactly {@code size} bytes, with no string over the string limit. */
  private static String document(int size) {
    StringBuilder json = new StringBuilder("{");
    int i = 0;
    while (true) {
      String head = (i == 0 ? "" : ",") + "\"p" + i + "\":\"";
      int room = size - json.length() - head.length() - 2; // closing quote and brace
      if (room <= 200_000) {
        json.append(head).append("x".repeat(room)).append("\"}");
        return json.toString();
      }
      json.append(head).append("x".repeat(200_000)).append('"');
      i++;
    }
  }

  private static String property(String name, String value) {
    return "{\"" + name + "\":" + value + "}";
  }

  private static String quoted(String text) {
    return "\"" + text + "\"";
  }
}
