package billing;

import io.toolwright.annotation.Context;
import io.toolwright.annotation.Effect;
import io.toolwright.annotation.Tool;
import io.toolwright.annotation.ToolExample;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Invoices and refunds of the signed-in customer. */
public class BillingService {

  /** What the tools were last called with, for tests. */
  public final List<String> calls = new ArrayList<>();

  /**
   * Finds the customer's invoices, newest first.
   *
   * @param query words to look for in the invoice lines
   * @param status only invoices in this status
   * @param limit at most this many invoices
   * @param customerId the signed-in customer
   */
  @Tool(effect = Effect.READ_ONLY)
  @ToolExample("{\"query\": \"late fee\", \"limit\": 5}")
  @ToolExample(
      """
      {"query": "", "status": "PAID", "limit": 20}
      """)
  public List<Invoice> findInvoices(
      @Size(max = 200) String query,
      Optional<InvoiceStatus> status,
      @Positive int limit,
      @Context("customer") String customerId) {
    calls.add("findInvoices " + query + " " + status + " " + limit + " " + customerId);
    return List.of(new Invoice("INV-1", InvoiceStatus.OPEN, List.of(new Line("Support plan", new BigDecimal("12.50")))));
  }

  /**
   * Refunds part of an invoice to the customer's card.
   *
   * @param refund what to refund, and why
   */
  @Tool(name = "refund_invoice", effect = Effect.DESTRUCTIVE)
  @ToolExample(
      """
      {
        "refund": {
          "invoiceId": "INV-1042",
          "amount": 12.50,
          "reason": "Charged twice for March"
        }
      }
      """)
  public void refund(RefundRequest refund, @Context String customer) {
    calls.add("refund " + refund + " " + customer);
  }

  /**
   * Converts an amount between currencies at today's rate.
   *
   * @param amount the amount to convert
   * @param from ISO 4217 code of the amount's currency
   * @param to ISO 4217 code of the currency wanted
   */
  @Tool(effect = Effect.READ_ONLY)
  @ToolExample("{\"amount\": 12.50, \"from\": \"EUR\", \"to\": \"USD\"}")
  public static BigDecimal convertCurrency(
      BigDecimal amount, @NotBlank String from, @NotBlank String to) {
    return amount.multiply(new BigDecimal("2"));
  }

  /**
   * Looks up one invoice of the customer.
   *
   * @param invoiceId the invoice number, e.g. INV-2041
   */
  @Tool(effect = Effect.READ_ONLY)
  public Invoice getInvoice(@NotBlank String invoiceId, @Context("customer") String customerId) {
    calls.add("getInvoice " + invoiceId + " " + customerId);
    return new Invoice(
        invoiceId, InvoiceStatus.PAID, List.of(new Line("Support plan", new BigDecimal("12.50"))));
  }
}
