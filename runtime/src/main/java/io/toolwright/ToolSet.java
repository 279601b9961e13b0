package io.toolwright;

import io.toolwright.dispatch.ToolBinding;
import io.toolwright.dispatch.ValidatedClasses;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The tools of one annotated class bound to one instance of it. Made by a generated {@code
 * <Class>Tools.bind(instance)}; combined into a {@link ToolRegistry}. A value: equal when source,
 * bindings, retired tools and {@linkplain #validatedClasses() validated classes} are.
 *
 * <p>A final class rather than a record, so that it can gain properties without breaking callers.
 */
public final class ToolSet {

  private final String source;
  private final List<ToolBinding> bindings;
  private final List<RetiredTool> retired;

  /**
   * Every class Bean Validation may be asked to check for these tools, or {@code null} when the
   * set does not say (made by hand, or by an older processor).
   */
  private final Set<Class<?>> validatedClasses;

  /**
   * Names the validated classes when asked, in place of {@link #validatedClasses}; {@code null}
   * unless the set was made with {@link #validating(ValidatedClasses)}.
   */
  private final ValidatedClasses namedWhenAsked;

  ToolSet(String source, List<ToolBinding> bindings, List<RetiredTool> retired) {
    this(source, bindings, retired, null, null);
  }

  private ToolSet(
      String source,
      List<ToolBinding> bindings,
      List<RetiredTool> retired,
      Set<Class<?>> validatedClasses,
      ValidatedClasses namedWhenAsked) {
    this.source = Objects.requireNonNull(source, "source");
    this.bindings = List.copyOf(bindings);
    this.retired = List.copyOf(retired);
    this.validatedClasses = validatedClasses;
    this.namedWhenAsked = namedWhenAsked;
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

  /**
   * Called by generated code: a copy that names every class Bean Validation may be asked to check
   * for these tools: the generated arguments class of each tool whose arguments carry a constraint
   * or {@code @Valid}, and every record or bean those arguments can hold. The registry's default
   * validator for the set is then built for exactly these classes (Hibernate Validator's
   * predefined scope), none at all when no set names a class, and an arguments object of a class
   * no set named is refused, never passed unchecked.
   *
   * @param classes the classes; empty when no tool of the set has a constraint
   */
  public ToolSet validating(List<Class<?>> classes) {
    return new ToolSet(source, bindings, retired, named(classes), null);
  }

  /**
   * Called by generated code ({@link io.toolwright.dispatch.GeneratedApi} 6): as {@link
   * #validating(List)}, with the classes named by {@code classes} when a registry first needs them
   * (its first call), not now. A class literal loads its class, so a list written in {@code bind}
   * loaded every arguments class in an application that only asked for definitions.
   *
   * @param classes answers the same classes {@link #validating(List)} would have been given
   */
  public ToolSet validating(ValidatedClasses classes) {
    return new ToolSet(
        source, bindings, retired, null, Objects.requireNonNull(classes, "classes"));
  }

  private static Set<Class<?>> named(List<Class<?>> classes) {
    Set<Class<?>> named = new LinkedHashSet<>();
    for (Class<?> type : classes) {
      named.add(Objects.requireNonNull(type, "class"));
    }
    return Collections.unmodifiableSet(named);
  }

  /**
   * The classes {@link #validating} named; empty when the set does not say, in which case a
   * registry holding it builds its default validator for any class, as before. For a set made
   * with {@link #validating(ValidatedClasses)}, asking loads the classes.
   */
  public Optional<Set<Class<?>>> validatedClasses() {
    if (namedWhenAsked != null) {
      return Optional.of(named(namedWhenAsked.validatedClasses()));
    }
    return Optional.ofNullable(validatedClasses);
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
        && retired.equals(that.retired)
        && validatedClasses().equals(that.validatedClasses());
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, bindings, retired, validatedClasses());
  }

  /** The source and the tools' names. */
  @Override
  public String toString() {
    List<String> names = definitions().stream().map(ToolDefinition::name).toList();
    return "ToolSet[source=" + source + ", tools=" + names + "]";
  }
}
