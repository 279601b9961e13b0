package io.toolwright.anthropic;

import com.anthropic.models.messages.Tool;
import com.anthropic.models.messages.ToolUnion;
import io.toolwright.Dialect;
import io.toolwright.RenderedTool;
import io.toolwright.RenderedTools;
import io.toolwright.ToolRegistry;
import java.util.List;

/**
 * A registry's tools as the Anthropic SDK's own {@link Tool}s, built from the registry's rendering
 * so that the SDK sends exactly what {@link ToolRegistry#definitions} rendered.
 *
 * <pre>{@code
 * MessageCreateParams params = MessageCreateParams.builder()
 *     .model(Model.CLAUDE_SONNET_4_5)
 *     .maxTokens(1024)
 *     .addUserMessage("What do I owe?")
 *     .tools(AnthropicTools.of(registry))
 *     .build();
 * }</pre>
 */
public final class AnthropicTools {

  private AnthropicTools() {}

  /** The registry's tools, rendered {@link Dialect#ANTHROPIC}. */
  public static List<ToolUnion> of(ToolRegistry registry) {
    return of(registry.definitions(Dialect.ANTHROPIC));
  }

  /**
   * Rendered tools as the SDK's tools.
   *
   * @param tools rendered {@link Dialect#ANTHROPIC} or {@link Dialect#ANTHROPIC_STRICT}
   * @throws IllegalArgumentException if the tools are rendered in another dialect
   */
  public static List<ToolUnion> of(RenderedTools tools) {
    // The SDK reads another provider's tool leniently and would send a tool with no schema.
    if (tools.dialect() != Dialect.ANTHROPIC && tools.dialect() != Dialect.ANTHROPIC_STRICT) {
      throw new IllegalArgumentException(
          "tools rendered for "
              + tools.dialect().displayName()
              + ", not for "
              + Dialect.ANTHROPIC.displayName()
              + " or "
              + Dialect.ANTHROPIC_STRICT.displayName());
    }
    return tools.tools().stream()
        .map(RenderedTool::json)
        .map(json -> SdkJson.toSdk(json, Tool.class))
        .map(ToolUnion::ofTool)
        .toList();
  }
}
