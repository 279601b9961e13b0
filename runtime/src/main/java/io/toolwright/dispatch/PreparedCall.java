package io.toolwright.dispatch;

/**
 * A tool call whose arguments are converted but not yet validated: the executor checks
 * {@link #arguments()} with Bean Validation and only then {@link #invoke()}s, then writes what it
 * returned, with the {@link #resultWriter()} the processor generated when there is one.
 */
@ForGeneratedCode
public final class PreparedCall {

  /** The body of a tool call that returns a value. */
  @FunctionalInterface
  public interface ValueCall<T> {
    T call() throws Exception;
  }

  /** The body of a tool call to a {@code void} method. */
  @FunctionalInterface
  public interface VoidCall {
    void call() throws Exception;
  }

  private final Object arguments;
  private final ValueCall<?> body;
  private final boolean returnsVoid;
  private final JsonWriters.Writer<Object> resultWriter;

  private PreparedCall(
      Object arguments,
      ValueCall<?> body,
      boolean returnsVoid,
      JsonWriters.Writer<Object> resultWriter) {
    this.arguments = arguments;
    this.body = body;
    this.returnsVoid = returnsVoid;
    this.resultWriter = resultWriter;
  }

  /**
   * @param arguments the generated object holding the model-supplied arguments that carry Bean
   *     Validation annotations (the others reach the call from locals), or {@code null} when there
   *     is nothing to check: the tool takes no arguments, or none carries a constraint or {@code
   *     @Valid} (decided by the processor, so that such a call skips Bean Validation)
   */
  public static PreparedCall returning(Object arguments, ValueCall<?> body) {
    return new PreparedCall(arguments, body, false, null);
  }

  /**
   * Like {@link #returning(Object, ValueCall)}, with a writer that writes the method's return value
   * exactly as the registry's default Jackson mapper would (generated for a result type the
   * processor can write that way; since {@link GeneratedApi} 4).
   */
  @SuppressWarnings("unchecked")
  public static <T> PreparedCall returning(
      Object arguments, ValueCall<T> body, JsonWriters.Writer<? super T> resultWriter) {
    return new PreparedCall(
        arguments, body, false, (JsonWriters.Writer<Object>) (JsonWriters.Writer<?>) resultWriter);
  }

  /** Like {@link #returning} for a {@code void} method. */
  public static PreparedCall ofVoid(Object arguments, VoidCall body) {
    return new PreparedCall(arguments, new VoidBody(body), true, null);
  }

  /**
   * A {@code void} body as a value call returning {@code null}. A class, not a lambda: it is made
   * on every application's first call to a {@code void} tool, where a lambda's class would be spun.
   */
  private static final class VoidBody implements ValueCall<Object> {
    private final VoidCall body;

    VoidBody(VoidCall body) {
      this.body = body;
    }

    @Override
    public Object call() throws Exception {
      body.call();
      return null;
    }
  }

  /** What Bean Validation checks before the call; {@code null} when there is nothing to check. */
  public Object arguments() {
    return arguments;
  }

  /** Whether the tool's method is {@code void}. */
  public boolean returnsVoid() {
    return returnsVoid;
  }

  /**
   * The generated writer of the method's return value, or {@code null} when there is none and the
   * registry's mapper writes it. Used only while the registry writes results with its default
   * mapper: an application's mapper or serializer writes every result.
   */
  public JsonWriters.Writer<Object> resultWriter() {
    return resultWriter;
  }

  /** Calls the tool's method. */
  public Object invoke() throws Exception {
    return body.call();
  }
}
