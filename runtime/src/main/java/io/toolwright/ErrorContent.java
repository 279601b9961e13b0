package io.toolwright;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON a model receives for a failed call:
 *
 * <pre>{@code
 * {"error": {
 *    "code": "INVALID_ARGUMENTS",
 *    "message": "...",
 *    "problems": [{"pointer": "/amount", "expected": "...", "actual": "..."}],
 *    "closest_tools": ["get_balance"]}}
 * }</pre>
 *
 * <p>{@code problems} and {@code closest_tools} are left out when empty, and {@code actual} when
 * nothing was given (a missing property): every token sent back costs the model context, and an
 * absent key reads as clearly as an empty one. Keys are snake_case, as in providers' own payloads.
 */
final class ErrorContent {

  private ErrorContent() {}

  static ObjectNode of(ToolError error) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode body = json.objectNode();
    body.put("code", error.code().name());
    body.put("message", error.message());
    if (!error.problems().isEmpty()) {
      ArrayNode problems = body.putArray("problems");
      for (ArgumentProblem problem : error.problems()) {
        ObjectNode item = problems.addObject();
        item.put("pointer", problem.pointer());
        item.put("expected", problem.expected());
        if (problem.actual() != null) {
          item.put("actual", problem.actual());
        }
      }
    }
    if (!error.closestTools().isEmpty()) {
      ArrayNode closest = body.putArray("closest_tools");
      error.closestTools().forEach(closest::add);
    }
    ObjectNode content = json.objectNode();
    content.set("error", body);
    return content;
  }
}
