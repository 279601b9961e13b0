package io.toolwright;

/**
 * A failure whose message is meant for the model: "invoice INV-0001 is already refunded", "the
 * account is closed". Throw it from a tool when the model can act on the reason.
 *
 * <p>Any other exception a tool throws also becomes a {@link ErrorCode#TOOL_FAILED} result, but
 * only its class's simple name reaches the model: exception messages from drivers and libraries can
 * hold connection strings, queries or personal data, and nothing secret may go into an error.
 */
public class ToolException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ToolException(String message) {
    super(message);
  }

  public ToolException(String message, Throwable cause) {
    super(message, cause);
  }
}
