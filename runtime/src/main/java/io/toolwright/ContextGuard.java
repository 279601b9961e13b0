package io.toolwright;

import io.toolwright.dispatch.JsonReaders;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Refuses model arguments named like a tool's {@link io.toolwright.annotation.Context @Context} values. The schema never
 * offers them, so such an argument is at best a mistake and at worst an attempt (say, by text
 * injected into the conversation) to act as another customer or tenant. It is refused even if a
 * schema by mistake declared the property.
 */
final class ContextGuard {

  private ContextGuard() {}

  /** Adds a problem to {@code problems} for each argument named like a context value. */
  static void check(ObjectNode arguments, List<String> contextNames, StructuralProblems problems) {
    for (String name : contextNames) {
      if (arguments.has(name) && problems.count()) {
        problems.add(
            new ArgumentProblem(
                JsonReaders.child("", name),
                "no value: '"
                    + name
                    + "' is set by the application, not by the model; leave it out",
                Excerpts.of(arguments.get(name))));
      }
    }
  }
}
