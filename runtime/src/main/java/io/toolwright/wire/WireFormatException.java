package io.toolwright.wire;

/**
 * A provider response that cannot be read as a model turn, or a call that cannot be answered: no
 * {@code choices}, no {@code candidates}, a tool call without the id its result must carry. A call
 * that can be answered never throws this: bad arguments or an unknown name become a structured
 * error result when the call is executed.
 */
public final class WireFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String pointer;

  WireFormatException(String pointer, String message) {
    super(message + (pointer.isEmpty() ? "" : " (at " + pointer + ")"));
    this.pointer = pointer;
  }

  /** Where in the response the problem is, as a JSON pointer; empty for the whole response. */
  public String pointer() {
    return pointer;
  }
}
