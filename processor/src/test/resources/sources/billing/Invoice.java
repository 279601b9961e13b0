package billing;

import java.util.List;

/**
 * An invoice sent to a customer.
 *
 * @param id the invoice number, e.g. INV-2041
 * @param status where the invoice stands
 * @param lines what was billed
 */
public record Invoice(String id, InvoiceStatus status, List<Line> lines) {}
