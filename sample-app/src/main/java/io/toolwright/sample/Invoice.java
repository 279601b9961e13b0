package io.toolwright.sample;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An invoice on a billing account.
 *
 * @param id the invoice number, such as {@code INV-1042}
 * @param accountId the billing account it was issued on
 * @param issued the day it was issued
 * @param due the day payment is due
 * @param amount the invoiced amount, tax included
 * @param currency the ISO 4217 code of {@code amount}
 * @param status where the invoice is in its life
 * @param refunded how much of a paid invoice has been refunded so far
 * @param description what the invoice is for
 */
public record Invoice(
    String id,
    String accountId,
    LocalDate issued,
    LocalDate due,
    BigDecimal amount,
    String currency,
    InvoiceStatus status,
    BigDecimal refunded,
    String description) {

  /** How much can still be refunded: the paid amount less earlier refunds; zero unless paid. */
  public BigDecimal refundable() {
    return status == InvoiceStatus.PAID ? amount.subtract(refunded) : BigDecimal.ZERO;
  }

  /** A copy with {@code more} added to the refunded amount. */
  public Invoice withRefund(BigDecimal more) {
    return new Invoice(
        id, accountId, issued, due, amount, currency, status, refunded.add(more), description);
  }
}
