package io.toolwright.sample;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A refund paid back to the customer's card.
 *
 * @param id the refund number, such as {@code RF-0001}
 * @param invoiceId the invoice refunded
 * @param amount the amount paid back
 * @param currency the ISO 4217 code of {@code amount}
 * @param reason why the refund was issued, as given
 * @param issuedAt when it was issued
 * @param remainingRefundable how much of the invoice can still be refunded afterwards
 */
public record Refund(
    String id,
    String invoiceId,
    BigDecimal amount,
    String currency,
    String reason,
    Instant issuedAt,
    BigDecimal remainingRefundable) {}
