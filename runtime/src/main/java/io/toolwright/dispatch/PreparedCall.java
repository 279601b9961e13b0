package io.toolwright.dispatch;

/**
 * A tool call whose arguments are converted but not yet validated: the executor checks
 * {@link #arguments()} with Bean Validation and only then {@link #invoke()}s.
 */
@ForGeneratedCode
public final class PreparedCall {

  /** The body of a tool call that returns a value. */
  @FunctionalInterface
  public interface ValueCall {
    Object call() throws Exception;
  }

  /** The body of a tool call to a {@code void} method. */
  @FunctionalInterface
  public interface VoidCall {
    void call() throws Exception;
  }

  private final Object arguments;
  private final ValueCall body;
  private final boolean returnsVoid;

  private PreparedCall(Object arguments, ValueCall body, boolean returnsVoid) {
    this.arguments = arguments;
    this.body = body;
    this.returnsVoid = returnsVoid;
  }

  /**
   * @param arguments the generated object holding the model-supplied arguments that carry Bean
   *     Validation annotations (the others reach the call from locals), or {@code null} when there
   *     is nothing to check: the tool takes no arguments, or none carries a constraint or {@code
   *     @Valid} (decided by the processor, so that such a call skips Bean Validation)
   */
  public static PreparedCall returning(Object arguments, ValueCall body) {
    return new PreparedCall(arguments, body, false);
  }

  /** Like {@link #returning} for a {@code void} method. */
  public static PreparedCall ofVoid(Object arguments, VoidCall body) {
    return new PreparedCall(
        arguments,
        () -> {
          body.call();
          return null;
        },
        true);
  }

  /** What Bean Validation checks before the call; {@code null} when there is nothing to check. */
  public Object arguments() {
    return arguments;
  }

  /** Whether the tool's method is {@code void}. */
  public boolean returnsVoid() {
    return returnsVoid;
  }

  /** Calls the tool's method. */
  public Object invoke() throws Exception {
    return body.call();
  }
}
