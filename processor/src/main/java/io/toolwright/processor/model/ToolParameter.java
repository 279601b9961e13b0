package io.toolwright.processor.model;

import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/** A parameter of a tool method: supplied either by the model or by the application. */
public sealed interface ToolParameter {

  VariableElement element();

  /** The Java parameter name. */
  default String javaName() {
    return element().getSimpleName().toString();
  }

  /** A value the model sends, described in the schema. */
  record ModelParameter(VariableElement element, Property property) implements ToolParameter {}

  /**
   * A {@code @Context} value the application supplies; absent from the schema.
   *
   * @param name the key in the {@code ToolContext}
   */
  record ContextParameter(VariableElement element, String name, TypeMirror type)
      implements ToolParameter {}
}
