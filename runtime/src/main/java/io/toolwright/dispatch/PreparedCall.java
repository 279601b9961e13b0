package io.toolwright.dispatch;

/**
 * A tool call whose arguments are converted but not yet validated: the executor checks
 * {@link #arguments()} with Bean Validation and only then {@link #invoke()}s, then writes what it
 * returned, with the {@link #resultWriter()} the processor generated when there is one.
 *
 * <p>Code generated for {@link GeneratedApi} 5 makes it with {@link #calling}, {@link
 * #callingWritten} or {@link #callingVoid}: the converted values and the generated invoker that
 * calls the method with them. Older generated code passes a lambda ({@link #returning}, {@link
 * #ofVoid}); both run.
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
  // Either body (generated code of API 1 to 4) or caller and values (API 5).
  private final ValueCall<?> body;
  private final MethodCaller caller;
  private final Object[] values;
  private final boolean returnsVoid;
  private final JsonWriters.Writer<Object> resultWriter;

  private PreparedCall(
      Object arguments,
      ValueCall<?> body,
      boolean returnsVoid,
      JsonWriters.Writer<Object> resultWriter) {
    this(arguments, body, null, null, returnsVoid, resultWriter);
  }

  private PreparedCall(
      Object arguments,
      ValueCall<?> body,
      MethodCaller caller,
      Object[] values,
      boolean returnsVoid,
      JsonWriters.Writer<Object> resultWriter) {
    this.arguments = arguments;
    this.body = body;
    this.caller = caller;
    this.values = values;
    this.returnsVoid = returnsVoid;
    this.resultWriter = resultWriter;
  }

  /**
   * A call of a method that returns a value, which the registry's mapper writes; the method is
   * called by {@code caller.call(values)} (since {@link GeneratedApi} 5).
   *
   * @param arguments as for {@link #returning(Object, ValueCall)}
   * @param caller the generated invoker of the tool
   * @param values the converted arguments, in the method's parameter order
   */
  public static PreparedCall calling(Object arguments, MethodCaller caller, Object... values) {
    return new PreparedCall(arguments, null, caller, values, false, null);
  }

  /**
   * Like {@link #calling}, with the generated writer of the method's return value (see {@link
   * #returning(Object, ValueCall, JsonWriters.Writer)}); the generated invoker is usually both.
   */
  public static PreparedCall callingWritten(
      Object arguments,
      MethodCaller caller,
      JsonWriters.Writer<Object> resultWriter,
      Object... values) {
    return new PreparedCall(arguments, null, caller, values, false, resultWriter);
  }

  /** Like {@link #calling} for a {@code void} method. */
  public static PreparedCall callingVoid(Object arguments, MethodCaller caller, Object... values) {
    return new PreparedCall(arguments, null, caller, values, true, null);
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
    return body != null ? body.call() : caller.call(values);
  }
}
