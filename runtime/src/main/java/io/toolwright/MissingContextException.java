package io.toolwright;

/**
 * The application did not supply a {@link io.toolwright.annotation.Context @Context} value a tool needs. A bug in the
 * application, not in the model's call: the executor reports it as {@link ErrorCode#TOOL_FAILED}
 * without calling the tool.
 */
public final class MissingContextException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MissingContextException(String message) {
    super(message);
  }
}
