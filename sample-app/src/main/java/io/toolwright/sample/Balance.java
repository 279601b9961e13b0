package io.toolwright.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a billing account owes.
 *
 * @param accountId the billing account
 * @param currency the ISO 4217 code of every amount
 * @param outstanding the total of open and overdue invoices
 * @param overdue the part of {@code outstanding} that is past due
 * @param upcoming the total of draft invoices for the next billing run; empty ({@code null} in
 *     JSON) when not asked for
 * @param asOf the day the balance was computed
 */
public record Balance(
    String accountId,
    String currency,
    BigDecimal outstanding,
    BigDecimal overdue,
    Optional<BigDecimal> upcoming,
    LocalDate asOf) {}
