package io.toolwright.benchmarks;

import io.toolwright.sample.Balance;
import io.toolwright.sample.CustomerId;
import io.toolwright.sample.DateRange;
import io.toolwright.sample.InvoicePage;
import io.toolwright.sample.InvoiceStatus;
import io.toolwright.sample.SupportDesk;
import java.util.Optional;
import org.springframework.ai.chat.model.ToolContext;
import org.springframework.ai.tool.annotation.Tool;
import org.springframework.ai.tool.annotation.ToolParam;

/**
 * The two benchmarked sample tools written as a Spring AI 2.x user writes them: {@code @Tool} and
 * {@code @ToolParam} on a class of its own that calls the sample's services, turned into {@code
 * ToolCallback}s at run time by {@code ToolCallbacks.from} (what {@code MethodToolCallbackProvider}
 * does too).
 *
 * <p>Same names and descriptions as the Toolwright tools. What Spring AI cannot express from these
 * annotations is said in the description instead: no pattern, no range, no validation of an
 * argument; the filters are nullable and not required. The signed-in customer, Toolwright's {@code
 * @Context}, comes from Spring AI's {@link ToolContext}, which the model does not see.
 */
public final class SpringAiTools {

  /** The key of the signed-in customer in the {@link ToolContext}. */
  static final String CUSTOMER = "customer";

  private final SupportDesk desk;

  public SpringAiTools(SupportDesk desk) {
    this.desk = desk;
  }

  @Tool(
      name = "get_balance",
      description =
          "Returns what one of the customer's billing accounts owes today: the total of open and"
              + " overdue invoices, how much of it is overdue and, if asked, the charges of the next"
              + " billing run.")
  public Balance getBalance(
      @ToolParam(
              description =
                  "the billing account, such as ACC-1001; one of the customer's own accounts;"
                      + " matches ACC-[0-9]{4}")
          String accountId,
      @ToolParam(description = "whether to add the total of draft invoices for the next billing run")
          boolean includeUpcoming,
      ToolContext context) {
    return desk.accountService().getBalance(customer(context), accountId, includeUpcoming);
  }

  @Tool(
      name = "list_invoices",
      description =
          "Lists the customer's invoices across all their billing accounts, newest first, one page"
              + " at a time. Leave a filter out to list invoices of every status or date.")
  public InvoicePage listInvoices(
      @ToolParam(description = "only invoices with this status", required = false)
          InvoiceStatus status,
      @ToolParam(description = "only invoices issued within this range of days", required = false)
          DateRange issuedBetween,
      @ToolParam(description = "how many invoices a page holds, from 1 to 100") int pageSize,
      @ToolParam(description = "the zero-based page number; 0 is the newest page; at least 0")
          int page,
      ToolContext context) {
    return desk.billingService()
        .listInvoices(
            customer(context),
            Optional.ofNullable(status),
            Optional.ofNullable(issuedBetween),
            pageSize,
            page);
  }

  private static CustomerId customer(ToolContext context) {
    return (CustomerId) context.getContext().get(CUSTOMER);
  }
}
