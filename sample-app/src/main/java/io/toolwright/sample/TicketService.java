package io.toolwright.sample;

import io.toolwright.annotation.Context;
import io.toolwright.annotation.Effect;
import io.toolwright.annotation.Tool;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Support tickets of the signed-in customer, for what the assistant cannot solve itself. */
public class TicketService {

  private final TicketQueue queue;
  private final ActivityLog activity;
  private final Clock clock;

  public TicketService(TicketQueue queue, ActivityLog activity, Clock clock) {
    this.queue = queue;
    this.activity = activity;
    this.clock = clock;
  }

  /**
   * Opens a support ticket for a human agent, for requests the assistant cannot complete itself.
   * Returns the new ticket with its number, to quote to the customer.
   *
   * @param customer the signed-in customer
   * @param priority how urgent the request is; urgent only when the customer cannot work at all
   * @param subject a one-line summary an agent can triage from
   * @param body the full request, with invoice or account numbers where they matter
   */
  @Tool(effect = Effect.WRITE)
  public Ticket createTicket(
      @Context CustomerId customer,
      @io.toolwright.annotation.Enum({"low", "normal", "high", "urgent"}) String priority,
      @NotBlank @Size(min = 5, max = 120) String subject,
      @NotBlank @Size(max = 4000) String body) {
    activity.record(customer, "create_ticket", priority);
    return queue.open(customer, priority, subject, body, clock.instant());
  }

  /**
   * Lists the customer's support tickets, newest first.
   *
   * @param customer the signed-in customer
   * @param status only tickets with this status; leave out for all tickets
   */
  @Tool(effect = Effect.READ_ONLY)
  public List<Ticket> listTickets(@Context CustomerId customer, Optional<TicketStatus> status) {
    activity.record(customer, "list_tickets", status.map(Enum::name).orElse("any"));
    return queue.of(customer).stream()
        .filter(ticket -> status.isEmpty() || ticket.status() == status.get())
        .toList();
  }
}
