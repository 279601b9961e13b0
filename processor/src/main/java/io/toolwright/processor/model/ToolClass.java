package io.toolwright.processor.model;

import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * A class declaring tools, read and validated: everything the schema and writing layers need, and
 * nothing they would have to check again.
 *
 * @param tools in declaration order
 * @param types the records and beans the tools' parameters use, directly or nested
 */
public record ToolClass(TypeElement element, List<ToolMethod> tools, TypeCatalog types) {

  public ToolClass {
    tools = List.copyOf(tools);
  }

  public String qualifiedName() {
    return element.getQualifiedName().toString();
  }

  /**
   * The simple name of the generated class: {@code FooTools}, or {@code Outer_InnerTools} for a
   * nested class, so that two nested classes of the same name cannot collide.
   */
  public String toolsClassName() {
    return toolsClassName(element);
  }

  /** {@link #toolsClassName()} of a class not read yet. */
  public static String toolsClassName(TypeElement element) {
    StringBuilder name = new StringBuilder(element.getSimpleName());
    for (Element outer = element.getEnclosingElement();
        outer instanceof TypeElement type;
        outer = type.getEnclosingElement()) {
      name.insert(0, type.getSimpleName() + "_");
    }
    return name + "Tools";
  }

  /** Whether every tool is a static method, so no instance is needed to bind them. */
  public boolean allStatic() {
    return tools.stream().allMatch(ToolMethod::isStatic);
  }
}
