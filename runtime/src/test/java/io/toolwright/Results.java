package io.toolwright;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** Small accessors that keep the tests readable. */
final class Results {

  private Results() {}

  static ToolCall call(String name, String arguments) {
    return ToolCall.of("call-1", name, arguments);
  }

  static ToolResult one(ToolRegistry registry, ToolCall call, ToolContext context) {
    List<ToolResult> results = registry.execute(List.of(call), context);
    assertThat(results).hasSize(1);
    return results.get(0);
  }

  static ToolError error(ToolResult result) {
    assertThat(result).isInstanceOf(ToolResult.Failure.class);
    return ((ToolResult.Failure) result).error();
  }

  static List<ArgumentProblem> problems(ToolResult result) {
    return error(result).problems();
  }

  static JsonNode value(ToolResult result) {
    assertThat(result).isInstanceOf(ToolResult.Success.class);
    return ((ToolResult.Success) result).value();
  }
}
