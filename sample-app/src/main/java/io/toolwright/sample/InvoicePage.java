package io.toolwright.sample;

import java.util.List;

/**
 * One page of invoices, newest first.
 *
 * @param invoices the invoices on this page
 * @param page the zero-based page number
 * @param pageSize the most invoices a page holds
 * @param totalMatching how many invoices match the filters across all pages
 * @param hasMore whether a later page holds more invoices
 */
public record InvoicePage(
    List<Invoice> invoices, int page, int pageSize, int totalMatching, boolean hasMore) {

  public InvoicePage {
    invoices = List.copyOf(invoices);
  }
}
