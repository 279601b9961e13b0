package io.toolwright.sample.providers;

import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.google.genai.Client;
import com.google.genai.types.HttpOptions;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import io.toolwright.ToolContext;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolResult;
import io.toolwright.anthropic.AnthropicToolwright;
import io.toolwright.gemini.GeminiToolwright;
import io.toolwright.loop.LoopResult;
import io.toolwright.loop.LoopRound;
import io.toolwright.openai.OpenAiToolwright;
import io.toolwright.sample.CustomerId;
import io.toolwright.sample.SupportDesk;
import io.toolwright.sample.mcp.ProviderChoice;
import io.toolwright.sample.mcp.ProviderConversation;
import java.io.PrintStream;
import java.util.List;

/**
 * The support-desk conversation against a real model, through the provider's own Java SDK and the
 * matching integration module. Each customer message is its own loop run (the model sees the tools
 * and that message), printed with the tool calls the model made and what they returned.
 */
public final class SdkConversation implements ProviderConversation {

  /** What the signed-in customer asks, as in the offline conversation. */
  static final List<String> CUSTOMER_SAYS =
      List.of(
          "Hi! How much do I owe on my Studio plan?",
          "Which invoices are overdue this year?",
          "And the ones I already paid?");

  @Override
  public int run(ProviderChoice choice, String apiKey, CustomerId customer, PrintStream out) {
    SupportDesk desk = SupportDesk.withSampleData();
    ToolRegistry registry = desk.registry();
    ToolContext session = SupportDesk.signedIn(customer);
    String model = choice.modelOrDefault();
    out.println("== " + choice.provider().option() + " (" + model + "), signed in as " + customer);
    int unanswered = 0;
    for (String message : CUSTOMER_SAYS) {
      out.println();
      out.println("Customer: " + message);
      LoopResult result = ask(choice, apiKey, model, registry, message, session);
      for (LoopRound round : result.rounds()) {
        for (ToolResult toolResult : round.results()) {
          out.println("  tool: " + toolResult);
        }
      }
      if (result.answered()) {
        out.println("Model: " + result.text());
      } else {
        unanswered++;
        out.println("(no answer: " + result.outcome() + ")");
      }
    }
    return unanswered == 0 ? 0 : 1;
  }

  private static LoopResult ask(
      ProviderChoice choice,
      String apiKey,
      String model,
      ToolRegistry registry,
      String message,
      ToolContext session) {
    return switch (choice.provider()) {
      case OPENAI -> {
        OpenAIOkHttpClient.Builder builder = OpenAIOkHttpClient.builder().apiKey(apiKey);
        if (choice.baseUrl() != null) {
          builder.baseUrl(choice.baseUrl());
        }
        OpenAIClient client = builder.build();
        yield OpenAiToolwright.run(client, registry, model, message, session);
      }
      case ANTHROPIC -> {
        AnthropicOkHttpClient.Builder builder = AnthropicOkHttpClient.builder().apiKey(apiKey);
        if (choice.baseUrl() != null) {
          builder.baseUrl(choice.baseUrl());
        }
        yield AnthropicToolwright.run(builder.build(), registry, model, message, session);
      }
      case GEMINI -> {
        Client.Builder builder = Client.builder().apiKey(apiKey);
        if (choice.baseUrl() != null) {
          builder.httpOptions(HttpOptions.builder().baseUrl(choice.baseUrl()).build());
        }
        yield GeminiToolwright.run(builder.build(), registry, model, message, session);
      }
    };
  }
}
