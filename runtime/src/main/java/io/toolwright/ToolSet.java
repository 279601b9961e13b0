package io.toolwright;

import io.toolwright.dispatch.ToolBinding;
import java.util.List;
import java.util.Objects;

/**
 * The tools of one annotated class bound to one instance of it. Made by a generated
 * {@code <Class>Tools.bind(instance)}; combined into a {@link ToolRegistry}.
 *
 * @param source the qualified name of the annotated class
 * @param bindings its tools, in declaration order
 */
public record ToolSet(String source, List<ToolBinding> bindings) {
  public ToolSet {
    Objects.requireNonNull(source, "source");
    bindings = List.copyOf(bindings);
  }

  /** The definitions of the tools in this set, in declaration order. */
  public List<ToolDefinition> definitions() {
    return bindings.stream().map(ToolBinding::definition).toList();
  }
}
