package io.toolwright;

import static io.toolwright.Results.error;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClosestNamesTest {

  private static final List<String> NAMES =
      List.of("get_balance", "find_invoices", "refund_invoice", "get_invoice", "ping");

  @Test
  void aTypoFindsTheIntendedTool() {
    assertThat(ClosestNames.to("get_balanse", NAMES)).containsExactly("get_balance");
    assertThat(ClosestNames.to("refund_invocie", NAMES)).containsExactly("refund_invoice");
  }

  @Test
  void caseAndCamelCaseAreForgiven() {
    assertThat(ClosestNames.to("GET_BALANCE", NAMES)).containsExactly("get_balance");
    assertThat(ClosestNames.to("getBalance", NAMES)).containsExactly("get_balance");
  }

  @Test
  void aPartOfTheNameFindsTheTool() {
    assertThat(ClosestNames.to("balance", NAMES)).containsExactly("get_balance");
  }

  @Test
  void closestFirstAndAtMostThree() {
    List<String> names = List.of("find_d", "find_ab", "find_a", "find_b", "find_c");

    assertThat(ClosestNames.to("find_a", names)).containsExactly("find_a", "find_d", "find_ab");
    assertThat(ClosestNames.to("find_x", names))
        .hasSize(3)
        .containsExactly("find_d", "find_a", "find_b");
  }

  @Test
  void farNamesAreNotSuggested() {
    assertThat(ClosestNames.to("delete_everything", NAMES)).isEmpty();
    assertThat(ClosestNames.to("x", NAMES)).isEmpty();
    assertThat(ClosestNames.to("", NAMES)).isEmpty();
  }

  @Test
  void distanceCountsATranspositionAsOneEdit() {
    assertThat(ClosestNames.distance("ab", "ba")).isEqualTo(1);
    assertThat(ClosestNames.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(ClosestNames.distance("", "abc")).isEqualTo(3);
    assertThat(ClosestNames.distance("same", "same")).isZero();
  }

  @Test
  void theErrorMessageOffersTheSuggestions() {
    ToolRegistry registry = ToolRegistry.of(BillingTools.bind(new Billing()));

    ToolError typo =
        error(Results.one(registry, Results.call("get_balanse", "{}"), ToolContext.empty()));
    ToolError several =
        error(Results.one(registry, Results.call("invoice", "{}"), ToolContext.empty()));
    ToolError none =
        error(Results.one(registry, Results.call("launch", "{}"), ToolContext.empty()));

    assertThat(typo.code()).isEqualTo(ErrorCode.UNKNOWN_TOOL);
    assertThat(typo.message())
        .isEqualTo("No tool named 'get_balanse'. Did you mean 'get_balance'?");
    assertThat(typo.closestTools()).containsExactly("get_balance");
    assertThat(several.message())
        .isEqualTo("No tool named 'invoice'. Did you mean 'find_invoices' or 'refund_invoice'?");
    assertThat(none.message())
        .isEqualTo(
            "No tool named 'launch'. Call one of the tools you were given, by its exact name.");
    assertThat(none.closestTools()).isEmpty();
  }

  @Test
  void aHugeNameGetsNoSuggestionsAndIsQuotedBriefly() {
    ToolRegistry registry = ToolRegistry.of(BillingTools.bind(new Billing()));
    String huge = "get_balance" + "\n".repeat(10) + "y".repeat(1_000_000);

    ToolError error = error(Results.one(registry, Results.call(huge, "{}"), ToolContext.empty()));

    assertThat(error.message()).hasSizeLessThan(200).doesNotContain("\n");
    assertThat(error.closestTools()).isEmpty();
  }

  @Test
  void namesLongerThanAnyProviderAllowsAreNotCompared() {
    List<String> names = List.of("get_balance");

    assertThat(ClosestNames.to("get_balance" + "x".repeat(117), names))
        .containsExactly("get_balance");
    assertThat(ClosestNames.to("get_balance" + "x".repeat(118), names)).isEmpty();
  }
}
