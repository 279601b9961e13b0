package io.toolwright.schema.dialect;

import static io.toolwright.schema.dialect.Tools.array;
import static io.toolwright.schema.dialect.Tools.integer;
import static io.toolwright.schema.dialect.Tools.object;
import static io.toolwright.schema.dialect.Tools.property;
import static io.toolwright.schema.dialect.Tools.string;
import static io.toolwright.schema.dialect.Tools.tool;
import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.Dialect;
import io.toolwright.ToolDefinition;
import io.toolwright.dispatch.ScalarPattern;
import io.toolwright.schema.JsonSchema.BooleanSchema;
import io.toolwright.schema.JsonSchema.ObjectSchema;
import io.toolwright.schema.JsonSchema.StringSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An OpenAI model reads tools as harmony's TypeScript-like text, which shows no constraint keyword
 * and no description of an array's items or a map's values: every constraint is written as a
 * keyword where the dialect takes it and said in the description too, on the property.
 */
class OpenAiWordsTest {

  private static final List<Dialect> OPENAI =
      List.of(
          Dialect.OPENAI_CHAT,
          Dialect.OPENAI_CHAT_STRICT,
          Dialect.OPENAI_RESPONSES,
          Dialect.OPENAI_RESPONSES_STRICT);

  private static String text(Dialect dialect, ToolDefinition tool, String name) {
    return property(dialect, tool, name).toString();
  }

  private static final ToolDefinition TOOL =
      tool(
          object(
              "count",
              integer("1", null, "100", null),
              "name",
              string(1, null, "\\S").withDescription("a name"),
              "letter",
              new StringSchema(null, false, null, null, 1, null, List.of("a", "b")),
              "word",
              new StringSchema(null, false, null, null, 1, null, List.of("a", "bc")),
              "tags",
              array(string(null, 20, null), null, 5, false).withDescription("Tags."),
              "at",
              new StringSchema(
                  null, false, "date-time", null, null, ScalarPattern.DATE_TIME.regex(), List.of()),
              "agreed",
              new BooleanSchema(null, false, true),
              "email",
              new StringSchema(null, false, "email", 1, null, "\\S", List.of())
                  .withDescription("Where to write."),
              "rows",
              array(object("n", integer(null, "0", null, null)), null, null, false)
                  .withDescription("Rows.")));

  /** A map: not in the strict dialects, which want every object closed. */
  private static final ToolDefinition MAP_TOOL =
      tool(
          object(
              "quantities",
              ObjectSchema.mapOf(integer("1", null, null, null)).withDescription("Per item.")));

  @Test
  void everyDialectKeepsTheKeywordAndSaysIt() {
    for (Dialect dialect : OPENAI) {
      assertThat(text(dialect, TOOL, "count"))
          .as(dialect.key())
          .isEqualTo(
              "{\"type\":\"integer\",\"minimum\":1,\"maximum\":100,"
                  + "\"description\":\"From 1 to 100.\"}");
      assertThat(text(dialect, TOOL, "agreed"))
          .as(dialect.key())
          .isEqualTo("{\"type\":\"boolean\",\"const\":true,\"description\":\"Must be true.\"}");
    }
  }

  @Test
  void leanRulesStillApply() {
    // No minLength 1 beside \S, which reads as words, not as the expression.
    assertThat(text(Dialect.OPENAI_CHAT, TOOL, "name"))
        .isEqualTo(
            "{\"type\":\"string\",\"pattern\":\"\\\\S\","
                + "\"description\":\"a name. Must not be blank.\"}");
    // An enum whose values all satisfy the length says nothing more; one that does not, does.
    assertThat(text(Dialect.OPENAI_CHAT, TOOL, "letter"))
        .isEqualTo("{\"type\":\"string\",\"enum\":[\"a\",\"b\"],\"maxLength\":1}");
    assertThat(text(Dialect.OPENAI_CHAT, TOOL, "word"))
        .isEqualTo(
            "{\"type\":\"string\",\"enum\":[\"a\",\"bc\"],\"maxLength\":1,"
                + "\"description\":\"At most 1 character.\"}");
    // A format's value is never blank.
    assertThat(property(Dialect.OPENAI_CHAT, TOOL, "email").get("description").asString())
        .isEqualTo("Where to write. An email address.");
    // A type's pattern is the format's sentence, said once.
    assertThat(property(Dialect.OPENAI_CHAT, TOOL, "at").get("description").asString())
        .isEqualTo("An RFC 3339 date-time.");
  }

  @Test
  void theContainerSaysWhatItsElementsMust() {
    assertThat(text(Dialect.OPENAI_CHAT, TOOL, "tags"))
        .isEqualTo(
            "{\"type\":\"array\",\"items\":{\"type\":\"string\",\"maxLength\":20},\"maxItems\":5,"
                + "\"description\":\"Tags. At most 5 items. Each item: At most 20 characters.\"}");
    assertThat(text(Dialect.OPENAI_RESPONSES, MAP_TOOL, "quantities"))
        .isEqualTo(
            "{\"type\":\"object\",\"properties\":{},"
                + "\"additionalProperties\":{\"type\":\"integer\",\"minimum\":1},"
                + "\"description\":\"Per item. Each value: At least 1.\"}");
    // An object's properties are shown, each with its own description.
    assertThat(text(Dialect.OPENAI_CHAT, TOOL, "rows"))
        .isEqualTo(
            "{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"n\":"
                + "{\"type\":\"integer\",\"minimum\":1,\"description\":\"At least 1.\"}},"
                + "\"required\":[\"n\"],\"additionalProperties\":false},"
                + "\"description\":\"Rows.\"}");
  }

  @Test
  void otherDialectsAreUnchanged() {
    assertThat(text(Dialect.ANTHROPIC, TOOL, "count"))
        .isEqualTo("{\"type\":\"integer\",\"minimum\":1,\"maximum\":100}");
    assertThat(text(Dialect.MCP, TOOL, "tags"))
        .isEqualTo(
            "{\"type\":\"array\",\"items\":{\"type\":\"string\",\"maxLength\":20},\"maxItems\":5,"
                + "\"description\":\"Tags.\"}");
    assertThat(property(Dialect.GEMINI_JSON_SCHEMA, TOOL, "at").has("description")).isFalse();
    assertThat(property(Dialect.ANTHROPIC_STRICT, TOOL, "agreed").toString())
        .isEqualTo("{\"type\":\"boolean\",\"const\":true}");
  }
}
