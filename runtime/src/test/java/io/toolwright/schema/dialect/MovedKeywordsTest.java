package io.toolwright.schema.dialect;

import static io.toolwright.schema.dialect.Tools.array;
import static io.toolwright.schema.dialect.Tools.format;
import static io.toolwright.schema.dialect.Tools.integer;
import static io.toolwright.schema.dialect.Tools.number;
import static io.toolwright.schema.dialect.Tools.object;
import static io.toolwright.schema.dialect.Tools.property;
import static io.toolwright.schema.dialect.Tools.string;
import static io.toolwright.schema.dialect.Tools.tool;
import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.Dialect;
import io.toolwright.ToolDefinition;
import io.toolwright.dispatch.ScalarPattern;
import io.toolwright.schema.JsonSchema.BooleanSchema;
import io.toolwright.schema.JsonSchema.NumberSchema;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A keyword a dialect cannot say becomes a sentence in the description, in the processor's style,
 * so the model still sees every constraint the run time enforces.
 */
class MovedKeywordsTest {

  private static String text(Dialect dialect, ToolDefinition tool, String name) {
    return property(dialect, tool, name).toString();
  }

  @Test
  void openAiStrictSaysLengthsUniquenessAndOtherFormatsInWords() {
    ToolDefinition tool =
        tool(
            object(
                "code", string(2, 10, null).withDescription("a code"),
                "name", string(null, 200, null).withDescription("The name."),
                "one", string(1, null, null),
                "same", string(3, 3, null),
                "tags", array(string(null, null, null), 1, 5, true),
                "link", format("uri"),
                "id", format("uuid")));
    Dialect strict = Dialect.OPENAI_CHAT_STRICT;
    assertThat(text(strict, tool, "code"))
        .isEqualTo("{\"type\":\"string\",\"description\":\"a code. From 2 to 10 characters.\"}");
    assertThat(text(strict, tool, "name"))
        .isEqualTo("{\"type\":\"string\",\"description\":\"The name. At most 200 characters.\"}");
    assertThat(text(strict, tool, "one"))
        .isEqualTo("{\"type\":\"string\",\"description\":\"At least 1 character.\"}");
    assertThat(text(strict, tool, "same"))
        .isEqualTo("{\"type\":\"string\",\"description\":\"Exactly 3 characters.\"}");
    // minItems and maxItems are strict keywords, kept, and said too (an OpenAI model reads no
    // keyword); uniqueItems is not a strict keyword.
    assertThat(text(strict, tool, "tags"))
        .isEqualTo(
            "{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"minItems\":1,\"maxItems\":5,"
                + "\"description\":\"From 1 to 5 items. Items must be unique.\"}");
    assertThat(text(strict, tool, "link"))
        .isEqualTo("{\"type\":\"string\",\"description\":\"A URI.\"}");
    assertThat(text(strict, tool, "id"))
        .isEqualTo("{\"type\":\"string\",\"format\":\"uuid\",\"description\":\"A UUID.\"}");
    // The same tool without strict keeps every keyword, and says it too.
    assertThat(text(Dialect.OPENAI_CHAT, tool, "code"))
        .isEqualTo(
            "{\"type\":\"string\",\"minLength\":2,\"maxLength\":10,"
                + "\"description\":\"a code. From 2 to 10 characters.\"}");
  }

  @Test
  void anthropicStrictSaysNumberBoundsAndArraySizesInWords() {
    NumberSchema money =
        new NumberSchema(
            null,
            false,
            false,
            null,
            null,
            BigDecimal.ZERO,
            null,
            new BigDecimal("10000"),
            new BigDecimal("0.01"));
    ToolDefinition tool =
        tool(
            object(
                "weekday", integer("1", null, "7", null),
                "count", integer("1", null, null, null),
                "amount", money,
                "few", array(string(null, null, null), 1, 3, false),
                "pair", array(string(null, null, null), 2, null, false),
                "link", format("uri"),
                "word", string(null, null, "^[a-z]+$"),
                "digits", string(null, null, "^(?=[\\s\\S]*\\S)(?:\\d+)$")));
    Dialect strict = Dialect.ANTHROPIC_STRICT;
    assertThat(text(strict, tool, "weekday"))
        .isEqualTo("{\"type\":\"integer\",\"description\":\"From 1 to 7.\"}");
    assertThat(text(strict, tool, "count"))
        .isEqualTo("{\"type\":\"integer\",\"description\":\"At least 1.\"}");
    assertThat(text(strict, tool, "amount"))
        .isEqualTo(
            "{\"type\":\"number\",\"description\":\"Greater than 0. Less than 10000. A multiple of"
                + " 0.01.\"}");
    // minItems 0 or 1 is a strict keyword; more is not, nor is maxItems.
    assertThat(text(strict, tool, "few"))
        .isEqualTo(
            "{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"minItems\":1,"
                + "\"description\":\"At most 3 items.\"}");
    assertThat(text(strict, tool, "pair"))
        .isEqualTo(
            "{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"description\":\"At least 2"
                + " items.\"}");
    assertThat(text(strict, tool, "link")).isEqualTo("{\"type\":\"string\",\"format\":\"uri\"}");
    assertThat(text(strict, tool, "word"))
        .isEqualTo("{\"type\":\"string\",\"pattern\":\"^[a-z]+$\"}");
    // Lookaround is beyond a strict grammar: the pattern is told instead.
    assertThat(text(strict, tool, "digits"))
        .isEqualTo(
            "{\"type\":\"string\",\"description\":\"Must match"
                + " /^(?=[\\\\s\\\\S]*\\\\S)(?:\\\\d+)$/.\"}");
  }

  @Test
  void geminiSaysExclusiveNumberBoundsConstantsUniquenessAndStepsInWords() {
    ToolDefinition tool =
        tool(
            object(
                "below", number(null, null, null, "100"),
                "step",
                    new NumberSchema(
                        null, false, false, null, null, null, null, null, new BigDecimal("0.5")),
                "confirmed", new BooleanSchema(null, false, true),
                "set", array(string(null, null, null), null, null, true),
                "count", integer(null, "0", null, null),
                "word", string(null, null, "^[a-z]+$"),
                "twice", string(null, null, "^(.)\\1$")));
    Dialect gemini = Dialect.GEMINI;
    assertThat(text(gemini, tool, "word"))
        .isEqualTo("{\"type\":\"STRING\",\"pattern\":\"^[a-z]+$\"}");
    // RE2 has no backreferences.
    assertThat(text(gemini, tool, "twice"))
        .isEqualTo("{\"type\":\"STRING\",\"description\":\"Must match /^(.)\\\\1$/.\"}");
    assertThat(text(gemini, tool, "below"))
        .isEqualTo("{\"type\":\"NUMBER\",\"description\":\"Less than 100.\"}");
    assertThat(text(gemini, tool, "step"))
        .isEqualTo("{\"type\":\"NUMBER\",\"description\":\"A multiple of 0.5.\"}");
    assertThat(text(gemini, tool, "confirmed"))
        .isEqualTo("{\"type\":\"BOOLEAN\",\"description\":\"Must be true.\"}");
    assertThat(text(gemini, tool, "set"))
        .isEqualTo(
            "{\"type\":\"ARRAY\",\"items\":{\"type\":\"STRING\"},\"description\":\"Items must be"
                + " unique.\"}");
    // An integer's exclusive bound is already inclusive (lean), which Gemini says as a keyword.
    assertThat(text(gemini, tool, "count")).isEqualTo("{\"type\":\"INTEGER\",\"minimum\":1}");
  }

  @Test
  void sentences() {
    assertThat(new Sentences().pattern("\\S", null).appendedTo("a name"))
        .isEqualTo("a name. Must not be blank.");
    assertThat(new Sentences().pattern("^(?:[A-Z]{3})$", null).appendedTo(null))
        .isEqualTo("Must match /^[A-Z]{3}$/.");
    assertThat(Sentences.unwrapped("^(?:a|b)$")).isEqualTo("^(?:a|b)$");
    assertThat(Sentences.unwrapped("^(?:a)|(?:b)$")).isEqualTo("^(?:a)|(?:b)$");
    assertThat(Sentences.unwrapped("^(?:(a|b)c[|)]\\))$")).isEqualTo("^(a|b)c[|)]\\)$");
    assertThat(Sentences.unwrapped("^(?=x)(?:a)$")).isEqualTo("^(?=x)(?:a)$");
    // A type's pattern in words, left out where the format's sentence says it.
    assertThat(new Sentences().pattern(ScalarPattern.YEAR_MONTH.regex(), null).appendedTo(null))
        .isEqualTo("A year and month such as 2026-12.");
    assertThat(
            new Sentences()
                .format("date-time")
                .pattern(ScalarPattern.DATE_TIME.regex(), "date-time")
                .appendedTo(null))
        .isEqualTo("An RFC 3339 date-time.");
    assertThat(new Sentences().each("Each item", "At most 3.").appendedTo("Sizes."))
        .isEqualTo("Sizes. Each item: At most 3.");
    assertThat(new Sentences().each("Each item", "").appendedTo("Sizes.")).isEqualTo("Sizes.");
    assertThat(new Sentences().lengths(null, 1).appendedTo(null)).isEqualTo("At most 1 character.");
    assertThat(new Sentences().items(1, 1).appendedTo("")).isEqualTo("Exactly 1 item.");
    assertThat(new Sentences().entries(1, 3).appendedTo("Labels?"))
        .isEqualTo("Labels? From 1 to 3 entries.");
    assertThat(new Sentences().bounds(null, null, new BigDecimal("5000.50"), null).appendedTo(null))
        .isEqualTo("At most 5000.5.");
    assertThat(new Sentences().format("date-time").format("x-custom").appendedTo(null))
        .isEqualTo("An RFC 3339 date-time. Format: x-custom.");
    assertThat(new Sentences().appendedTo("unchanged")).isEqualTo("unchanged");
    // What the description says already is not said again; a longer number is another.
    assertThat(
            new Sentences()
                .bounds(BigDecimal.ONE, null, BigDecimal.TEN, null)
                .appendedTo("how many a page holds, from 1 to 10"))
        .isEqualTo("how many a page holds, from 1 to 10");
    assertThat(new Sentences().items(1, null).appendedTo("At least 10 items are kept."))
        .isEqualTo("At least 10 items are kept. At least 1 item.");
  }
}
