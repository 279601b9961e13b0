package io.toolwright.loop;

import io.toolwright.RenderedTools;
import java.util.Objects;
import java.util.function.Function;

/**
 * A {@link ModelClient}'s conversion of the tools into its SDK's objects, kept for the last {@link
 * RenderedTools} it was given, by identity: a {@link ModelLoop} hands its client the same instance
 * every round, so the tools are converted once per loop, not once per request. A client given
 * another rendering converts that one. Thread-safe: two threads may at worst convert the same
 * rendering twice.
 *
 * <pre>{@code
 * private final ConvertedTools<List<Tool>> sdkTools = new ConvertedTools<>(MySdkTools::of);
 *
 * public JsonNode send(List<JsonNode> conversation, RenderedTools tools) {
 *   request.tools(sdkTools.of(tools));
 *   ...
 * }
 * }</pre>
 *
 * @param <T> the SDK's form of the tools
 */
public final class ConvertedTools<T> {
  private final Function<RenderedTools, T> convert;
  private volatile Entry<T> last;

  private record Entry<T>(RenderedTools source, T converted) {}

  /** Converts with {@code convert}, once per {@link RenderedTools} instance in a row. */
  public ConvertedTools(Function<RenderedTools, T> convert) {
    this.convert = Objects.requireNonNull(convert, "convert");
  }

  /** The SDK's tools for {@code tools}: converted now, or kept from the previous call. */
  public T of(RenderedTools tools) {
    Entry<T> entry = last;
    if (entry == null || entry.source() != tools) {
      entry = new Entry<>(tools, convert.apply(tools));
      last = entry;
    }
    return entry.converted();
  }
}
