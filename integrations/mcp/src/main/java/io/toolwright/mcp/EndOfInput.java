package io.toolwright.mcp;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Standard input that says when it ends: an MCP host ends a stdio server by closing the server's
 * standard input, so the end of input is the server's signal to close.
 */
final class EndOfInput extends FilterInputStream {
  private final Runnable onEnd;
  private boolean ended;

  EndOfInput(InputStream in, Runnable onEnd) {
    super(in);
    this.onEnd = onEnd;
  }

  @Override
  public int read() throws IOException {
    return check(super.read());
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    return check(super.read(buffer, offset, length));
  }

  private int check(int read) {
    if (read == -1 && !ended) {
      ended = true;
      onEnd.run();
    }
    return read;
  }
}
