package io.toolwright.schema.dialect;

import static io.toolwright.schema.dialect.Tools.array;
import static io.toolwright.schema.dialect.Tools.enumOf;
import static io.toolwright.schema.dialect.Tools.object;
import static io.toolwright.schema.dialect.Tools.problems;
import static io.toolwright.schema.dialect.Tools.requiring;
import static io.toolwright.schema.dialect.Tools.string;
import static io.toolwright.schema.dialect.Tools.tool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.toolwright.Dialect;
import io.toolwright.ToolDefinition;
import io.toolwright.annotation.Effect;
import io.toolwright.schema.CanonicalSchemaWriter;
import io.toolwright.schema.JsonSchema;
import io.toolwright.schema.JsonSchema.ObjectSchema;
import io.toolwright.schema.JsonSchema.RefSchema;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What each dialect's provider would reject, reported with a stable rule and a pointer into the
 * canonical schema, so the processor can fail the build at the element.
 */
class DialectProblemsTest {

  private static Set<Dialect> rejecting(ToolDefinition tool, String rule) {
    Set<Dialect> dialects = EnumSet.noneOf(Dialect.class);
    for (Dialect dialect : Dialect.values()) {
      Rendering rendering = DialectRenderer.render(dialect, tool);
      if (rendering.problems().stream().anyMatch(p -> p.rule().equals(rule))) {
        assertThat(rendering.json()).isNull();
        assertThat(rendering.jsonIfAccepted()).isEmpty();
        dialects.add(dialect);
      }
    }
    return dialects;
  }

  @Test
  void aMapCannotBeStrictNorGeminiParameters() {
    ObjectSchema booking = object("labels", ObjectSchema.mapOf(string(null, null, null)));
    ObjectSchema root =
        object(
                "quantities", ObjectSchema.mapOf(string(null, null, null)),
                "booking", RefSchema.to("Booking").withDescription("the booking"))
            .withDefs(Map.of("Booking", booking));
    ToolDefinition tool = tool(root);
    assertThat(rejecting(tool, "closed-objects"))
        .containsExactlyInAnyOrder(
            Dialect.OPENAI_CHAT_STRICT, Dialect.OPENAI_RESPONSES_STRICT, Dialect.ANTHROPIC_STRICT);
    assertThat(rejecting(tool, "additional-properties")).containsExactly(Dialect.GEMINI);
    // The pointer leads into the canonical schema, through the definition the map is in.
    assertThat(problems(Dialect.ANTHROPIC_STRICT, tool))
        .extracting(DialectProblem::dialect, DialectProblem::rule, DialectProblem::pointer)
        .containsExactly(
            tuple(Dialect.ANTHROPIC_STRICT, "closed-objects", "/properties/quantities"),
            tuple(Dialect.ANTHROPIC_STRICT, "closed-objects", "/$defs/Booking/properties/labels"));
    assertThat(problems(Dialect.GEMINI, tool).get(0).message())
        .isEqualTo(
            "Gemini (parameters) cannot describe a map's values: its OpenAPI subset has no"
                + " additionalProperties.");
  }

  @Test
  void recursionCannotBeAnthropicStrictNorGeminiParameters() {
    ObjectSchema node =
        object(
            "label",
            string(null, null, null),
            "children",
            array(RefSchema.to("TreeNode"), null, null, false));
    ToolDefinition tool =
        tool(object("tree", RefSchema.to("TreeNode")).withDefs(Map.of("TreeNode", node)));
    assertThat(rejecting(tool, "recursion"))
        .containsExactlyInAnyOrder(Dialect.ANTHROPIC_STRICT, Dialect.GEMINI);
    DialectProblem problem = problems(Dialect.GEMINI, tool).get(0);
    assertThat(problem.pointer()).isEqualTo("/properties/tree");
    assertThat(problem.message())
        .isEqualTo(
            "Gemini (parameters) does not accept recursive schemas, and the type TreeNode used here"
                + " contains itself.");
    assertThat(problem.fix()).isNotBlank();
  }

  @Test
  void openAiRejectsADescriptionOver1024Characters() {
    ObjectSchema none = object();
    ToolDefinition longest =
        ToolDefinition.of(
            "t", "x".repeat(1024), Effect.WRITE, false, CanonicalSchemaWriter.write(none));
    ToolDefinition tooLong =
        ToolDefinition.of(
            "t", "x".repeat(1025), Effect.WRITE, false, CanonicalSchemaWriter.write(none));
    assertThat(rejecting(longest, "description-length")).isEmpty();
    assertThat(rejecting(tooLong, "description-length"))
        .containsExactlyInAnyOrder(
            Dialect.OPENAI_CHAT,
            Dialect.OPENAI_CHAT_STRICT,
            Dialect.OPENAI_RESPONSES,
            Dialect.OPENAI_RESPONSES_STRICT);
    assertThat(problems(Dialect.OPENAI_CHAT, tooLong).get(0).pointer()).isEmpty();
  }

  @Test
  void propertyNamesFollowAnthropicsAndGeminisRules() {
    ToolDefinition tool =
        tool(
            object(
                "good_name",
                string(null, null, null),
                "dotted.name",
                string(null, null, null),
                "a/b c",
                string(null, null, null),
                "9lives",
                string(null, null, null)));
    assertThat(problems(Dialect.ANTHROPIC, tool))
        .extracting(DialectProblem::rule, DialectProblem::pointer)
        .containsExactly(tuple("property-name", "/properties/a~1b c"));
    assertThat(problems(Dialect.GEMINI, tool))
        .extracting(DialectProblem::rule, DialectProblem::pointer)
        .containsExactly(
            tuple("property-name", "/properties/dotted.name"),
            tuple("property-name", "/properties/a~1b c"),
            tuple("property-name", "/properties/9lives"));
    assertThat(problems(Dialect.MCP, tool)).isEmpty();
    assertThat(problems(Dialect.OPENAI_CHAT_STRICT, tool)).isEmpty();
  }

  @Test
  void eachDialectChecksTheToolName() {
    ObjectSchema none = object();
    ToolDefinition dotted = tool("billing.find", Effect.READ_ONLY, none);
    assertThat(rejecting(dotted, "tool-name"))
        .containsExactlyInAnyOrder(
            Dialect.OPENAI_CHAT,
            Dialect.OPENAI_CHAT_STRICT,
            Dialect.OPENAI_RESPONSES,
            Dialect.OPENAI_RESPONSES_STRICT,
            Dialect.ANTHROPIC,
            Dialect.ANTHROPIC_STRICT);
    ToolDefinition digitFirst = tool("2fa_check", Effect.READ_ONLY, none);
    assertThat(rejecting(digitFirst, "tool-name"))
        .containsExactlyInAnyOrder(Dialect.GEMINI, Dialect.GEMINI_JSON_SCHEMA);
    ToolDefinition spaced = tool("find invoices", Effect.READ_ONLY, none);
    assertThat(rejecting(spaced, "tool-name")).containsExactlyInAnyOrder(Dialect.values());
    assertThat(problems(Dialect.MCP, spaced).get(0).pointer()).isEmpty();
  }

  @Test
  void openAiStrictSizeLimits() {
    Map<String, JsonSchema> many = new LinkedHashMap<>();
    for (int i = 0; i < 5001; i++) {
      many.put("p" + i, string(null, null, null));
    }
    ToolDefinition wide = tool(ObjectSchema.closed(many, List.copyOf(many.keySet())));
    assertThat(rejecting(wide, "property-count"))
        .containsExactlyInAnyOrder(Dialect.OPENAI_CHAT_STRICT, Dialect.OPENAI_RESPONSES_STRICT);

    JsonSchema deep = object("leaf", string(null, null, null));
    for (int i = 0; i < 10; i++) {
      deep = object("next", deep);
    }
    ToolDefinition nested = tool((ObjectSchema) deep);
    assertThat(problems(Dialect.OPENAI_CHAT_STRICT, nested))
        .extracting(DialectProblem::rule, DialectProblem::pointer)
        .containsExactly(tuple("nesting-depth", "/properties/next".repeat(10)));
    assertThat(problems(Dialect.OPENAI_CHAT, nested)).isEmpty();

    List<String> values = new ArrayList<>();
    for (int i = 0; i < 1001; i++) {
      values.add("V" + i);
    }
    ToolDefinition manyValues = tool(object("e", enumOf(null, values.toArray(String[]::new))));
    assertThat(rejecting(manyValues, "enum-count"))
        .containsExactlyInAnyOrder(Dialect.OPENAI_CHAT_STRICT, Dialect.OPENAI_RESPONSES_STRICT);

    List<String> longValues = new ArrayList<>();
    for (int i = 0; i < 251; i++) {
      longValues.add(i + "x".repeat(60));
    }
    ToolDefinition longEnum = tool(object("e", enumOf(null, longValues.toArray(String[]::new))));
    assertThat(problems(Dialect.OPENAI_RESPONSES_STRICT, longEnum))
        .extracting(DialectProblem::rule, DialectProblem::pointer)
        .containsExactly(tuple("enum-length", "/properties/e"));

    Map<String, JsonSchema> longNames = new LinkedHashMap<>();
    for (int i = 0; i < 121; i++) {
      longNames.put(i + "n".repeat(1000), string(null, null, null));
    }
    ToolDefinition named = tool(ObjectSchema.closed(longNames, List.copyOf(longNames.keySet())));
    assertThat(rejecting(named, "name-length"))
        .containsExactlyInAnyOrder(Dialect.OPENAI_CHAT_STRICT, Dialect.OPENAI_RESPONSES_STRICT);
  }

  @Test
  void aToolAloneOverAnthropicsStrictBudget() {
    Map<String, JsonSchema> optional = new LinkedHashMap<>();
    for (int i = 0; i < 25; i++) {
      optional.put("o" + i, string(null, null, null).withNullable(true));
    }
    ToolDefinition manyOptionals = tool(ObjectSchema.closed(optional, List.of()));
    assertThat(rejecting(manyOptionals, "strict-budget")).containsExactly(Dialect.ANTHROPIC_STRICT);
    assertThat(problems(Dialect.ANTHROPIC_STRICT, manyOptionals).get(0).message())
        .contains("24", "25");

    Map<String, JsonSchema> nullable = new LinkedHashMap<>();
    for (int i = 0; i < 17; i++) {
      nullable.put("n" + i, string(null, null, null).withNullable(true));
    }
    ToolDefinition manyUnions = tool(ObjectSchema.closed(nullable, List.copyOf(nullable.keySet())));
    assertThat(problems(Dialect.ANTHROPIC_STRICT, manyUnions))
        .extracting(DialectProblem::rule)
        .containsExactly("strict-budget");
    ToolDefinition sixteen =
        tool(requiring(ObjectSchema.closed(nullable, List.copyOf(nullable.keySet())), "n0"));
    assertThat(problems(Dialect.ANTHROPIC_STRICT, sixteen)).isEmpty();
  }

  @Test
  void everyPointerLeadsIntoTheCanonicalSchema() {
    List<ToolDefinition> tools = new ArrayList<>();
    for (String file : GoldenTools.FILES) {
      tools.addAll(GoldenTools.of(file));
    }
    ObjectSchema node =
        object(
            "label",
            string(null, null, null),
            "children",
            array(RefSchema.to("Node"), null, null, false),
            "tags",
            ObjectSchema.mapOf(string(null, null, null)),
            "a b",
            string(null, null, null));
    tools.add(
        tool(
            object(
                    "tree",
                    RefSchema.to("Node"),
                    "more",
                    array(RefSchema.to("Node"), null, null, false))
                .withDefs(Map.of("Node", node))));
    int pointers = 0;
    for (ToolDefinition tool : tools) {
      var canonical = Validators.tree(tool.canonicalSchema());
      for (Dialect dialect : Dialect.values()) {
        for (DialectProblem problem : problems(dialect, tool)) {
          pointers++;
          assertThat(canonical.at(problem.pointer()).isMissingNode())
              .as("%s %s %s", dialect, tool.name(), problem)
              .isFalse();
        }
      }
    }
    assertThat(pointers).isGreaterThan(15);
  }
}
