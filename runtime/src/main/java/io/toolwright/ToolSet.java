package io.toolwright;

import io.toolwright.dispatch.ToolBinding;
import java.util.List;
import java.util.Objects;

/**
 * The tools of one annotated class bound to one instance of it. Made by a generated {@code
 * <Class>Tools.bind(instance)}; combined into a {@link ToolRegistry}. A value: equal when source
 * and bindings are.
 *
 * <p>A final class rather than a record, so that it can gain properties without breaking callers.
 */
public final class ToolSet {

  private final String source;
  private final List<ToolBinding> bindings;
  private final List<RetiredTool> retired;

  ToolSet(String source, List<ToolBinding> bindings, List<RetiredTool> retired) {
    this.source = Objects.requireNonNull(source, "source");
    this.bindings = List.copyOf(bindings);
    this.retired = List.copyOf(retired);
  }

  /**
   * Called by generated code.
   *
   * @param source the qualified name of the annotated class
   * @param bindings its tools, in declaration order
   */
  public static ToolSet of(String source, List<ToolBinding> bindings) {
    return new ToolSet(source, bindings, List.of());
  }

  /**
   * Called by generated code, for a class with {@code @RetiredTool} declarations.
   *
   * @param retired the tools the class declares retired, in the order written
   */
  public static ToolSet of(String source, List<ToolBinding> bindings, List<RetiredTool> retired) {
    return new ToolSet(source, bindings, retired);
  }

  /** The qualified name of the annotated class. */
  public String source() {
    return source;
  }

  /** Its tools, in declaration order. */
  public List<ToolBinding> bindings() {
    return bindings;
  }

  /** The tools the class declares retired: answered with {@link ErrorCode#RETIRED_TOOL}, never listed. */
  public List<RetiredTool> retired() {
    return retired;
  }

  /** The definitions of the tools in this set, in declaration order. */
  public List<ToolDefinition> definitions() {
    return bindings.stream().map(ToolBinding::definition).toList();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ToolSet that
        && source.equals(that.source)
        && bindings.equals(that.bindings)
        && retired.equals(that.retired);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, bindings, retired);
  }

  /** The source and the tools' names. */
  @Override
  public String toString() {
    List<String> names = definitions().stream().map(ToolDefinition::name).toList();
    return "ToolSet[source=" + source + ", tools=" + names + "]";
  }
}
