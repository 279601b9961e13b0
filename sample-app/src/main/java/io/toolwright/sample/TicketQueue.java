package io.toolwright.sample;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Support tickets, in memory. Thread-safe. */
public final class TicketQueue {

  private final List<Ticket> tickets = new ArrayList<>();
  private int nextNumber = 5001;

  /** Adds an existing ticket, for seeding. */
  public synchronized void add(Ticket ticket) {
    tickets.add(ticket);
    nextNumber = Math.max(nextNumber, Integer.parseInt(ticket.id().substring(2)) + 1);
  }

  public synchronized Ticket open(
      CustomerId customer, String priority, String subject, String body, Instant at) {
    Ticket ticket =
        new Ticket(
            "T-" + nextNumber++, customer.value(), priority, subject, body, TicketStatus.OPEN, at);
    tickets.add(ticket);
    return ticket;
  }

  /** The customer's tickets, newest first. */
  public synchronized List<Ticket> of(CustomerId customer) {
    List<Ticket> owned = new ArrayList<>();
    for (int i = tickets.size() - 1; i >= 0; i--) {
      if (tickets.get(i).customerId().equals(customer.value())) {
        owned.add(tickets.get(i));
      }
    }
    return owned;
  }
}
