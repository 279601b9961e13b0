package io.toolwright.spi;

import io.toolwright.Excerpts;
import io.toolwright.ToolCall;
import io.toolwright.ToolDefinition;
import io.toolwright.ToolError;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/** {@link ExecutionListener#logging()}. */
final class LoggingListener implements ExecutionListener {

  static final LoggingListener INSTANCE = new LoggingListener();

  /** What of the model's id and tool name a log line quotes. */
  private static final int QUOTED = 64;

  private LoggingListener() {}

  /**
   * Looked up on the first event, not when a registry is built: finding the logger can start the
   * application's logging, which an application that only lists its tools need not pay for.
   */
  private static final class Holder {
    static final Logger LOGGER = System.getLogger(LOGGER_NAME);
  }

  @Override
  public void onRejected(ToolCall call, ToolError error, Throwable cause) {
    Logger logger = Holder.LOGGER;
    if (logger.isLoggable(Level.DEBUG)) {
      logger.log(
          Level.DEBUG,
          "Call "
              + Excerpts.text(call.id(), QUOTED)
              + " to '"
              + Excerpts.text(call.name(), QUOTED)
              + "' was rejected: "
              + error.code()
              + " "
              + error.message(),
          cause);
    }
  }

  @Override
  public void onToolFailure(ToolCall call, ToolDefinition tool, ToolError error, Throwable cause) {
    Logger logger = Holder.LOGGER;
    if (logger.isLoggable(Level.WARNING)) {
      logger.log(
          Level.WARNING,
          "Tool '"
              + (tool != null ? tool.name() : Excerpts.text(call.name(), QUOTED))
              + "' failed (call "
              + Excerpts.text(call.id(), QUOTED)
              + "): "
              + error.message(),
          cause);
    }
  }
}
