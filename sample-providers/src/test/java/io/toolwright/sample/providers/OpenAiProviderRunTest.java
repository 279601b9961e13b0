package io.toolwright.sample.providers;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.sample.mcp.ProviderChoice;
import io.toolwright.testkit.ReplayServer;
import org.junit.jupiter.api.Test;

/** --provider openai --base-url: the real OpenAI SDK against a replay server on 127.0.0.1. */
class OpenAiProviderRunTest {

  private static String answer(String id, String text) {
    return """
        {"id":"%s","object":"chat.completion","created":1764720003,"model":"gpt-4o",
         "choices":[{"index":0,"finish_reason":"stop","logprobs":null,
           "message":{"role":"assistant","content":"%s","refusal":null}}]}\
        """
        .formatted(id, text);
  }

  @Test
  void theConversationRunsThroughTheSdkAndTheDesksTools() {
    String toolCall =
        """
        {"id":"chatcmpl-1","object":"chat.completion","created":1764720000,"model":"gpt-4o",
         "choices":[{"index":0,"finish_reason":"tool_calls","logprobs":null,
           "message":{"role":"assistant","content":null,"refusal":null,"tool_calls":[
             {"id":"call_1","type":"function","function":{"name":"get_account","arguments":"{}"}}]}}]}\
        """;
    try (ReplayServer api =
        new ReplayServer(
            toolCall,
            answer("chatcmpl-2", "You owe 298.00 EUR."),
            answer("chatcmpl-3", "None are overdue."),
            answer("chatcmpl-4", "Two are paid."))) {
      ProviderRun run =
          ProviderRun.of(
              new ProviderChoice(ProviderChoice.Provider.OPENAI, "gpt-test", api.baseUrl() + "/v1"),
              "sk-test");

      assertThat(run.exitCode()).isZero();
      assertThat(run.printed())
          .contains("openai (gpt-test)")
          .contains("Model: You owe 298.00 EUR.")
          .contains("Model: Two are paid.");
      assertThat(api.requests()).hasSize(4);
      String first = api.requests().get(0).body();
      assertThat(first).contains("\"model\":\"gpt-test\"").contains("\"get_account\"");
      // The tool ran for the signed-in customer and its result went back under the call's id.
      assertThat(api.requests().get(1).body()).contains("\"tool_call_id\":\"call_1\"").contains("C-1001");
    }
  }
}
