package io.toolwright.sample;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** A few customers, accounts, invoices and tickets, as they might look mid-June 2025. */
public final class SampleData {

  /** Ana Silva of Silva Studio: two accounts, a year of invoices, one overdue. */
  public static final CustomerId ANA = new CustomerId("C-1001");

  /** Ben Okafor of Okafor Logistics: another customer, whose data Ana's session must never see. */
  public static final CustomerId BEN = new CustomerId("C-2002");

  /** Chloé Martin of Atelier Martin: a new customer with a single draft invoice. */
  public static final CustomerId CHLOE = new CustomerId("C-3003");

  private SampleData() {}

  static void seed(CustomerDirectory directory, InvoiceLedger ledger, TicketQueue tickets) {
    directory.add(
        new Customer(
            ANA.value(), "Ana Silva", "Silva Studio", "ana@silvastudio.example", "Studio",
            LocalDate.of(2023, 3, 14)));
    directory.add(
        new Customer(
            BEN.value(), "Ben Okafor", "Okafor Logistics", "ben.okafor@okaforlogistics.example",
            "Business", LocalDate.of(2021, 11, 2)));
    directory.add(
        new Customer(
            CHLOE.value(), "Chloé Martin", "Atelier Martin", "chloe@ateliermartin.example",
            "Starter", LocalDate.of(2025, 5, 20)));

    directory.add(new BillingAccount("ACC-1001", ANA.value(), "Studio plan, 5 seats", "EUR"));
    directory.add(new BillingAccount("ACC-1002", ANA.value(), "Extra storage, 500 GB", "EUR"));
    directory.add(new BillingAccount("ACC-2001", BEN.value(), "Business plan, 40 seats", "USD"));
    directory.add(new BillingAccount("ACC-3001", CHLOE.value(), "Starter plan, 1 seat", "EUR"));

    // Ana's Studio plan: monthly, 149.00 EUR. January to April paid, May overdue, June open.
    // Written out, not built in a loop: data reads best as data, and in a cold JVM the first
    // string concatenation of each shape bootstraps method handles, a few milliseconds each.
    ledger.add(
        invoice(
            "INV-1040", "ACC-1001", LocalDate.of(2025, 1, 1), "149.00", "EUR", InvoiceStatus.PAID,
            "Studio plan, 5 seats, JANUARY"));
    ledger.add(
        invoice(
            "INV-1041", "ACC-1001", LocalDate.of(2025, 2, 1), "149.00", "EUR", InvoiceStatus.PAID,
            "Studio plan, 5 seats, FEBRUARY"));
    ledger.add(
        invoice(
            "INV-1042", "ACC-1001", LocalDate.of(2025, 3, 1), "149.00", "EUR", InvoiceStatus.PAID,
            "Studio plan, 5 seats, MARCH"));
    ledger.add(
        invoice(
            "INV-1043", "ACC-1001", LocalDate.of(2025, 4, 1), "149.00", "EUR", InvoiceStatus.PAID,
            "Studio plan, 5 seats, APRIL"));
    ledger.add(
        invoice(
            "INV-1044", "ACC-1001", LocalDate.of(2025, 5, 1), "149.00", "EUR",
            InvoiceStatus.OVERDUE,
            "Studio plan, 5 seats, MAY"));
    ledger.add(
        invoice(
            "INV-1045", "ACC-1001", LocalDate.of(2025, 6, 1), "149.00", "EUR", InvoiceStatus.OPEN,
            "Studio plan, 5 seats, JUNE"));
    ledger.add(
        invoice(
            "INV-1046", "ACC-1001", LocalDate.of(2025, 7, 1), "149.00", "EUR",
            InvoiceStatus.DRAFT, "Studio plan, 5 seats, JULY"));
    // A one-off onboarding and training package, paid up front.
    ledger.add(
        invoice(
            "INV-1060", "ACC-1001", LocalDate.of(2025, 1, 15), "6200.00", "EUR", InvoiceStatus.PAID,
            "Onboarding and training package, 10 days"));
    // Storage add-on: quarterly. The first quarter was charged twice; the duplicate was voided.
    ledger.add(
        invoice(
            "INV-1050", "ACC-1002", LocalDate.of(2025, 1, 1), "57.00", "EUR", InvoiceStatus.PAID,
            "Extra storage, Q1"));
    ledger.add(
        invoice(
            "INV-1051", "ACC-1002", LocalDate.of(2025, 1, 2), "57.00", "EUR", InvoiceStatus.VOID,
            "Extra storage, Q1 (duplicate)"));
    ledger.add(
        invoice(
            "INV-1052", "ACC-1002", LocalDate.of(2025, 4, 1), "57.00", "EUR", InvoiceStatus.PAID,
            "Extra storage, Q2"));

    ledger.add(
        invoice(
            "INV-2040", "ACC-2001", LocalDate.of(2025, 5, 1), "1960.00", "USD", InvoiceStatus.PAID,
            "Business plan, 40 seats, MAY"));
    ledger.add(
        invoice(
            "INV-2041", "ACC-2001", LocalDate.of(2025, 6, 1), "1960.00", "USD", InvoiceStatus.OPEN,
            "Business plan, 40 seats, JUNE"));
    ledger.add(
        invoice(
            "INV-3001", "ACC-3001", LocalDate.of(2025, 7, 1), "19.00", "EUR", InvoiceStatus.DRAFT,
            "Starter plan, 1 seat, JULY"));

    tickets.add(
        new Ticket(
            "T-4987", ANA.value(), "normal", "Cannot export the April report as PDF",
            "The export button spins and nothing is downloaded. Chrome 126 on macOS.",
            TicketStatus.CLOSED, utc(2025, 4, 22, 14, 5)));
    tickets.add(
        new Ticket(
            "T-4996", BEN.value(), "high", "Seats not released after offboarding",
            "We removed 6 users on 2 June but still pay for 40 seats.",
            TicketStatus.IN_PROGRESS, utc(2025, 6, 3, 8, 12)));
  }

  private static Invoice invoice(
      String id, String accountId, LocalDate issued, String amount, String currency,
      InvoiceStatus status, String description) {
    return new Invoice(
        id, accountId, issued, issued.plusDays(30), new BigDecimal(amount), currency, status,
        BigDecimal.ZERO, description);
  }

  /**
   * An instant of the sample's time line, from its fields in UTC rather than parsed from text: the
   * first parse of a JVM starts java.time's formatting machinery, about a hundred classes.
   */
  private static Instant utc(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).toInstant(ZoneOffset.UTC);
  }
}
