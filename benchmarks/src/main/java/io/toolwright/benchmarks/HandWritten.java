package io.toolwright.benchmarks;

import io.toolwright.sample.CustomerId;
import io.toolwright.sample.DateRange;
import io.toolwright.sample.InvoiceStatus;
import io.toolwright.sample.SupportDesk;
import java.time.LocalDate;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline every tool runtime is measured against: the least a hand-written dispatcher does to
 * answer a model's call. It parses the arguments' text into a Jackson tree, reads each argument
 * from it, calls the service method directly and writes the result as JSON bytes. It checks nothing
 * (no types, no required arguments, no limits, no Bean Validation): a wrong argument throws
 * whatever Jackson or the method throws, or reaches the method.
 *
 * <p>{@code PeersAgreeTest} checks that it answers the same calls with the same JSON as the
 * registry, so that the two do the same work.
 */
public final class HandWritten {

  private final JsonMapper mapper = JsonMapper.builder().build();
  private final SupportDesk desk;
  private final Arithmetic arithmetic;

  public HandWritten(SupportDesk desk, Arithmetic arithmetic) {
    this.desk = desk;
    this.arithmetic = arithmetic;
  }

  /** {@code get_balance}: a pattern-checked account id and a boolean, in the registry. */
  public byte[] getBalance(CustomerId customer, String arguments) {
    JsonNode tree = mapper.readTree(arguments);
    return mapper.writeValueAsBytes(
        desk.accountService()
            .getBalance(
                customer,
                tree.get("accountId").stringValue(),
                tree.get("includeUpcoming").booleanValue()));
  }

  /** {@code list_invoices}: an optional enum, an optional nested record, two bounded integers. */
  public byte[] listInvoices(CustomerId customer, String arguments) {
    JsonNode tree = mapper.readTree(arguments);
    JsonNode status = tree.get("status");
    JsonNode range = tree.get("issuedBetween");
    return mapper.writeValueAsBytes(
        desk.billingService()
            .listInvoices(
                customer,
                status == null
                    ? Optional.empty()
                    : Optional.of(InvoiceStatus.valueOf(status.stringValue())),
                range == null
                    ? Optional.empty()
                    : Optional.of(
                        new DateRange(
                            LocalDate.parse(range.get("from").stringValue()),
                            LocalDate.parse(range.get("to").stringValue()))),
                tree.get("pageSize").intValue(),
                tree.get("page").intValue()));
  }

  /** {@code add}: two integers. */
  public byte[] add(String arguments) {
    JsonNode tree = mapper.readTree(arguments);
    return mapper.writeValueAsBytes(
        arithmetic.add(tree.get("a").intValue(), tree.get("b").intValue()));
  }
}
