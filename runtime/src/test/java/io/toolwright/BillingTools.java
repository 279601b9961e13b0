package io.toolwright;

import io.toolwright.annotation.Effect;
import io.toolwright.dispatch.JsonReaders;
import io.toolwright.dispatch.PreparedCall;
import io.toolwright.dispatch.Problems;
import io.toolwright.dispatch.ToolBinding;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Written by hand the way the processor generates {@code <Class>Tools}: definitions from canonical
 * schema text, argument classes carrying the constraint annotations, and invokers built on {@link
 * JsonReaders}, without reflection.
 */
final class BillingTools {

  static final ToolDefinition GET_BALANCE =
      ToolDefinition.of(
          "get_balance",
          "The balance of one of the signed-in customer's accounts.",
          Effect.READ_ONLY,
          false,
          "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\","
              + "\"properties\":{\"accountId\":{\"type\":\"string\",\"minLength\":1,"
              + "\"maxLength\":20,\"description\":\"The account number, such as AC-1001.\"}},"
              + "\"required\":[\"accountId\"],\"additionalProperties\":false}");

  static final ToolDefinition FIND_INVOICES =
      ToolDefinition.of(
          "find_invoices",
          "Invoices of the signed-in customer matching a filter.",
          Effect.READ_ONLY,
          false,
          "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\","
              + "\"properties\":{\"filter\":{\"$ref\":\"#/$defs/Filter\"},"
              + "\"limit\":{\"type\":\"integer\",\"format\":\"int32\",\"minimum\":1,\"maximum\":100},"
              + "\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"maxLength\":10},"
              + "\"uniqueItems\":true},"
              + "\"weights\":{\"type\":\"object\",\"additionalProperties\":{\"type\":\"integer\","
              + "\"format\":\"int32\",\"minimum\":0}},\"note\":{\"type\":[\"string\",\"null\"]}},"
              + "\"required\":[\"filter\",\"note\"],\"additionalProperties\":false,"
              + "\"$defs\":{\"Filter\":{\"type\":\"object\",\"properties\":{"
              + "\"status\":{\"type\":\"string\",\"enum\":[\"open\",\"paid\",\"void\"]},"
              + "\"from\":{\"type\":\"string\",\"format\":\"date\"},"
              + "\"to\":{\"type\":\"string\",\"format\":\"date\"}},"
              + "\"required\":[\"status\"],\"additionalProperties\":false}}}");

  static final ToolDefinition REFUND_INVOICE =
      ToolDefinition.of(
          "refund_invoice",
          "Refunds part or all of an invoice to the customer's card.",
          Effect.DESTRUCTIVE,
          false,
          "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\","
              + "\"properties\":{"
              + "\"invoiceId\":{\"type\":\"string\",\"pattern\":\"^INV-[0-9]{4}$\"},"
              + "\"amount\":{\"type\":\"number\",\"minimum\":0.01},"
              + "\"reason\":{\"type\":\"string\",\"enum\":[\"duplicate\",\"fraudulent\","
              + "\"requested_by_customer\"]},"
              + "\"lines\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/Line\"},\"minItems\":1}},"
              + "\"required\":[\"invoiceId\",\"amount\",\"reason\",\"lines\"],"
              + "\"additionalProperties\":false,"
              + "\"$defs\":{\"Line\":{\"type\":\"object\",\"properties\":{"
              + "\"sku\":{\"type\":\"string\",\"minLength\":1},"
              + "\"quantity\":{\"type\":\"integer\",\"format\":\"int32\",\"exclusiveMinimum\":0}},"
              + "\"required\":[\"sku\",\"quantity\"],\"additionalProperties\":false}}}");

  static final ToolDefinition PING =
      ToolDefinition.of(
          "ping",
          "Checks that billing is up.",
          Effect.READ_ONLY,
          false,
          "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\","
              + "\"properties\":{},\"additionalProperties\":false}");

  record GetBalanceArgs(@NotBlank @Size(max = 20) String accountId) {}

  record FilterArgs(@NotNull String status, @PastOrPresent LocalDate from, LocalDate to) {}

  record FindInvoicesArgs(
      @NotNull @Valid FilterArgs filter,
      @Min(1) @Max(100) Integer limit,
      Set<@Size(max = 10) String> tags,
      Map<String, @Min(0) Integer> weights,
      String note) {}

  record LineArgs(@NotBlank String sku, @Positive int quantity) {}

  record RefundArgs(
      @NotBlank @Pattern(regexp = "^INV-[0-9]{4}$") String invoiceId,
      @NotNull @DecimalMin("0.01") BigDecimal amount,
      @NotNull String reason,
      @NotNull @Size(min = 1) List<@Valid LineArgs> lines) {}

  private BillingTools() {}

  static ToolSet bind(Billing billing) {
    return ToolSet.of(
        Billing.class.getName(),
        List.of(
            ToolBinding.of(
                GET_BALANCE,
                List.of("customer"),
                (args, context) -> getBalance(billing, args, context)),
            ToolBinding.of(
                FIND_INVOICES,
                List.of("customer"),
                (args, context) -> findInvoices(billing, args, context)),
            ToolBinding.of(REFUND_INVOICE, List.of(), (args, context) -> refund(billing, args)),
            ToolBinding.of(
                PING, List.of(), (args, context) -> PreparedCall.returning(null, billing::ping))));
  }

  private static PreparedCall getBalance(Billing billing, ObjectNode args, ToolContext context) {
    long customer = context.require("customer", Long.class);
    Problems problems = new Problems();
    GetBalanceArgs arguments =
        new GetBalanceArgs(JsonReaders.string(args.get("accountId"), "/accountId", problems));
    problems.throwIfAny();
    return PreparedCall.returning(
        arguments, () -> billing.getBalance(customer, arguments.accountId()));
  }

  private static PreparedCall findInvoices(Billing billing, ObjectNode args, ToolContext context) {
    long customer = context.require("customer", Long.class);
    Problems problems = new Problems();
    FindInvoicesArgs arguments =
        new FindInvoicesArgs(
            filter(args.get("filter"), "/filter", problems),
            JsonReaders.nullable(args.get("limit"), "/limit", problems, JsonReaders::intValue),
            JsonReaders.nullable(
                args.get("tags"),
                "/tags",
                problems,
                (node, pointer, found) ->
                    JsonReaders.set(node, pointer, found, JsonReaders::string)),
            JsonReaders.nullable(
                args.get("weights"),
                "/weights",
                problems,
                (node, pointer, found) ->
                    JsonReaders.map(node, pointer, found, JsonReaders::intValue)),
            JsonReaders.nullable(args.get("note"), "/note", problems, JsonReaders::string));
    problems.throwIfAny();
    Billing.Filter filter =
        new Billing.Filter(
            arguments.filter().status(), arguments.filter().from(), arguments.filter().to());
    return PreparedCall.returning(
        arguments,
        () ->
            billing.findInvoices(
                customer,
                filter,
                arguments.limit(),
                arguments.tags(),
                arguments.weights(),
                arguments.note()));
  }

  private static FilterArgs filter(JsonNode node, String pointer, Problems problems) {
    if (!JsonReaders.isObject(node, pointer, problems)) {
      return null;
    }
    return new FilterArgs(
        JsonReaders.allowedString(
            node.get("status"),
            JsonReaders.child(pointer, "status"),
            problems,
            List.of("open", "paid", "void")),
        JsonReaders.nullable(
            node.get("from"), JsonReaders.child(pointer, "from"), problems, JsonReaders::localDate),
        JsonReaders.nullable(
            node.get("to"), JsonReaders.child(pointer, "to"), problems, JsonReaders::localDate));
  }

  private static PreparedCall refund(Billing billing, ObjectNode args) {
    Problems problems = new Problems();
    RefundArgs arguments =
        new RefundArgs(
            JsonReaders.string(args.get("invoiceId"), "/invoiceId", problems),
            JsonReaders.bigDecimal(args.get("amount"), "/amount", problems),
            JsonReaders.allowedString(
                args.get("reason"),
                "/reason",
                problems,
                List.of("duplicate", "fraudulent", "requested_by_customer")),
            JsonReaders.list(
                args.get("lines"),
                "/lines",
                problems,
                (node, pointer, found) ->
                    JsonReaders.isObject(node, pointer, found)
                        ? new LineArgs(
                            JsonReaders.string(
                                node.get("sku"), JsonReaders.child(pointer, "sku"), found),
                            JsonReaders.intValue(
                                node.get("quantity"),
                                JsonReaders.child(pointer, "quantity"),
                                found))
                        : null));
    problems.throwIfAny();
    return PreparedCall.ofVoid(
        arguments,
        () ->
            billing.refundInvoice(
                arguments.invoiceId(),
                arguments.amount(),
                arguments.reason(),
                arguments.lines().stream()
                    .map(line -> new Billing.Line(line.sku(), line.quantity()))
                    .toList()));
  }
}
