package billing;

import io.toolwright.ToolException;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A refund of part or all of an invoice.
 *
 * @param invoiceId the invoice to refund
 * @param amount how much to refund; at most the invoice's total
 * @param reason why, in the customer's words
 */
public record RefundRequest(
    @NotBlank String invoiceId,
    @DecimalMin("0.01") BigDecimal amount,
    @Size(max = 500) String reason) {

  public RefundRequest {
    if (invoiceId != null && invoiceId.startsWith("X")) {
      // A ToolException's message is written for the model, and reaches it.
      throw new ToolException("invoice ids never start with X");
    }
  }
}
