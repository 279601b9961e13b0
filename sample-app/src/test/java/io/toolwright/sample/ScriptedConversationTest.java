package io.toolwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.ArgumentProblem;
import io.toolwright.ErrorCode;
import io.toolwright.ToolCall;
import io.toolwright.ToolContext;
import io.toolwright.ToolDefinition;
import io.toolwright.ToolError;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The sample's scripted conversation, end to end, against a fresh desk. */
class ScriptedConversationTest {

  private final SupportDesk desk = SupportDesk.withSampleData();
  private final ToolRegistry registry = desk.registry();
  private final ToolContext ana = SupportDesk.signedIn(SampleData.ANA);

  /** Plays the whole script as the app does; the results by call id, in call order. */
  private Map<String, ToolResult> play() {
    ScriptedModel model = ScriptedModel.supportDeskConversation();
    Map<String, ToolResult> byId = new LinkedHashMap<>();
    List<ToolResult> last = List.of();
    while (model.hasNext()) {
      ScriptedModel.Turn turn = model.respond(last);
      last = registry.execute(turn.calls(), ana);
      assertThat(last).hasSameSizeAs(turn.calls());
      for (int i = 0; i < last.size(); i++) {
        ToolCall call = turn.calls().get(i);
        assertThat(last.get(i).callId()).isEqualTo(call.id());
        assertThat(last.get(i).toolName()).isEqualTo(call.name());
        assertThat(byId.put(call.id(), last.get(i))).as("call ids are unique").isNull();
      }
    }
    return byId;
  }

  @Test
  void everyScriptedCallGetsTheExpectedOutcome() {
    Map<String, ToolResult> results = play();

    assertThat(results.keySet())
        .containsExactly(
            "call_01", "call_02", "call_03", "call_04", "call_05", "call_06", "call_07", "call_08",
            "call_09", "call_10", "call_11", "call_12", "call_13", "call_14", "call_15");
    for (String id : List.of("call_01", "call_02", "call_03", "call_06", "call_08", "call_12", "call_14", "call_15")) {
      assertThat(results.get(id).isError()).as("%s: %s", id, results.get(id).content()).isFalse();
    }
    assertError(results.get("call_04"), ErrorCode.INVALID_JSON);
    assertInvalid(results.get("call_05"), "/status");
    assertInvalid(results.get("call_09"), "/customer");
    assertInvalid(results.get("call_11"), "/amount");
    assertInvalid(results.get("call_13"), "/priority");
    assertError(results.get("call_10"), ErrorCode.TOOL_FAILED);

    ToolError unknown = assertError(results.get("call_07"), ErrorCode.UNKNOWN_TOOL);
    assertThat(unknown.closestTools()).isNotEmpty().first().isEqualTo("get_balance");
    assertThat(registry.definitions()).extracting(ToolDefinition::name).containsAll(unknown.closestTools());
  }

  @Test
  void successfulCallsAnswerWithTheSignedInCustomersData() {
    Map<String, ToolResult> results = play();

    JsonNode account = results.get("call_01").content();
    assertThat(account.get("customerId").asString()).isEqualTo(SampleData.ANA.value());
    List<String> accountIds = new ArrayList<>();
    account.get("accounts").forEach(a -> accountIds.add(a.get("id").asString()));
    assertThat(accountIds)
        .containsExactlyElementsOf(desk.directory().accountsOf(SampleData.ANA).stream().map(BillingAccount::id).toList());

    JsonNode balance = results.get("call_02").content();
    BigDecimal owed =
        desk.ledger().ofAccounts(List.of("ACC-1001")).stream()
            .filter(i -> i.status() == InvoiceStatus.OPEN || i.status() == InvoiceStatus.OVERDUE)
            .map(Invoice::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(balance.get("outstanding").decimalValue()).isEqualByComparingTo(owed);

    List<String> overdue = new ArrayList<>();
    results.get("call_03").content().get("invoices").forEach(i -> overdue.add(i.get("id").asString()));
    assertThat(overdue)
        .isNotEmpty()
        .containsExactlyElementsOf(
            desk.ledger().ofAccounts(accountIds).stream()
                .filter(i -> i.status() == InvoiceStatus.OVERDUE)
                .map(Invoice::id)
                .toList());

    JsonNode paidPage = results.get("call_06").content();
    assertThat(paidPage.get("invoices")).hasSize(3);
    paidPage.get("invoices").forEach(i -> assertThat(i.get("status").asString()).isEqualTo("PAID"));
    assertThat(paidPage.get("hasMore").asBoolean()).isTrue();

    assertThat(desk.ledger().refunds()).singleElement().satisfies(refund -> {
      assertThat(refund.invoiceId()).isEqualTo("INV-1042");
      assertThat(refund.amount()).isEqualByComparingTo("37.25");
      assertThat(results.get("call_12").content().get("id").asString()).isEqualTo(refund.id());
    });
    assertThat(desk.tickets().of(SampleData.ANA)).first().satisfies(ticket -> {
      assertThat(ticket.priority()).isEqualTo("high");
      assertThat(results.get("call_14").content().get("id").asString()).isEqualTo(ticket.id());
    });
    assertThat(desk.directory().require(SampleData.ANA).email()).isEqualTo("ana.silva@silvastudio.example");
  }

  @Test
  void rejectedCallsNeverReachAService() {
    Map<String, ToolResult> results = play();

    long reachedAService =
        results.values().stream()
            .filter(r -> !r.isError() || ((ToolResult.Failure) r).error().code() == ErrorCode.TOOL_FAILED)
            .count();
    // One activity entry per service method call: the rejected calls left none.
    assertThat(desk.activity().recent()).hasSize((int) reachedAService);
    assertThat(desk.activity().count("issue_refund")).isEqualTo(1);
    assertThat(desk.activity().count("create_ticket")).isEqualTo(1);
    assertThat(desk.activity().count("get_balance")).isEqualTo(3); // call_02, call_08, call_10
  }

  @Test
  void theModelCannotChooseTheCustomer() {
    Map<String, ToolResult> results = play();

    // call_09 named another customer and was rejected; call_10 asked for that customer's account
    // and the service, which only knows the session's customer, found no such account.
    ToolError notHers = assertError(results.get("call_10"), ErrorCode.TOOL_FAILED);
    assertThat(notHers.message()).contains("ACC-2001");
    for (BillingAccount own : desk.directory().accountsOf(SampleData.ANA)) {
      assertThat(notHers.message()).contains(own.id());
    }
    assertThat(results.get("call_10").content().toString()).doesNotContain("1960", "USD");
    assertThat(desk.activity().countFor(SampleData.BEN.value())).isZero();

    // Every tool, offered the context parameter as an argument, refuses it before running.
    long entriesBefore = desk.activity().recent().size();
    for (ToolDefinition tool : registry.definitions()) {
      ToolResult result =
          registry.execute(List.of(ToolCall.of("x", tool.name(), "{\"customer\":\"C-2002\"}")), ana).get(0);
      ToolError error = assertError(result, ErrorCode.INVALID_ARGUMENTS);
      assertThat(error.problems()).extracting(ArgumentProblem::pointer).as(tool.name()).contains("/customer");
    }
    assertThat(desk.activity().recent()).hasSize((int) entriesBefore);
    assertThat(desk.activity().countFor(SampleData.BEN.value())).isZero();

    // The session decides: the same call in Ben's session reads Ben's account.
    ToolResult bens =
        registry
            .execute(List.of(ToolCall.of("y", "get_account", "{}")), SupportDesk.signedIn(SampleData.BEN))
            .get(0);
    assertThat(bens.content().get("customerId").asString()).isEqualTo(SampleData.BEN.value());
  }

  @Test
  void aRefundWithinTheLimitButBeyondWhatIsLeftFailsWithAReasonTheModelCanUse() {
    Invoice march = desk.ledger().find("INV-1042").orElseThrow();
    BigDecimal tooMuch = march.refundable().add(new BigDecimal("0.01"));

    ToolResult result =
        registry
            .execute(
                List.of(
                    ToolCall.of(
                        "r1",
                        "issue_refund",
                        "{\"invoiceId\":\"INV-1042\",\"amount\":" + tooMuch.toPlainString()
                            + ",\"reason\":\"Goodwill\"}")),
                ana)
            .get(0);

    ToolError error = assertError(result, ErrorCode.TOOL_FAILED);
    assertThat(error.message()).contains(march.refundable().toPlainString(), "INV-1042");
    assertThat(desk.ledger().refunds()).isEmpty();
    assertThat(desk.activity().count("issue_refund")).isEqualTo(1);
  }

  @Test
  void theAppPrintsDefinitionsAndEveryCall() {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      SupportDeskApp.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String output = buffer.toString(StandardCharsets.UTF_8);

    for (ToolDefinition tool : registry.definitions()) {
      assertThat(output).contains(tool.name(), tool.effect().name(), tool.fingerprint().substring(0, 12));
    }
    for (ScriptedModel.Turn turn : ScriptedModel.supportDeskConversation().turns()) {
      for (ToolCall call : turn.calls()) {
        assertThat(output).contains(call.id() + " -> " + call.name());
      }
    }
    assertThat(output).contains("INVALID_JSON", "INVALID_ARGUMENTS", "UNKNOWN_TOOL", "TOOL_FAILED", "\"/amount\"");
  }

  private static ToolError assertError(ToolResult result, ErrorCode code) {
    assertThat(result.isError()).as("%s should fail: %s", result.callId(), result.content()).isTrue();
    ToolError error = ((ToolResult.Failure) result).error();
    assertThat(error.code()).as(result.callId()).isEqualTo(code);
    assertThat(result.content().get("error").get("code").asString()).isEqualTo(code.name());
    assertThat(error.message()).isNotBlank();
    return error;
  }

  private static void assertInvalid(ToolResult result, String pointer) {
    ToolError error = assertError(result, ErrorCode.INVALID_ARGUMENTS);
    assertThat(error.problems()).extracting(ArgumentProblem::pointer).as(result.callId()).contains(pointer);
    assertThat(result.content().toString()).contains("\"" + pointer + "\"");
  }
}
