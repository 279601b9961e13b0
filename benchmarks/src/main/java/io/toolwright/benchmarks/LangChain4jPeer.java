package io.toolwright.benchmarks;

import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.agent.tool.ToolSpecifications;
import dev.langchain4j.internal.JsonSchemaElementJsonUtils;
import dev.langchain4j.service.tool.DefaultToolExecutor;
import dev.langchain4j.service.tool.ToolExecutor;
import io.toolwright.sample.CustomerId;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link LangChain4jTools} set up as LangChain4j's {@code AiServices} sets up a tools object: its
 * specifications from {@code ToolSpecifications.toolSpecificationsFrom}, one {@code
 * DefaultToolExecutor} per {@code @Tool} method, looked up by the name the model calls.
 */
public final class LangChain4jPeer {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final List<ToolSpecification> specifications;
  private final Map<String, ToolExecutor> executors = new HashMap<>();

  public LangChain4jPeer(LangChain4jTools tools) {
    specifications = ToolSpecifications.toolSpecificationsFrom(tools);
    for (Method method : LangChain4jTools.class.getDeclaredMethods()) {
      if (method.isAnnotationPresent(Tool.class)) {
        executors.put(
            ToolSpecifications.toolSpecificationFrom(method).name(),
            new DefaultToolExecutor(tools, method));
      }
    }
  }

  public List<ToolSpecification> specifications() {
    return specifications;
  }

  /** Executes one call as {@code AiServices} does; the customer is the memory id. */
  public String execute(CustomerId customer, ToolExecutionRequest request) {
    return executors.get(request.name()).execute(request, customer);
  }

  /** A call as the model sends it. */
  public static ToolExecutionRequest request(String name, String arguments) {
    return ToolExecutionRequest.builder().id("call_1").name(name).arguments(arguments).build();
  }

  /**
   * Each specification as OpenAI's Chat Completions takes it, the way langchain4j-open-ai writes
   * it (not strict): {@code {"type":"function","function":{name, description, parameters}}}.
   */
  public List<String> openAiChatJsons() {
    return specifications.stream()
        .map(
            specification -> {
              Map<String, Object> function = new LinkedHashMap<>();
              function.put("name", specification.name());
              function.put("description", specification.description());
              function.put("parameters", JsonSchemaElementJsonUtils.toMap(specification.parameters()));
              Map<String, Object> tool = new LinkedHashMap<>();
              tool.put("type", "function");
              tool.put("function", function);
              return JSON.writeValueAsString(tool);
            })
        .toList();
  }
}
