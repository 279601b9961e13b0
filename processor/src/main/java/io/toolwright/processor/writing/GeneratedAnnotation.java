package io.toolwright.processor.writing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.ModuleElement.RequiresDirective;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Whether a generated class may carry {@code @javax.annotation.processing.Generated}. That
 * annotation lives in the module {@code java.compiler}, which a named module does not read unless
 * it requires it: writing it into such a module's sources would fail its build with "package
 * javax.annotation.processing is not visible". So it is written only where it compiles (the
 * unnamed module, or a module reading {@code java.compiler}), and never when the option {@code
 * toolwright.generatedAnnotation} is {@code false}.
 */
public final class GeneratedAnnotation {

  private static final String JAVA_COMPILER = "java.compiler";

  private final Elements elements;
  private final boolean enabled;

  /**
   * @param enabled {@code false} when the option {@code toolwright.generatedAnnotation} says so
   */
  public GeneratedAnnotation(Elements elements, boolean enabled) {
    this.elements = elements;
    this.enabled = enabled;
  }

  /** Whether the class generated for {@code type} gets the annotation. */
  boolean isWrittenFor(TypeElement type) {
    if (!enabled) {
      return false;
    }
    ModuleElement module = elements.getModuleOf(type);
    return module == null || module.isUnnamed() || reads(module, JAVA_COMPILER);
  }

  /**
   * Whether {@code module} reads {@code name}: requires it (also {@code static}, which is enough at
   * compile time), or requires a module that requires it transitively, such as {@code java.se}.
   */
  static boolean reads(ModuleElement module, String name) {
    Deque<ModuleElement> pending = new ArrayDeque<>();
    for (RequiresDirective requires : ElementFilter.requiresIn(module.getDirectives())) {
      pending.add(requires.getDependency());
    }
    Set<String> seen = new HashSet<>();
    while (!pending.isEmpty()) {
      ModuleElement next = pending.pop();
      String nextName = next.getQualifiedName().toString();
      if (nextName.equals(name)) {
        return true;
      }
      if (!seen.add(nextName)) {
        continue;
      }
      for (RequiresDirective requires : ElementFilter.requiresIn(next.getDirectives())) {
        if (requires.isTransitive()) {
          pending.add(requires.getDependency());
        }
      }
    }
    return false;
  }
}
