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

/** --provider gemini --base-url: the real Gen AI SDK against a replay server on 127.0.0.1. */
class GeminiProviderRunTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static String modelParts(String parts) {
    return """
        {"candidates":[{"content":{"role":"model","parts":[%s]},"finishReason":"STOP","index":0}],
         "modelVersion":"gemini-test"}\
        """
        .formatted(parts);
  }

  private static String answer(String text) {
    return modelParts("{\"text\":\"" + text + "\"}");
  }

  @Test
  void theConversationRunsThroughTheSdkAndTheDesksTools() {
    // Two calls in one response: the desk's get_account, and a tool the desk does not have.
    String calls =
        modelParts(
            """
            {"functionCall":{"name":"get_account","args":{}}},
            {"functionCall":{"name":"refund_everything","args":{}}}\
            """);
    try (ReplayServer api =
        new ReplayServer(
            calls,
            answer("You owe 298.00 EUR."),
            answer("None are overdue."),
            answer("Two are paid."))) {
      ProviderRun run =
          ProviderRun.of(
              new ProviderChoice(ProviderChoice.Provider.GEMINI, "gemini-test", api.baseUrl()),
              "gemini-test-key");

      assertThat(run.exitCode()).isZero();
      assertThat(run.printed())
          .contains("gemini (gemini-test)")
          .contains("Model: You owe 298.00 EUR.")
          .contains("Model: Two are paid.");
      assertThat(api.requests()).hasSize(4);
      assertThat(api.requests())
          .allMatch(request -> request.path().endsWith("/models/gemini-test:generateContent"));

      JsonNode second = JSON.readTree(api.requests().get(1).body());
      assertThat(second.get("tools"))
          .as("the tools as built")
          .isEqualTo(
              JSON.readTree(
                  SupportDesk.withSampleData()
                      .registry()
                      .definitions(Dialect.GEMINI_JSON_SCHEMA)
                      .json()));

      // One functionResponse per call, in order; the invented tool's answer is an error.
      JsonNode contents = second.get("contents");
      JsonNode results = contents.get(contents.size() - 1);
      assertThat(results.get("role").asString()).isEqualTo("user");
      List<String> names = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      for (JsonNode part : results.get("parts")) {
        JsonNode response = part.get("functionResponse");
        names.add(response.get("name").asString());
        keys.add(response.get("response").propertyNames().iterator().next());
      }
      assertThat(names).containsExactly("get_account", "refund_everything");
      assertThat(keys).containsExactly("output", "error");
      // The tool ran for the signed-in customer.
      assertThat(results.get("parts").get(0).toString()).contains("C-1001");
      assertThat(results.get("parts").get(1).toString()).contains("UNKNOWN_TOOL");
    }
  }
}
