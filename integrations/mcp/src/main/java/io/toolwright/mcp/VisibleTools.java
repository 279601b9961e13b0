package io.toolwright.mcp;

import io.toolwright.ToolRegistry;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The names of the tools one {@code tools/list} request may see, worked out on the first tool the
 * SDK's list filter asks about and kept for the others of the same request (one per HTTP request,
 * in its transport context), so the {@link ContextProvider} and the permissions run once per list.
 */
final class VisibleTools {
  private ToolRegistry registry;
  private Set<String> names;

  synchronized Set<String> names(ToolRegistry current, Supplier<Set<String>> permitted) {
    if (registry != current) {
      names = permitted.get();
      registry = current;
    }
    return names;
  }
}
