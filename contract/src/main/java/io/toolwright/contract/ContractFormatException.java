package io.toolwright.contract;

/** A resource or lock file that cannot be read as Toolwright wrote it; the message names the file. */
public final class ContractFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ContractFormatException(String message) {
    super(message);
  }

  public ContractFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
