package io.toolwright.dispatch;

import io.toolwright.ToolContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a tool's arguments, already checked against its schema, into Java values and a call ready to
 * run. Implemented by generated code; not meant to be written by hand.
 */
@ForGeneratedCode
@FunctionalInterface
public interface ToolInvoker {

  /**
   * @param arguments the model's arguments; they passed the structural check of the tool's schema
   * @param context the application's values for {@code @Context} parameters
   * @throws ArgumentException when a value cannot be converted (an {@code int} that overflows, a
   *     date that does not exist)
   * @throws io.toolwright.MissingContextException when the context lacks a value the tool needs
   */
  PreparedCall prepare(ObjectNode arguments, ToolContext context);
}
