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
 * @param retired the tools the class declares retired ({@code @RetiredTool}), in the order written
 */
public record ToolClass(
    TypeElement element, List<ToolMethod> tools, TypeCatalog types, List<RetiredToolDeclaration> retired) {

  public ToolClass {
    tools = List.copyOf(tools);
    retired = List.copyOf(retired);
  }

  public ToolClass(TypeElement element, List<ToolMethod> tools, TypeCatalog types) {
    this(element, tools, types, List.of());
  }

  /** This class with its {@code @RetiredTool} declarations, read after its tools. */
  public ToolClass withRetired(List<RetiredToolDeclaration> declarations) {
    return new ToolClass(element, tools, types, declarations);
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
