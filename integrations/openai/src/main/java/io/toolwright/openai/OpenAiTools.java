package io.toolwright.openai;

import com.openai.models.chat.completions.ChatCompletionFunctionTool;
import com.openai.models.chat.completions.ChatCompletionTool;
import com.openai.models.responses.FunctionTool;
import com.openai.models.responses.Tool;
import io.toolwright.Dialect;
import io.toolwright.RenderedTool;
import io.toolwright.RenderedTools;
import io.toolwright.ToolRegistry;
import java.util.List;

/**
 * A registry's tools as the OpenAI SDK's own tool objects, built from the registry's rendering so
 * that the SDK sends exactly what {@link ToolRegistry#definitions} rendered (strict schemas
 * included).
 *
 * <pre>{@code
 * ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
 *     .model(ChatModel.GPT_4O)
 *     .addUserMessage("What do I owe?")
 *     .tools(OpenAiTools.chat(registry))
 *     .build();
 * }</pre>
 */
public final class OpenAiTools {

  private OpenAiTools() {}

  /** The registry's tools for Chat Completions, rendered {@link Dialect#OPENAI_CHAT_STRICT}. */
  public static List<ChatCompletionTool> chat(ToolRegistry registry) {
    return chat(registry.definitions(Dialect.OPENAI_CHAT_STRICT));
  }

  /**
   * Rendered tools as Chat Completions tools.
   *
   * @param tools rendered in a Chat Completions dialect ({@link Dialect#OPENAI_CHAT_STRICT} or
   *     {@link Dialect#OPENAI_CHAT})
   * @throws IllegalArgumentException if the tools are rendered in another dialect
   */
  public static List<ChatCompletionTool> chat(RenderedTools tools) {
    requireDialect(tools, Dialect.OPENAI_CHAT, Dialect.OPENAI_CHAT_STRICT);
    return tools.tools().stream()
        .map(RenderedTool::json)
        .map(json -> SdkJson.toSdk(json, ChatCompletionFunctionTool.class))
        .map(ChatCompletionTool::ofFunction)
        .toList();
  }

  /**
   * The registry's tools for the Responses API, rendered {@link Dialect#OPENAI_RESPONSES_STRICT}.
   */
  public static List<Tool> responses(ToolRegistry registry) {
    return responses(registry.definitions(Dialect.OPENAI_RESPONSES_STRICT));
  }

  /**
   * Rendered tools as Responses API tools.
   *
   * @param tools rendered in a Responses dialect ({@link Dialect#OPENAI_RESPONSES_STRICT} or {@link
   *     Dialect#OPENAI_RESPONSES})
   * @throws IllegalArgumentException if the tools are rendered in another dialect
   */
  public static List<Tool> responses(RenderedTools tools) {
    requireDialect(tools, Dialect.OPENAI_RESPONSES, Dialect.OPENAI_RESPONSES_STRICT);
    return tools.tools().stream()
        .map(RenderedTool::json)
        .map(json -> SdkJson.toSdk(json, FunctionTool.class))
        .map(Tool::ofFunction)
        .toList();
  }

  /** The SDK would read another provider's tool leniently and send an empty function. */
  private static void requireDialect(RenderedTools tools, Dialect plain, Dialect strict) {
    if (tools.dialect() != plain && tools.dialect() != strict) {
      throw new IllegalArgumentException(
          "tools rendered for "
              + tools.dialect().displayName()
              + ", not for "
              + plain.displayName()
              + " or "
              + strict.displayName());
    }
  }
}
