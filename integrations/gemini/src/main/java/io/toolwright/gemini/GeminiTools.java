package io.toolwright.gemini;

import com.google.genai.types.FunctionDeclaration;
import com.google.genai.types.Tool;
import io.toolwright.Dialect;
import io.toolwright.RenderedTool;
import io.toolwright.RenderedTools;
import io.toolwright.ToolRegistry;
import java.util.List;

/**
 * A registry's tools as the Google Gen AI SDK's own {@link FunctionDeclaration}s in one {@link
 * Tool}, built from the registry's rendering so that the SDK sends exactly what {@link
 * ToolRegistry#definitions} rendered.
 *
 * <pre>{@code
 * GenerateContentConfig config = GenerateContentConfig.builder()
 *     .tools(GeminiTools.of(registry))
 *     .build();
 * }</pre>
 */
public final class GeminiTools {

  private GeminiTools() {}

  /**
   * The registry's tools, rendered {@link Dialect#GEMINI_JSON_SCHEMA} ({@code
   * parametersJsonSchema}, the whole of JSON Schema).
   */
  public static Tool of(ToolRegistry registry) {
    return of(registry.definitions(Dialect.GEMINI_JSON_SCHEMA));
  }

  /**
   * Rendered tools as one SDK {@link Tool}.
   *
   * @param tools rendered {@link Dialect#GEMINI_JSON_SCHEMA} or {@link Dialect#GEMINI}
   * @throws IllegalArgumentException if the tools are rendered in another dialect
   */
  public static Tool of(RenderedTools tools) {
    return Tool.builder().functionDeclarations(declarations(tools)).build();
  }

  /**
   * Rendered tools as SDK function declarations, to put in a {@link Tool} of one's own.
   *
   * @throws IllegalArgumentException if the tools are rendered in another dialect
   */
  public static List<FunctionDeclaration> declarations(RenderedTools tools) {
    // The SDK reads another provider's tool leniently and would send a declaration with no schema.
    if (tools.dialect() != Dialect.GEMINI && tools.dialect() != Dialect.GEMINI_JSON_SCHEMA) {
      throw new IllegalArgumentException(
          "tools rendered for "
              + tools.dialect().displayName()
              + ", not for "
              + Dialect.GEMINI_JSON_SCHEMA.displayName()
              + " or "
              + Dialect.GEMINI.displayName());
    }
    return tools.tools().stream()
        .map(RenderedTool::json)
        .map(FunctionDeclaration::fromJson)
        .toList();
  }
}
