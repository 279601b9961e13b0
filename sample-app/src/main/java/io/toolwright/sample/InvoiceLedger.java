package io.toolwright.sample;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Invoices and the refunds paid against them, in memory. Thread-safe. */
public final class InvoiceLedger {

  private final Map<String, Invoice> invoices = new LinkedHashMap<>();
  private final List<Refund> refunds = new ArrayList<>();

  public synchronized void add(Invoice invoice) {
    invoices.put(invoice.id(), invoice);
  }

  public synchronized Optional<Invoice> find(String invoiceId) {
    return Optional.ofNullable(invoices.get(invoiceId));
  }

  /**
   * The invoices of the given accounts, newest first. A loop and a comparator class, not a stream
   * and composed comparators: it runs on a tool's first call, where each new stream pipeline and
   * lambda costs a cold JVM classes spun or loaded (the start-up figures in {@code benchmarks/}).
   */
  public synchronized List<Invoice> ofAccounts(Collection<String> accountIds) {
    Set<String> wanted = Set.copyOf(accountIds);
    List<Invoice> found = new ArrayList<>();
    for (Invoice invoice : invoices.values()) {
      if (wanted.contains(invoice.accountId())) {
        found.add(invoice);
      }
    }
    found.sort(NewestFirst.ORDER);
    return List.copyOf(found);
  }

  /** Newest issued first; of two issued at once, the greater id first. */
  private static final class NewestFirst implements Comparator<Invoice> {
    static final NewestFirst ORDER = new NewestFirst();

    @Override
    public int compare(Invoice a, Invoice b) {
      int issued = b.issued().compareTo(a.issued());
      return issued != 0 ? issued : b.id().compareTo(a.id());
    }
  }

  /**
   * Pays back {@code amount} of a paid invoice, atomically with the check that that much is still
   * refundable.
   *
   * @throws IllegalStateException if the invoice is not paid or the amount exceeds what is left
   */
  public synchronized Refund refund(String invoiceId, BigDecimal amount, String reason, Instant at) {
    Invoice invoice = invoices.get(invoiceId);
    if (invoice == null) {
      throw new IllegalStateException("no invoice " + invoiceId);
    }
    if (invoice.status() != InvoiceStatus.PAID) {
      throw new IllegalStateException(
          "Invoice " + invoiceId + " is " + invoice.status() + "; only paid invoices can be refunded");
    }
    BigDecimal refundable = invoice.refundable();
    if (amount.compareTo(refundable) > 0) {
      throw new IllegalStateException(
          "at most "
              + refundable.toPlainString()
              + " "
              + invoice.currency()
              + " of invoice "
              + invoiceId
              + " can still be refunded");
    }
    Invoice after = invoice.withRefund(amount);
    invoices.put(invoiceId, after);
    Refund refund =
        new Refund(
            String.format("RF-%04d", refunds.size() + 1),
            invoiceId,
            amount,
            invoice.currency(),
            reason,
            at,
            after.refundable());
    refunds.add(refund);
    return refund;
  }

  public synchronized List<Refund> refunds() {
    return List.copyOf(refunds);
  }
}
