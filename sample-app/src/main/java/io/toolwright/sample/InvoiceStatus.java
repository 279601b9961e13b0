package io.toolwright.sample;

/** Where an invoice is in its life. */
public enum InvoiceStatus {
  /** Prepared for the next billing run; not yet sent and not yet owed. */
  DRAFT,
  /** Sent and not yet due. */
  OPEN,
  /** Past its due date and not paid. */
  OVERDUE,
  /** Paid in full; may have been partly refunded since. */
  PAID,
  /** Cancelled; nothing is owed. */
  VOID
}
