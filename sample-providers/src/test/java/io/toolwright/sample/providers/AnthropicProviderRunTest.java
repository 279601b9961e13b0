package io.toolwright.sample.providers;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.Dialect;
import io.toolwright.sample.SupportDesk;
import io.toolwright.sample.mcp.ProviderChoice;
import io.toolwright.testkit.ReplayServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** --provider anthropic --base-url: the real Anthropic SDK against a replay server on 127.0.0.1. */
class AnthropicProviderRunTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static String message(String stopReason, String blocks) {
    return """
        {"id":"msg_1","type":"message","role":"assistant","model":"claude-test",
         "content":[%s],"stop_reason":"%s","stop_sequence":null,
         "usage":{"input_tokens":500,"output_tokens":80}}\
        """
        .formatted(blocks, stopReason);
  }

  private static String answer(String text) {
    return message("end_turn", "{\"type\":\"text\",\"text\":\"" + text + "\"}");
  }

  @Test
  void theConversationRunsThroughTheSdkAndTheDesksTools() {
    // Two calls in one response: the desk's get_account, and a tool the desk does not have.
    String toolUse =
        message(
            "tool_use",
            """
            {"type":"tool_use","id":"toolu_1","name":"get_account","input":{}},
            {"type":"tool_use","id":"toolu_2","name":"refund_everything","input":{}}\
            """);
    try (ReplayServer api =
        new ReplayServer(
            toolUse,
            answer("You owe 298.00 EUR."),
            answer("None are overdue."),
            answer("Two are paid."))) {
      ProviderRun run =
          ProviderRun.of(
              new ProviderChoice(ProviderChoice.Provider.ANTHROPIC, "claude-test", api.baseUrl()),
              "sk-ant-test");

      assertThat(run.exitCode()).isZero();
      assertThat(run.printed())
          .contains("anthropic (claude-test)")
          .contains("Model: You owe 298.00 EUR.")
          .contains("Model: Two are paid.");
      assertThat(api.requests()).hasSize(4);
      assertThat(api.requests()).allMatch(request -> request.path().endsWith("/v1/messages"));

      JsonNode first = JSON.readTree(api.requests().get(0).body());
      assertThat(first.get("model").asString()).isEqualTo("claude-test");
      assertThat(first.get("tools"))
          .as("the tools as built")
          .isEqualTo(
              JSON.readTree(
                  SupportDesk.withSampleData().registry().definitions(Dialect.ANTHROPIC).json()));

      // One tool_result per tool_use id, in order; the invented tool's flagged as an error.
      JsonNode messages = JSON.readTree(api.requests().get(1).body()).get("messages");
      JsonNode results = messages.get(messages.size() - 1);
      assertThat(results.get("role").asString()).isEqualTo("user");
      List<String> ids = new ArrayList<>();
      List<Boolean> errors = new ArrayList<>();
      for (JsonNode block : results.get("content")) {
        assertThat(block.get("type").asString()).isEqualTo("tool_result");
        ids.add(block.get("tool_use_id").asString());
        errors.add(block.has("is_error") && block.get("is_error").asBoolean());
      }
      assertThat(ids).containsExactly("toolu_1", "toolu_2");
      assertThat(errors).containsExactly(false, true);
      // The tool ran for the signed-in customer.
      assertThat(results.get("content").get(0).toString()).contains("C-1001");
      assertThat(results.get("content").get(1).toString()).contains("UNKNOWN_TOOL");
    }
  }
}
