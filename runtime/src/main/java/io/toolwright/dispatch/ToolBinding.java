package io.toolwright.dispatch;

import io.toolwright.ToolDefinition;
import java.util.List;
import java.util.Objects;

/**
 * A tool's definition bound to the code that runs it. Made by generated code. A value: equal when
 * definition, context names and invoker are (the invoker by identity).
 *
 * <p>A final class rather than a record, so that it can gain properties without breaking generated
 * code already compiled.
 */
@ForGeneratedCode
public final class ToolBinding {

  private final ToolDefinition definition;
  private final List<String> contextNames;
  private final ToolInvoker invoker;

  ToolBinding(ToolDefinition definition, List<String> contextNames, ToolInvoker invoker) {
    this.definition = Objects.requireNonNull(definition, "definition");
    this.contextNames = List.copyOf(contextNames);
    this.invoker = Objects.requireNonNull(invoker, "invoker");
  }

  /**
   * @param definition what the model is told
   * @param contextNames the names of the tool's {@code @Context} values; a model argument with one
   *     of these names is rejected with a message saying the application sets it
   * @param invoker converts arguments and prepares the call
   */
  public static ToolBinding of(
      ToolDefinition definition, List<String> contextNames, ToolInvoker invoker) {
    return new ToolBinding(definition, contextNames, invoker);
  }

  /** What the model is told. */
  public ToolDefinition definition() {
    return definition;
  }

  /** The names of the tool's {@code @Context} values. */
  public List<String> contextNames() {
    return contextNames;
  }

  /** Converts arguments and prepares the call. */
  public ToolInvoker invoker() {
    return invoker;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ToolBinding that
        && definition.equals(that.definition)
        && contextNames.equals(that.contextNames)
        && invoker.equals(that.invoker);
  }

  @Override
  public int hashCode() {
    return Objects.hash(definition, contextNames, invoker);
  }

  @Override
  public String toString() {
    return "ToolBinding[tool=" + definition.name() + ", contextNames=" + contextNames + "]";
  }
}
