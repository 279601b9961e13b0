package io.toolwright.processor.tokens;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * OpenAI's published rule of thumb for what function tools cost on gpt-4o and gpt-4o-mini, from the
 * cookbook notebook "How to count tokens with tiktoken", section 7 ({@code num_tokens_for_tools}),
 * kept to compare with {@link HarmonyToolsText}'s count of the text itself. Per function: 7, plus
 * {@code name:description} (a final period dropped); with properties 3, and per property 3 plus
 * {@code name:type:description}, an enum adding 3 and its text per value less 3; once for all
 * functions 12. It reads top-level properties only: a nested object, an array's items or a {@code
 * $ref} cost nothing here, which is why it says less than the text for any schema that has them.
 */
public final class CookbookEstimate {

  static final int FUNCTION_START = 7;
  static final int PROPERTIES_START = 3;
  static final int PROPERTY = 3;
  static final int ENUM_START = -3;
  static final int ENUM_VALUE = 3;
  static final int FUNCTIONS_END = 12;

  private CookbookEstimate() {}

  /**
   * The estimate for these tools (Chat Completions or Responses tools, or bare function objects); 0
   * for none.
   */
  public static int tools(List<JsonNode> tools) {
    if (tools.isEmpty()) {
      return 0;
    }
    int tokens = FUNCTIONS_END;
    for (JsonNode tool : tools) {
      JsonNode function = HarmonyToolsText.functionOf(tool);
      tokens += FUNCTION_START;
      tokens +=
          O200k.count(
              function.get("name").asString()
                  + ":"
                  + withoutFinalPeriod(text(function, "description")));
      JsonNode properties = function.path("parameters").path("properties");
      if (properties.isObject() && !properties.isEmpty()) {
        tokens += PROPERTIES_START;
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
          tokens += PROPERTY + property(property.getKey(), property.getValue());
        }
      }
    }
    return tokens;
  }

  private static int property(String name, JsonNode schema) {
    int tokens = 0;
    JsonNode values = schema.get("enum");
    if (values != null) {
      tokens += ENUM_START;
      for (JsonNode value : values.values()) {
        tokens +=
            ENUM_VALUE + O200k.count(value.isString() ? value.stringValue() : Json.compact(value));
      }
    }
    String description = withoutFinalPeriod(text(schema, "description"));
    return tokens + O200k.count(name + ":" + pythonText(schema.get("type")) + ":" + description);
  }

  /**
   * The type as the notebook's f-string prints it: a name as it is, a list of names as Python's
   * {@code str} of a list, {@code ['string', 'null']}; nothing where there is no type (the notebook
   * would fail there).
   */
  private static String pythonText(JsonNode type) {
    if (type == null) {
      return "";
    }
    if (!type.isArray()) {
      return type.asString();
    }
    StringBuilder out = new StringBuilder("[");
    for (JsonNode name : type.values()) {
      out.append(out.length() > 1 ? ", " : "").append('\'').append(name.asString()).append('\'');
    }
    return out.append(']').toString();
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isString() ? value.stringValue() : "";
  }

  private static String withoutFinalPeriod(String text) {
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }
}
