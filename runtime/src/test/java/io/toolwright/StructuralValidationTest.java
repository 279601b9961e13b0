package io.toolwright;

import static io.toolwright.Results.call;
import static io.toolwright.Results.error;
import static io.toolwright.Results.one;
import static io.toolwright.Results.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The structural check against each tool's schema, end to end through the registry. */
class StructuralValidationTest {

  private static final ToolContext CUSTOMER = ToolContext.of("customer", 42L);
  private static final String FILTER = "\"filter\":{\"status\":\"open\"}";

  private final Billing billing = new Billing();
  private final ToolRegistry registry = ToolRegistry.of(BillingTools.bind(billing));

  private ToolResult find(String arguments) {
    return one(registry, call("find_invoices", arguments), CUSTOMER);
  }

  private ToolResult refund(String arguments) {
    return one(registry, call("refund_invoice", arguments), CUSTOMER);
  }

  @Test
  void validArgumentsReachTheMethod() {
    ToolResult result =
        find(
            "{"
                + FILTER
                + ",\"limit\":5,\"tags\":[\"a\",\"b\"],\"weights\":{\"x\":1},\"note\":\"hi\"}");

    assertThat(result.isError()).isFalse();
    assertThat(billing.log).containsExactly("find_invoices open 5 [a, b] {x=1} hi");
  }

  @Test
  void wrongType() {
    ToolResult result = find("{" + FILTER + ",\"note\":null,\"limit\":\"ten\"}");

    assertThat(error(result).code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS);
    assertThat(problems(result))
        .containsExactly(new ArgumentProblem("/limit", "an integer", "\"ten\""));
    assertThat(billing.calls()).isZero();
  }

  @Test
  void aNumberWithAZeroFractionIsAnIntegerAndAFractionIsNot() {
    assertThat(find("{" + FILTER + ",\"note\":null,\"limit\":5.0}").isError()).isFalse();
    assertThat(billing.log).containsExactly("find_invoices open 5 null null null");

    assertThat(problems(find("{" + FILTER + ",\"note\":null,\"limit\":5.5}")))
        .containsExactly(new ArgumentProblem("/limit", "an integer", "5.5"));
  }

  @Test
  void missingRequiredProperties() {
    ToolResult result = find("{}");

    assertThat(problems(result))
        .containsExactly(
            new ArgumentProblem("/filter", "an object (required)", null),
            new ArgumentProblem("/note", "a string, or null (required)", null));
  }

  @Test
  void unknownProperties() {
    ToolResult result = find("{" + FILTER + ",\"note\":null,\"colour\":\"red\"}");

    assertThat(problems(result))
        .containsExactly(
            new ArgumentProblem(
                "/colour",
                "no property named 'colour': the properties are filter, limit, tags, weights,"
                    + " note",
                "\"red\""));
  }

  @Test
  void unknownPropertiesOfNestedObjectsAndOfToolsWithoutParameters() {
    assertThat(problems(find("{\"filter\":{\"status\":\"open\",\"state\":1},\"note\":null}")))
        .extracting(ArgumentProblem::pointer, ArgumentProblem::expected)
        .containsExactly(
            tuple(
                "/filter/state", "no property named 'state': the properties are status, from, to"));
    assertThat(problems(one(registry, call("ping", "{\"verbose\":true}"), CUSTOMER)))
        .extracting(ArgumentProblem::expected)
        .containsExactly("no property named 'verbose': this object takes no properties");
  }

  @Test
  void aPointerEscapesSlashAndTilde() {
    assertThat(problems(find("{" + FILTER + ",\"note\":null,\"a/b~c\":1}")))
        .extracting(ArgumentProblem::pointer)
        .containsExactly("/a~1b~0c");
  }

  @Test
  void badEnumValueAtANestedPointer() {
    ToolResult result = find("{\"filter\":{\"status\":\"closed\"},\"note\":null}");

    assertThat(problems(result))
        .containsExactly(
            new ArgumentProblem(
                "/filter/status", "one of \"open\", \"paid\", \"void\"", "\"closed\""));
  }

  @Test
  void nullIsAcceptedWhereTheSchemaAllowsItAndMeansAbsentForOptionalProperties() {
    assertThat(find("{" + FILTER + ",\"note\":null}").isError()).isFalse();
    assertThat(find("{" + FILTER + ",\"note\":null,\"limit\":null,\"tags\":null}").isError())
        .isFalse();
    assertThat(billing.calls()).isEqualTo(2);
  }

  @Test
  void nullIsRejectedForARequiredPropertyThatIsNotNullable() {
    assertThat(problems(find("{\"filter\":null,\"note\":null}")))
        .containsExactly(new ArgumentProblem("/filter", "an object", "null"));
  }

  @Test
  void arrayElementPointer() {
    assertThat(problems(find("{" + FILTER + ",\"note\":null,\"tags\":[\"a\",3]}")))
        .containsExactly(new ArgumentProblem("/tags/1", "a string", "3"));
  }

  @Test
  void mapValuePointer() {
    assertThat(problems(find("{" + FILTER + ",\"note\":null,\"weights\":{\"x\":\"heavy\"}}")))
        .containsExactly(new ArgumentProblem("/weights/x", "an integer", "\"heavy\""));
  }

  @Test
  void uniqueItems() {
    assertThat(problems(find("{" + FILTER + ",\"note\":null,\"tags\":[\"a\",\"b\",\"a\"]}")))
        .containsExactly(
            new ArgumentProblem(
                "/tags/2", "a value not already in the array (it repeats /tags/0)", "\"a\""));
  }

  @Test
  void referencedItemSchemasAreCheckedAtTheirElementPointers() {
    ToolResult result =
        refund(
            "{\"invoiceId\":\"INV-0001\",\"amount\":1,\"reason\":\"duplicate\","
                + "\"lines\":[{\"sku\":\"A\",\"quantity\":\"two\"},{\"quantity\":1}]}");

    assertThat(problems(result))
        .containsExactly(
            new ArgumentProblem("/lines/0/quantity", "an integer", "\"two\""),
            new ArgumentProblem("/lines/1/sku", "a string (required)", null));
  }

  @Test
  void everyProblemIsReportedTogether() {
    ToolResult result =
        refund("{\"invoiceId\":12,\"reason\":\"because\",\"lines\":{},\"urgent\":true}");

    assertThat(problems(result))
        .extracting(ArgumentProblem::pointer)
        .containsExactly("/invoiceId", "/amount", "/reason", "/lines", "/urgent");
    assertThat(error(result).message()).contains("(5 problems)");
    assertThat(billing.calls()).isZero();
  }

  @Test
  void aFloodOfProblemsIsCappedAndCounted() {
    StringBuilder tags = new StringBuilder("[");
    for (int i = 0; i < 60; i++) {
      tags.append(i == 0 ? "" : ",").append(i);
    }
    ToolResult result = find("{" + FILTER + ",\"note\":null,\"tags\":" + tags + "]}");

    assertThat(problems(result)).hasSize(CallExecutor.MAX_PROBLEMS);
    assertThat(error(result).message()).contains("60 problems, the first 50 listed");
  }

  @Test
  void constraintKeywordsAreLeftToBeanValidation() {
    // "limit" has "maximum": 100 in the schema; the structural check passes it, Bean Validation
    // rejects it in the annotation's words.
    ToolResult result = find("{" + FILTER + ",\"note\":null,\"limit\":500}");

    assertThat(problems(result))
        .containsExactly(new ArgumentProblem("/limit", "must be less than or equal to 100", "500"));
    assertThat(error(result).message()).contains("break the tool's constraints");
  }

  @Test
  void theSameChecksApplyToATreeArgument() {
    var tree =
        JsonMapper.builder()
            .build()
            .readTree("{\"filter\":{\"status\":\"closed\"},\"note\":null,\"extra\":1}");

    ToolResult result = one(registry, ToolCall.ofTree("t", "find_invoices", tree), CUSTOMER);

    assertThat(problems(result))
        .extracting(ArgumentProblem::pointer)
        .containsExactly("/filter/status", "/extra");
  }

  @Test
  void problemsBeyondTheListedOnesAreCountedButNotBuilt() {
    ObjectNode arguments = JsonNodeFactory.instance.objectNode();
    arguments.putObject("filter").put("status", "open");
    arguments.putNull("note");
    ArrayNode tags = arguments.putArray("tags");
    for (int i = 0; i < 349_000; i++) {
      tags.add(i); // a number where a string goes
    }
    ObjectNode weights = arguments.putObject("weights");
    for (int i = 0; i < 1_000; i++) {
      weights.put("w" + i, "heavy"); // a string where an integer goes
    }
    for (int i = 0; i < 1_000; i++) {
      arguments.put("unknown" + i, i);
    }
    StructuralProblems problems = new StructuralProblems();

    ContextGuard.check(arguments.put("customer", 7), List.of("customer"), problems);
    StructuralValidator.check(
        arguments, BillingTools.FIND_INVOICES.parameters(), List.of("customer"), problems);

    assertThat(problems.total()).isEqualTo(1 + 349_000 + 1_000 + 1_000);
    assertThat(problems.listed()).hasSize(CallExecutor.MAX_PROBLEMS);
    assertThat(problems.built()).isEqualTo(CallExecutor.MAX_PROBLEMS);
    assertThat(problems.listed().get(0).pointer()).isEqualTo("/customer");
    assertThat(problems.listed().get(1))
        .isEqualTo(new ArgumentProblem("/tags/0", "a string", "0"));
  }

  @Test
  void repeatedItemsBeyondTheListedOnesAreCountedButNotBuilt() {
    ObjectNode arguments = JsonNodeFactory.instance.objectNode();
    arguments.putObject("filter").put("status", "open");
    arguments.putNull("note");
    ArrayNode tags = arguments.putArray("tags");
    for (int i = 0; i < 95_000; i++) {
      tags.add("same");
    }
    StructuralProblems problems = new StructuralProblems();

    StructuralValidator.check(
        arguments, BillingTools.FIND_INVOICES.parameters(), List.of("customer"), problems);

    assertThat(problems.total()).isEqualTo(94_999);
    assertThat(problems.built()).isEqualTo(CallExecutor.MAX_PROBLEMS);
    assertThat(problems.listed().get(0))
        .isEqualTo(
            new ArgumentProblem(
                "/tags/1", "a value not already in the array (it repeats /tags/0)", "\"same\""));
  }

  @Test
  void theMessageGivesTheTotalAndTheFirstFiftyAreListed() {
    StringBuilder json = new StringBuilder("{" + FILTER + ",\"note\":null,\"tags\":[");
    for (int i = 0; i < 1_000; i++) {
      json.append(i == 0 ? "" : ",").append(i);
    }
    ToolResult result = find(json.append("]}").toString());

    assertThat(error(result).message())
        .isEqualTo(
            "The arguments do not match the tool's parameters (1000 problems, the first 50"
                + " listed). Correct the value at each pointer and call the tool again.");
    assertThat(problems(result))
        .hasSize(50)
        .last()
        .extracting(ArgumentProblem::pointer)
        .isEqualTo("/tags/49");
  }
}
