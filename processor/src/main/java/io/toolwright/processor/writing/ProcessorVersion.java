package io.toolwright.processor.writing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The processor's own version, from a resource Maven fills in at build time. Generated code hands it
 * to the runtime's version check, so that a mismatch names the processor that wrote the code.
 */
public final class ProcessorVersion {

  private static final String RESOURCE = "/io/toolwright/processor/processor.properties";

  private static final String VERSION = read();

  private ProcessorVersion() {}

  /** The version, such as {@code 0.1.0}; {@code unknown} when the resource is missing. */
  public static String get() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = ProcessorVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
