package io.toolwright.sample;

import java.time.Instant;

/**
 * A support ticket.
 *
 * @param id the ticket number, such as {@code T-5001}
 * @param customerId the customer who opened it
 * @param priority how urgent it is: low, normal, high or urgent
 * @param subject a one-line summary
 * @param body the full request
 * @param status where the ticket is in its life
 * @param openedAt when it was opened
 */
public record Ticket(
    String id,
    String customerId,
    String priority,
    String subject,
    String body,
    TicketStatus status,
    Instant openedAt) {}
