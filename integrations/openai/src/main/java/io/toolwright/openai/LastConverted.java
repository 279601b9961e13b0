package io.toolwright.openai;

import io.toolwright.RenderedTools;
import java.util.function.Function;

/**
 * The SDK's tool objects for the last {@link RenderedTools} a client was given, kept by
 * identity: a {@code ModelLoop} hands its client the same instance every round, so the tools are
 * converted once per loop, not once per request. Thread-safe; a client given another rendering
 * converts that one.
 */
final class LastConverted<T> {
  private final Function<RenderedTools, T> convert;
  private volatile Entry<T> last;

  private record Entry<T>(RenderedTools source, T converted) {}

  LastConverted(Function<RenderedTools, T> convert) {
    this.convert = convert;
  }

  T of(RenderedTools tools) {
    Entry<T> entry = last;
    if (entry == null || entry.source() != tools) {
      entry = new Entry<>(tools, convert.apply(tools));
      last = entry;
    }
    return entry.converted();
  }
}
