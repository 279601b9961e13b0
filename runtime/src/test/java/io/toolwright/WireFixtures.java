package io.toolwright;

/**
 * The billing tools of the runtime's tests for the tests of {@code io.toolwright.wire} and {@code
 * io.toolwright.loop}, whose packages cannot see the package-private {@link BillingTools}.
 */
public final class WireFixtures {

  /** The signed-in customer the billing tools read from the context. */
  public static final ToolContext CUSTOMER_42 = ToolContext.of("customer", 42L);

  private WireFixtures() {}

  /** {@code get_balance}, {@code find_invoices}, {@code refund_invoice} and {@code ping}. */
  public static ToolRegistry billingRegistry() {
    return ToolRegistry.of(BillingTools.bind(new Billing()));
  }

  /**
   * {@code lookup}, {@code update}, {@code upsert} and {@code delete} ({@link ScriptedTools}, each
   * taking {@code {"key": string}} and answering {@code "<tool>:<key>"}) under {@code policy}.
   */
  public static ToolRegistry scriptedRegistry(ExecutionPolicy policy) {
    return ToolRegistry.builder().addAll(new ScriptedTools().bind()).execution(policy).build();
  }

  /** The error of a failed result, or throws if it succeeded. */
  public static ErrorCode errorCode(ToolResult result) {
    if (!(result instanceof ToolResult.Failure failure)) {
      throw new AssertionError("expected a failure, got " + result);
    }
    return failure.error().code();
  }
}
