package conversion;

import io.toolwright.ToolException;

/**
 * A quantity whose constructor fails in every way a constructor can.
 *
 * @param n how many
 */
public record Qty(int n) {
  public Qty {
    switch (n) {
      case -1 -> throw new IllegalArgumentException(
          "pricing service at https://admin:hunter2@pricing.internal refused n=" + n + "\nsee log");
      case 7 -> Integer.parseInt("db-password=hunter2");
      case 8 -> throw new ToolException("8 is sold out,\nask\u2028for\u202Eless " + "x".repeat(300));
      case 9 -> throw new ToolException(null);
      case 10 -> throw new IllegalArgumentException();
      case 13 -> throw new AssertionError("unlucky hunter2");
      case 14 -> throw new IllegalStateException("hunter2") {};
      case 99 -> throw new OutOfMemoryError("fatal");
      default -> {}
    }
  }
}
