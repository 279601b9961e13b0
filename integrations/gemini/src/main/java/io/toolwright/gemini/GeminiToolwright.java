package io.toolwright.gemini;

import com.google.genai.Client;
import io.toolwright.ToolContext;
import io.toolwright.ToolRegistry;
import io.toolwright.loop.LoopResult;
import io.toolwright.loop.ModelLoop;
import io.toolwright.wire.WireFormat;

/**
 * The tool-calling loop on the Google Gen AI SDK in one line.
 *
 * <pre>{@code
 * Client client = new Client();  // GOOGLE_API_KEY from the environment
 * LoopResult result =
 *     GeminiToolwright.run(client, registry, "gemini-2.5-flash", "What do I owe?", context);
 * }</pre>
 *
 * For other limits or a system instruction, start from {@link #loop} or {@link GeminiModelClient}.
 */
public final class GeminiToolwright {

  private GeminiToolwright() {}

  /**
   * A loop builder over {@code generateContent}, the tools sent as {@code parametersJsonSchema}.
   */
  public static ModelLoop.Builder loop(Client client, ToolRegistry registry, String model) {
    return ModelLoop.builder(registry, WireFormat.gemini(), GeminiModelClient.of(client, model));
  }

  /** Runs one user message with the loop's default limits until the model answers. */
  public static LoopResult run(
      Client client, ToolRegistry registry, String model, String userMessage, ToolContext context) {
    return loop(client, registry, model).build().run(userMessage, context);
  }
}
