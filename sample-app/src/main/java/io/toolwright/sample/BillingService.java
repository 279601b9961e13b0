package io.toolwright.sample;

import io.toolwright.ToolException;
import io.toolwright.annotation.Context;
import io.toolwright.annotation.Effect;
import io.toolwright.annotation.Tool;
import io.toolwright.annotation.ToolExample;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Invoices and refunds of the signed-in customer. */
public class BillingService {

  private final CustomerDirectory directory;
  private final InvoiceLedger ledger;
  private final ActivityLog activity;
  private final Clock clock;

  public BillingService(
      CustomerDirectory directory, InvoiceLedger ledger, ActivityLog activity, Clock clock) {
    this.directory = directory;
    this.ledger = ledger;
    this.activity = activity;
    this.clock = clock;
  }

  /**
   * Lists the customer's invoices across all their billing accounts, newest first, one page at a
   * time. Leave a filter out to list invoices of every status or date.
   *
   * @param customer the signed-in customer
   * @param status only invoices with this status
   * @param issuedBetween only invoices issued within this range of days
   * @param pageSize how many invoices a page holds, from 1 to 100
   * @param page the zero-based page number; 0 is the newest page
   */
  @Tool(effect = Effect.READ_ONLY)
  @ToolExample(
      """
      {"status": "PAID", "issuedBetween": {"from": "2025-01-01", "to": "2025-03-31"},
       "pageSize": 20, "page": 0}
      """)
  public InvoicePage listInvoices(
      @Context CustomerId customer,
      Optional<InvoiceStatus> status,
      Optional<DateRange> issuedBetween,
      @Min(1) @Max(100) int pageSize,
      @PositiveOrZero int page) {
    activity.record(customer, "list_invoices", status.map(Enum::name).orElse("any"));
    issuedBetween.ifPresent(
        range -> {
          if (range.to().isBefore(range.from())) {
            throw new ToolException(
                "issuedBetween.to (" + range.to() + ") is before issuedBetween.from (" + range.from() + ")");
          }
        });
    List<String> accountIds =
        directory.accountsOf(customer).stream().map(BillingAccount::id).toList();
    List<Invoice> matching =
        ledger.ofAccounts(accountIds).stream()
            .filter(invoice -> status.isEmpty() || invoice.status() == status.get())
            .filter(invoice -> issuedBetween.isEmpty() || issuedBetween.get().contains(invoice.issued()))
            .toList();
    int from = (int) Math.min((long) page * pageSize, matching.size());
    int to = Math.min(from + pageSize, matching.size());
    return new InvoicePage(
        matching.subList(from, to), page, pageSize, matching.size(), to < matching.size());
  }

  /**
   * Returns one of the customer's invoices with its status and how much has been refunded.
   *
   * @param customer the signed-in customer
   * @param invoiceId the invoice number, such as INV-1042
   */
  @Tool(effect = Effect.READ_ONLY)
  public Invoice getInvoice(
      @Context CustomerId customer, @Pattern(regexp = "INV-[0-9]{4}") String invoiceId) {
    activity.record(customer, "get_invoice", invoiceId);
    return ownInvoice(customer, invoiceId);
  }

  /**
   * Refunds part or all of a paid invoice to the customer's card. The money leaves at once and
   * cannot be taken back: confirm the amount with the customer first. Refunds above 5000.00 need a
   * human agent.
   *
   * @param customer the signed-in customer
   * @param invoiceId the paid invoice to refund, such as INV-1042
   * @param amount how much to refund, in the invoice's currency; at most what is still refundable
   * @param reason why the customer is refunded, in a sentence the finance team will read
   */
  @Tool(effect = Effect.DESTRUCTIVE)
  @ToolExample(
      """
      {"invoiceId": "INV-1060", "amount": 1240.00,
       "reason": "Two of the ten training days were cancelled by us"}
      """)
  public Refund issueRefund(
      @Context CustomerId customer,
      @Pattern(regexp = "INV-[0-9]{4}") String invoiceId,
      @Positive @DecimalMax("5000.00") @Digits(integer = 4, fraction = 2) BigDecimal amount,
      @NotBlank @Size(max = 500) String reason) {
    activity.record(customer, "issue_refund", invoiceId + " " + amount.toPlainString());
    Invoice invoice = ownInvoice(customer, invoiceId);
    try {
      return ledger.refund(invoice.id(), amount, reason, clock.instant());
    } catch (IllegalStateException refused) {
      // Not paid, or more than is left to refund: reasons the model can pass on to the customer.
      throw new ToolException(refused.getMessage(), refused);
    }
  }

  private Invoice ownInvoice(CustomerId customer, String invoiceId) {
    List<String> accountIds =
        directory.accountsOf(customer).stream().map(BillingAccount::id).toList();
    // Another customer's invoice answers exactly like a missing one.
    return ledger
        .find(invoiceId)
        .filter(invoice -> accountIds.contains(invoice.accountId()))
        .orElseThrow(
            () -> new ToolException("The customer has no invoice " + invoiceId));
  }
}
