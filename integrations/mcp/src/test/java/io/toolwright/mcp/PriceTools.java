package io.toolwright.mcp;

import io.toolwright.annotation.Effect;
import io.toolwright.annotation.Tool;
import java.math.BigDecimal;

/** A tool whose result has a decimal a double cannot hold and members out of alphabetical order. */
public class PriceTools {

  /**
   * A quote.
   *
   * @param sku the product
   * @param amount the price
   * @param currency the ISO 4217 code
   * @param seats how many seats
   */
  public record Quote(String sku, BigDecimal amount, String currency, int seats) {}

  /** The price of a very large order. */
  @Tool(effect = Effect.READ_ONLY)
  public Quote quote() {
    return new Quote("SKU-9", new BigDecimal("12345678901234567.89"), "EUR", 5);
  }
}
