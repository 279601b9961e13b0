package io.toolwright.benchmarks;

import io.toolwright.sample.CustomerId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ai.chat.model.ToolContext;
import org.springframework.ai.support.ToolCallbacks;
import org.springframework.ai.tool.ToolCallback;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link SpringAiTools} as Spring AI's tool calling uses it: the {@code ToolCallback}s of {@code
 * ToolCallbacks.from}, looked up by the name the model calls, each call given a {@link ToolContext}
 * that holds the signed-in customer.
 */
public final class SpringAiPeer {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final List<ToolCallback> callbacks;
  private final Map<String, ToolCallback> byName = new LinkedHashMap<>();

  public SpringAiPeer(SpringAiTools tools) {
    callbacks = Arrays.asList(ToolCallbacks.from(tools));
    callbacks.forEach(callback -> byName.put(callback.getToolDefinition().name(), callback));
  }

  public List<ToolCallback> callbacks() {
    return callbacks;
  }

  /** Executes one call's arguments text as Spring AI's {@code ToolCallingManager} does. */
  public String execute(CustomerId customer, String tool, String arguments) {
    return byName
        .get(tool)
        .call(arguments, new ToolContext(Map.of(SpringAiTools.CUSTOMER, customer)));
  }

  /**
   * Each definition as OpenAI's Chat Completions takes it, the way spring-ai-openai writes it (not
   * strict): {@code {"type":"function","function":{description, name, parameters}}}, the parameters
   * being the callback's input schema as it is.
   */
  public List<String> openAiChatJsons() {
    return callbacks.stream()
        .map(
            callback -> {
              Map<String, Object> function = new LinkedHashMap<>();
              function.put("description", callback.getToolDefinition().description());
              function.put("name", callback.getToolDefinition().name());
              function.put("parameters", JSON.readTree(callback.getToolDefinition().inputSchema()));
              Map<String, Object> tool = new LinkedHashMap<>();
              tool.put("type", "function");
              tool.put("function", function);
              return JSON.writeValueAsString(tool);
            })
        .toList();
  }
}
