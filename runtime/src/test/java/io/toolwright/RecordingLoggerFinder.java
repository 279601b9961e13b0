package io.toolwright;

import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The test JVM's {@link System.LoggerFinder} (installed through {@code META-INF/services}): it
 * records what is logged to the logger named {@code io.toolwright} and drops everything else, so a
 * test can see what the runtime logs through {@link System.Logger} without a logging library.
 */
public final class RecordingLoggerFinder extends System.LoggerFinder {

  /** One record: the level, the message and the throwable, if any. */
  record Entry(System.Logger.Level level, String message, Throwable thrown) {}

  static final List<Entry> RECORDED = new CopyOnWriteArrayList<>();

  public RecordingLoggerFinder() {}

  @Override
  public System.Logger getLogger(String name, Module module) {
    return new Recording(name);
  }

  /** The entries recorded so far whose message contains {@code text}. */
  static List<Entry> containing(String text) {
    return RECORDED.stream().filter(entry -> entry.message().contains(text)).toList();
  }

  private static final class Recording implements System.Logger {
    private final String name;

    Recording(String name) {
      this.name = name;
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public boolean isLoggable(Level level) {
      return name.equals("io.toolwright");
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
      if (isLoggable(level)) {
        RECORDED.add(new Entry(level, message, thrown));
      }
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
      if (isLoggable(level)) {
        RECORDED.add(
            new Entry(
                level,
                params == null || params.length == 0
                    ? format
                    : java.text.MessageFormat.format(format, params),
                null));
      }
    }

    @Override
    public void log(Level level, Supplier<String> message, Throwable thrown) {
      if (isLoggable(level)) {
        RECORDED.add(new Entry(level, message.get(), thrown));
      }
    }
  }
}
