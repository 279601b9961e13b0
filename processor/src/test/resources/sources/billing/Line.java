package billing;

import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * One line of an invoice.
 *
 * @param label what was sold
 * @param amount the price, in the invoice's currency
 */
public record Line(String label, @PositiveOrZero BigDecimal amount) {}
