package io.toolwright;

/**
 * The application did not supply a {@link io.toolwright.annotation.Context @Context} value a tool
 * needs, or supplied one of another type. A bug in the application, not in the model's call: the
 * executor reports it as {@link ErrorCode#TOOL_FAILED} without calling the tool, naming the value's
 * {@linkplain #name() name} (names are chosen by the application and are no secret) but neither the
 * type the tool needs nor the one supplied; this exception's message, for the application's log,
 * says both.
 */
public final class MissingContextException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String name;

  /** A missing value whose name is not known. */
  public MissingContextException(String message) {
    this(null, message);
  }

  /**
   * @param name the name of the context value, as {@link Context @Context} parameters use it
   * @param message for the application: which value, and which type was needed or found
   */
  public MissingContextException(String name, String message) {
    super(message);
    this.name = name;
  }

  /** The name of the missing context value, or {@code null} when not known. */
  public String name() {
    return name;
  }
}
