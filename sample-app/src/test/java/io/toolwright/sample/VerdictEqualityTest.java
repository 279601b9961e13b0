package io.toolwright.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import io.toolwright.ArgumentProblem;
import io.toolwright.ErrorCode;
import io.toolwright.ToolCall;
import io.toolwright.ToolDefinition;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolResult;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every tool, a table of argument objects on which an independent JSON Schema 2020-12 validator
 * (networknt, format assertions on) and the Toolwright runtime must give the same verdict, and the
 * verdict the table expects. The runtime accepts when the service method runs; it rejects with
 * {@code INVALID_ARGUMENTS} or {@code INVALID_JSON}, and then the method must not have run, which
 * the desk's activity log (one entry per method call) shows.
 *
 * <p>Cases on which the two verdicts legitimately differ are left out, each with a comment saying
 * why, next to where it would be.
 */
class VerdictEqualityTest {

  private enum Verdict {
    ACCEPTED,
    REJECTED,
    MALFORMED
  }

  /**
   * @param pointer for a rejected case, the JSON pointer the runtime must name
   */
  record Case(String tool, String label, String arguments, Verdict verdict, String pointer) {
    @Override
    public String toString() {
      return tool + ": " + label;
    }
  }

  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private static final String MAX_REASON = "r".repeat(500);
  private static final String MAX_SUBJECT = "s".repeat(120);
  private static final String MAX_BODY = "b".repeat(4000);

  static Stream<Case> cases() {
    return Stream.of(
        // get_account: no arguments at all
        ok("get_account", "no arguments", "{}"),
        bad("get_account", "unknown property", "{'verbose':true}", "/verbose"),
        bad("get_account", "the context parameter as an argument", "{'customer':'C-2002'}", "/customer"),
        malformed("get_account", "an array, not an object", "[]"),

        // get_balance: a pattern-checked string and a boolean
        ok("get_balance", "all arguments", "{'accountId':'ACC-1001','includeUpcoming':true}"),
        ok("get_balance", "the other account", "{'accountId':'ACC-1002','includeUpcoming':false}"),
        bad("get_balance", "missing required boolean", "{'accountId':'ACC-1001'}", "/includeUpcoming"),
        bad("get_balance", "boolean as a string", "{'accountId':'ACC-1001','includeUpcoming':'yes'}", "/includeUpcoming"),
        bad("get_balance", "boolean as a number", "{'accountId':'ACC-1001','includeUpcoming':1}", "/includeUpcoming"),
        bad("get_balance", "string as a number", "{'accountId':1001,'includeUpcoming':true}", "/accountId"),
        bad("get_balance", "null for a required string", "{'accountId':null,'includeUpcoming':true}", "/accountId"),
        bad("get_balance", "pattern: lower case", "{'accountId':'acc-1001','includeUpcoming':true}", "/accountId"),
        // @Pattern matches the whole value; a JSON Schema pattern matches anywhere unless anchored.
        bad("get_balance", "pattern: trailing digit", "{'accountId':'ACC-10011','includeUpcoming':true}", "/accountId"),
        bad("get_balance", "pattern: leading text", "{'accountId':'my ACC-1001','includeUpcoming':true}", "/accountId"),
        bad("get_balance", "the context parameter as an argument",
            "{'customer':'C-2002','accountId':'ACC-1001','includeUpcoming':true}", "/customer"),

        // update_contact_email: @Email @NotBlank
        ok("update_contact_email", "an address", "{'email':'ana.silva@example.com'}"),
        ok("update_contact_email", "plus, hyphen and subdomain", "{'email':'ana+billing@silva-studio.example.com'}"),
        bad("update_contact_email", "no at sign", "{'email':'not-an-email'}", "/email"),
        bad("update_contact_email", "no domain", "{'email':'ana@'}", "/email"),
        bad("update_contact_email", "space in the local part", "{'email':'ana silva@silvastudio.example'}", "/email"),
        bad("update_contact_email", "empty", "{'email':''}", "/email"),
        bad("update_contact_email", "a number", "{'email':42}", "/email"),
        bad("update_contact_email", "missing", "{}", "/email"),
        bad("update_contact_email", "blank", "{'email':'   '}", "/email"),
        // Left out: an address under a top-level domain that is not delegated, such as the
        // sample data's own ana@silvastudio.example (RFC 2606 reserves .example, .test, .invalid).
        // networknt's "email" format checks the top-level domain against IANA's list and rejects
        // it; Hibernate's @Email checks the syntax only and accepts it, as RFC 5321 does.
        // Left out too: quoted local parts and address literals, on which the two libraries' email
        // grammars differ and which this table is not about.

        // list_invoices: Java enum, optional nested record, paging bounds
        ok("list_invoices", "only paging", "{'pageSize':10,'page':0}"),
        ok("list_invoices", "status filter", "{'status':'OVERDUE','pageSize':10,'page':0}"),
        ok("list_invoices", "status and date range",
            "{'status':'PAID','issuedBetween':{'from':'2025-01-01','to':'2025-03-31'},'pageSize':5,'page':0}"),
        ok("list_invoices", "null for the optional filters",
            "{'status':null,'issuedBetween':null,'pageSize':10,'page':0}"),
        ok("list_invoices", "smallest page", "{'pageSize':1,'page':0}"),
        ok("list_invoices", "largest page", "{'pageSize':100,'page':0}"),
        ok("list_invoices", "a page past the last", "{'pageSize':10,'page':7}"),
        // JSON Schema: "a number with a zero fractional part" is an integer (2020-12, section 6.1.1).
        ok("list_invoices", "integer written as 10.0", "{'pageSize':10.0,'page':0}"),
        bad("list_invoices", "missing pageSize", "{'page':0}", "/pageSize"),
        bad("list_invoices", "pageSize 0", "{'pageSize':0,'page':0}", "/pageSize"),
        bad("list_invoices", "pageSize 101", "{'pageSize':101,'page':0}", "/pageSize"),
        bad("list_invoices", "pageSize beyond int", "{'pageSize':3000000000,'page':0}", "/pageSize"),
        bad("list_invoices", "page -1", "{'pageSize':10,'page':-1}", "/page"),
        // "format": "int32" is asserted by no 2020-12 validator; the schema's "maximum" rejects
        // what Java's int cannot hold, as the runtime does.
        bad("list_invoices", "page beyond int", "{'pageSize':10,'page':3000000000}", "/page"),
        bad("list_invoices", "pageSize as a string", "{'pageSize':'10','page':0}", "/pageSize"),
        bad("list_invoices", "pageSize 10.5", "{'pageSize':10.5,'page':0}", "/pageSize"),
        bad("list_invoices", "enum in the wrong case", "{'status':'paid','pageSize':10,'page':0}", "/status"),
        bad("list_invoices", "enum value that does not exist", "{'status':'REFUNDED','pageSize':10,'page':0}", "/status"),
        bad("list_invoices", "enum as a number", "{'status':3,'pageSize':10,'page':0}", "/status"),
        bad("list_invoices", "unknown property", "{'sort':'amount','pageSize':10,'page':0}", "/sort"),
        bad("list_invoices", "nested: missing 'to'",
            "{'issuedBetween':{'from':'2025-01-01'},'pageSize':10,'page':0}", "/issuedBetween/to"),
        bad("list_invoices", "nested: a day that does not exist",
            "{'issuedBetween':{'from':'2025-02-30','to':'2025-03-31'},'pageSize':10,'page':0}", "/issuedBetween/from"),
        bad("list_invoices", "nested: not ISO 8601",
            "{'issuedBetween':{'from':'01/02/2025','to':'2025-03-31'},'pageSize':10,'page':0}", "/issuedBetween/from"),
        bad("list_invoices", "nested: date-time, not date",
            "{'issuedBetween':{'from':'2025-01-01','to':'2025-03-31T00:00:00Z'},'pageSize':10,'page':0}", "/issuedBetween/to"),
        bad("list_invoices", "nested: unknown property",
            "{'issuedBetween':{'from':'2025-01-01','to':'2025-03-31','zone':'UTC'},'pageSize':10,'page':0}",
            "/issuedBetween/zone"),
        bad("list_invoices", "nested: a string instead of the record",
            "{'issuedBetween':'2025','pageSize':10,'page':0}", "/issuedBetween"),
        malformed("list_invoices", "truncated", "{'status':'PAID','pageSize':10,'page':"),
        malformed("list_invoices", "two objects", "{'pageSize':10,'page':0} {}"),
        malformed("list_invoices", "duplicate key", "{'pageSize':10,'page':0,'page':1}"),

        // get_invoice: one pattern-checked string
        ok("get_invoice", "an invoice", "{'invoiceId':'INV-1042'}"),
        bad("get_invoice", "pattern: digits only", "{'invoiceId':'1042'}", "/invoiceId"),
        // java.util.regex's $ also matches before a final line break; ECMA-262's does not.
        bad("get_invoice", "pattern: trailing line break", "{'invoiceId':'INV-1042\\n'}", "/invoiceId"),
        bad("get_invoice", "missing", "{}", "/invoiceId"),

        // issue_refund: @Positive @DecimalMax("5000.00") @Digits(integer = 4, fraction = 2)
        // BigDecimal, @NotBlank @Size(max = 500)
        ok("issue_refund", "a partial refund", "{'invoiceId':'INV-1042','amount':37.25,'reason':'Outage in March'}"),
        ok("issue_refund", "the smallest amount", "{'invoiceId':'INV-1042','amount':0.01,'reason':'Rounding'}"),
        ok("issue_refund", "exactly the limit", "{'invoiceId':'INV-1060','amount':5000.00,'reason':'Training cancelled'}"),
        ok("issue_refund", "exponent notation", "{'invoiceId':'INV-1042','amount':1E2,'reason':'Goodwill'}"),
        ok("issue_refund", "longest reason", "{'invoiceId':'INV-1042','amount':10,'reason':'" + MAX_REASON + "'}"),
        bad("issue_refund", "zero", "{'invoiceId':'INV-1042','amount':0,'reason':'Outage'}", "/amount"),
        // @Digits(fraction = 2) is multipleOf 0.01 in the schema: no fractions of a cent.
        bad("issue_refund", "a tenth of a cent", "{'invoiceId':'INV-1042','amount':0.001,'reason':'Outage'}", "/amount"),
        bad("issue_refund", "a tiny positive amount", "{'invoiceId':'INV-1042','amount':1e-1000,'reason':'Outage'}", "/amount"),
        // JSON Schema compares values: 12.5 is a multiple of 0.01, however it is written. The default
        // validator's @Digits does too (Hibernate Validator's own counts the trailing zeros).
        ok("issue_refund", "trailing zeros", "{'invoiceId':'INV-1042','amount':12.500,'reason':'Outage'}"),
        ok("issue_refund", "zero fraction digits written out", "{'invoiceId':'INV-1060','amount':4999.990000,'reason':'Outage'}"),
        bad("issue_refund", "negative", "{'invoiceId':'INV-1042','amount':-5,'reason':'Outage'}", "/amount"),
        bad("issue_refund", "a cent over the limit", "{'invoiceId':'INV-1060','amount':5000.01,'reason':'Outage'}", "/amount"),
        // Exact decimals: a parser that reads this as a double rounds it onto the limit.
        bad("issue_refund", "just over the limit",
            "{'invoiceId':'INV-1060','amount':5000.000000000001,'reason':'Outage'}", "/amount"),
        bad("issue_refund", "far over the limit", "{'invoiceId':'INV-1042','amount':7649,'reason':'Outage'}", "/amount"),
        bad("issue_refund", "amount as a string", "{'invoiceId':'INV-1042','amount':'37.25','reason':'Outage'}", "/amount"),
        bad("issue_refund", "empty reason", "{'invoiceId':'INV-1042','amount':10,'reason':''}", "/reason"),
        bad("issue_refund", "reason too long",
            "{'invoiceId':'INV-1042','amount':10,'reason':'" + MAX_REASON + "x'}", "/reason"),
        bad("issue_refund", "missing reason", "{'invoiceId':'INV-1042','amount':10}", "/reason"),
        bad("issue_refund", "invoice id pattern", "{'invoiceId':'INV-42','amount':10,'reason':'Outage'}", "/invoiceId"),
        bad("issue_refund", "the context parameter as an argument",
            "{'customer':'C-2002','invoiceId':'INV-2040','amount':10,'reason':'Outage'}", "/customer"),
        // @NotBlank is "pattern": "\\S" in the schema, so blank strings get the same verdict.
        bad("issue_refund", "blank reason", "{'invoiceId':'INV-1042','amount':10,'reason':'   '}", "/reason"),
        bad("issue_refund", "reason of tabs and newlines",
            "{'invoiceId':'INV-1042','amount':10,'reason':'\\t\\n'}", "/reason"),
        bad("issue_refund", "reason of em spaces (U+2003)",
            "{'invoiceId':'INV-1042','amount':10,'reason':'\\u2003\\u2003'}", "/reason"),
        // The default validator's @NotBlank is ECMA-262's \s, not String.isBlank(): they differ on
        // no-break spaces and U+FEFF (blank) and on U+001C to U+001F (text).
        bad("issue_refund", "reason of no-break spaces (U+00A0, U+202F)",
            "{'invoiceId':'INV-1042','amount':10,'reason':'\\u00a0\\u202f'}", "/reason"),
        ok("issue_refund", "reason of an information separator (U+001F)",
            "{'invoiceId':'INV-1042','amount':10,'reason':'\\u001f'}"),
        // maxLength and the default validator's @Size count code points: 500 emoji fit in 500.
        ok("issue_refund", "longest reason in emoji",
            "{'invoiceId':'INV-1042','amount':10,'reason':'" + "\uD83D\uDE00".repeat(500) + "'}"),
        bad("issue_refund", "reason one emoji too long",
            "{'invoiceId':'INV-1042','amount':10,'reason':'" + "\uD83D\uDE00".repeat(501) + "'}", "/reason"),

        // create_ticket: @Enum String, @Size(min = 5, max = 120), @Size(max = 4000)
        ok("create_ticket", "a ticket", "{'priority':'normal','subject':'Invoice PDF is blank','body':'Since Monday.'}"),
        ok("create_ticket", "shortest subject", "{'priority':'low','subject':'Hello','body':'Question.'}"),
        ok("create_ticket", "longest subject and body",
            "{'priority':'urgent','subject':'" + MAX_SUBJECT + "','body':'" + MAX_BODY + "'}"),
        bad("create_ticket", "priority not allowed", "{'priority':'critical','subject':'Outage','body':'Down.'}", "/priority"),
        bad("create_ticket", "priority in upper case", "{'priority':'HIGH','subject':'Outage','body':'Down.'}", "/priority"),
        bad("create_ticket", "missing priority", "{'subject':'Outage','body':'Down.'}", "/priority"),
        bad("create_ticket", "subject too short", "{'priority':'low','subject':'Help','body':'Down.'}", "/subject"),
        bad("create_ticket", "subject too long",
            "{'priority':'low','subject':'" + MAX_SUBJECT + "x','body':'Down.'}", "/subject"),
        bad("create_ticket", "empty body", "{'priority':'low','subject':'Outage','body':''}", "/body"),
        bad("create_ticket", "body too long",
            "{'priority':'low','subject':'Outage','body':'" + MAX_BODY + "x'}", "/body"),
        bad("create_ticket", "null body", "{'priority':'low','subject':'Outage','body':null}", "/body"),
        bad("create_ticket", "blank subject of five spaces", "{'priority':'low','subject':'     ','body':'Down.'}", "/subject"),

        // list_tickets: one optional Java enum
        ok("list_tickets", "no filter", "{}"),
        ok("list_tickets", "status filter", "{'status':'IN_PROGRESS'}"),
        ok("list_tickets", "null for the optional filter", "{'status':null}"),
        bad("list_tickets", "enum in the wrong case", "{'status':'open'}", "/status"),
        bad("list_tickets", "an array of statuses", "{'status':['OPEN']}", "/status"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void schemaAndRuntimeGiveTheSameVerdict(Case c) {
    SupportDesk desk = SupportDesk.withSampleData();
    ToolRegistry registry = desk.registry();
    ToolDefinition definition = definition(registry, c.tool());

    boolean schemaAccepts =
        JsonSchemas.parseStrictly(c.arguments())
            .map(instance -> schema(definition).validate(instance).isEmpty())
            .orElse(false);

    long callsBefore = desk.activity().count(c.tool());
    ToolResult result =
        registry
            .execute(List.of(ToolCall.of("call_1", c.tool(), c.arguments())), SupportDesk.signedIn(SampleData.ANA))
            .get(0);
    long calls = desk.activity().count(c.tool()) - callsBefore;
    boolean runtimeAccepts = !rejectedBeforeTheCall(result);

    assertThat(runtimeAccepts)
        .as("runtime verdict %s vs schema verdict %s; runtime said %s", runtimeAccepts, schemaAccepts, result.content())
        .isEqualTo(schemaAccepts);
    assertThat(result.callId()).isEqualTo("call_1");

    switch (c.verdict()) {
      case ACCEPTED -> {
        assertThat(schemaAccepts).as("the schema accepts").isTrue();
        assertThat(result.isError()).as("the call succeeds: %s", result.content()).isFalse();
        assertThat(calls).as("method calls").isEqualTo(1);
      }
      case REJECTED -> {
        assertThat(schemaAccepts).as("the schema rejects").isFalse();
        ToolResult.Failure failure = (ToolResult.Failure) result;
        assertThat(failure.error().code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS);
        assertThat(failure.error().problems())
            .as("problems of %s", failure.content())
            .extracting(ArgumentProblem::pointer)
            .contains(c.pointer());
        assertThat(calls).as("method calls").isZero();
      }
      case MALFORMED -> {
        assertThat(schemaAccepts).as("the schema rejects").isFalse();
        assertThat(((ToolResult.Failure) result).error().code()).isEqualTo(ErrorCode.INVALID_JSON);
        assertThat(calls).as("method calls").isZero();
      }
    }
  }

  @Test
  void everyToolHasCasesForBothVerdicts() {
    Set<String> tools =
        SupportDesk.withSampleData().registry().definitions().stream()
            .map(ToolDefinition::name)
            .collect(Collectors.toSet());
    Map<String, Set<Verdict>> covered =
        cases().collect(Collectors.groupingBy(Case::tool, Collectors.mapping(Case::verdict, Collectors.toSet())));

    assertThat(covered.keySet()).containsExactlyInAnyOrderElementsOf(tools);
    covered.forEach(
        (tool, verdicts) ->
            assertThat(verdicts).as(tool).contains(Verdict.ACCEPTED, Verdict.REJECTED));
  }

  private static boolean rejectedBeforeTheCall(ToolResult result) {
    return result instanceof ToolResult.Failure failure
        && (failure.error().code() == ErrorCode.INVALID_ARGUMENTS
            || failure.error().code() == ErrorCode.INVALID_JSON);
  }

  private static ToolDefinition definition(ToolRegistry registry, String tool) {
    return registry.definitions().stream()
        .filter(d -> d.name().equals(tool))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no tool " + tool));
  }

  private static Schema schema(ToolDefinition definition) {
    return SCHEMAS.computeIfAbsent(definition.canonicalSchema(), JsonSchemas::compile);
  }

  private static Case ok(String tool, String label, String arguments) {
    return new Case(tool, label, json(arguments), Verdict.ACCEPTED, null);
  }

  private static Case bad(String tool, String label, String arguments, String pointer) {
    return new Case(tool, label, json(arguments), Verdict.REJECTED, pointer);
  }

  private static Case malformed(String tool, String label, String arguments) {
    return new Case(tool, label, json(arguments), Verdict.MALFORMED, null);
  }

  /** Single quotes make the table readable; no value in it contains one. */
  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }
}
