package io.toolwright;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** A service with tools, counting every call so tests can prove a method was not called. */
final class Billing {

  record Balance(String accountId, long customer, BigDecimal amount, LocalDate asOf) {}

  record Invoice(String id, String status) {}

  record Filter(String status, LocalDate from, LocalDate to) {}

  record Line(String sku, int quantity) {}

  final AtomicInteger calls = new AtomicInteger();
  final List<String> log = new ArrayList<>();

  Balance getBalance(long customer, String accountId) {
    calls.incrementAndGet();
    log.add("get_balance " + customer + " " + accountId);
    return new Balance(accountId, customer, new BigDecimal("120.50"), LocalDate.of(2025, 1, 31));
  }

  List<Invoice> findInvoices(
      long customer,
      Filter filter,
      Integer limit,
      Set<String> tags,
      Map<String, Integer> weights,
      String note) {
    calls.incrementAndGet();
    log.add(
        "find_invoices " + filter.status() + " " + limit + " " + tags + " " + weights + " " + note);
    return List.of(new Invoice("INV-0001", filter.status()));
  }

  void refundInvoice(String invoiceId, BigDecimal amount, String reason, List<Line> lines) {
    calls.incrementAndGet();
    log.add("refund_invoice " + invoiceId + " " + amount + " " + reason + " " + lines);
  }

  String ping() {
    calls.incrementAndGet();
    log.add("ping");
    return "pong";
  }

  int calls() {
    return calls.get();
  }
}
