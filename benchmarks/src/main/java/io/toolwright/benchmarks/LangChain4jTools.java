package io.toolwright.benchmarks;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolMemoryId;
import io.toolwright.sample.Balance;
import io.toolwright.sample.CustomerId;
import io.toolwright.sample.DateRange;
import io.toolwright.sample.InvoicePage;
import io.toolwright.sample.InvoiceStatus;
import io.toolwright.sample.SupportDesk;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two benchmarked sample tools written as a LangChain4j 1.x user writes them: {@code @Tool} and
 * {@code @P} on a class of its own that calls the sample's services, read at run time by {@code
 * ToolSpecifications.toolSpecificationsFrom} and executed by {@code DefaultToolExecutor}.
 *
 * <p>Same names and descriptions as the Toolwright tools. What LangChain4j cannot express is said
 * in the description instead: it has no annotation for a pattern or a range, validates no argument
 * and does not take {@code Optional} parameters, so the filters are nullable and not required. The
 * signed-in customer, Toolwright's {@code @Context}, comes in as the memory id ({@code
 * @ToolMemoryId}), LangChain4j's way to pass per-conversation state that the model does not see.
 *
 * <p>{@code get_balance} returns its JSON text, written by a Jackson 3 mapper, as {@link
 * HandWritten} does: LangChain4j's own result codec (Jackson 2 without the JDK 8 module) throws on
 * {@link Balance}'s {@code Optional} field, so a user has to. {@code list_invoices} returns the
 * record, which LangChain4j writes itself.
 */
public final class LangChain4jTools {

  private final JsonMapper json = JsonMapper.builder().build();
  private final SupportDesk desk;

  public LangChain4jTools(SupportDesk desk) {
    this.desk = desk;
  }

  @Tool(
      name = "get_balance",
      value =
          "Returns what one of the customer's billing accounts owes today: the total of open and"
              + " overdue invoices, how much of it is overdue and, if asked, the charges of the next"
              + " billing run.")
  public String getBalance(
      @ToolMemoryId CustomerId customer,
      @P(
              name = "accountId",
              value =
                  "the billing account, such as ACC-1001; one of the customer's own accounts;"
                      + " matches ACC-[0-9]{4}")
          String accountId,
      @P(
              name = "includeUpcoming",
              value = "whether to add the total of draft invoices for the next billing run")
          boolean includeUpcoming) {
    return json.writeValueAsString(
        desk.accountService().getBalance(customer, accountId, includeUpcoming));
  }

  @Tool(
      name = "list_invoices",
      value =
          "Lists the customer's invoices across all their billing accounts, newest first, one page"
              + " at a time. Leave a filter out to list invoices of every status or date.")
  public InvoicePage listInvoices(
      @ToolMemoryId CustomerId customer,
      @P(name = "status", value = "only invoices with this status", required = false)
          InvoiceStatus status,
      @P(
              name = "issuedBetween",
              value = "only invoices issued within this range of days",
              required = false)
          DateRange issuedBetween,
      @P(name = "pageSize", value = "how many invoices a page holds, from 1 to 100") int pageSize,
      @P(name = "page", value = "the zero-based page number; 0 is the newest page; at least 0")
          int page) {
    return desk.billingService()
        .listInvoices(
            customer,
            Optional.ofNullable(status),
            Optional.ofNullable(issuedBetween),
            pageSize,
            page);
  }
}
