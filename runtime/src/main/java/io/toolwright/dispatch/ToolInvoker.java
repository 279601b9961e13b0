package io.toolwright.dispatch;

import io.toolwright.ToolContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a tool's arguments into Java values and a call ready to run. Implemented by generated code;
 * not meant to be written by hand.
 */
@ForGeneratedCode
@FunctionalInterface
public interface ToolInvoker {

  /**
   * Converts every argument before failing, so that the exception names every value that cannot be
   * converted, and never calls the tool's method.
   *
   * @param arguments the model's arguments; usually they passed the structural check of the tool's
   *     schema, but the executor also converts arguments that failed it, to report conversion
   *     problems in the same answer, so any object must be handled
   * @param context the application's values for {@code @Context} parameters
   * @throws ArgumentException naming every value that cannot be converted (an {@code int} that
   *     overflows, a date that does not exist, a record whose constructor refuses its values)
   * @throws io.toolwright.MissingContextException when the context lacks a value the tool needs
   */
  PreparedCall prepare(ObjectNode arguments, ToolContext context);
}
