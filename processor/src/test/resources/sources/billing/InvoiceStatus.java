package billing;

/** Invoice status. */
public enum InvoiceStatus {
  /** Not yet paid. */
  OPEN,
  /** Settled in full. */
  PAID,
  VOID
}
