package io.toolwright.sample;

/** Where a support ticket is in its life. */
public enum TicketStatus {
  /** Waiting for a support agent. */
  OPEN,
  /** An agent is working on it. */
  IN_PROGRESS,
  /** Answered, waiting for the customer. */
  WAITING_ON_CUSTOMER,
  /** Resolved and closed. */
  CLOSED
}
