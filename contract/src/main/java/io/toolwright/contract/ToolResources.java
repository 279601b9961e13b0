package io.toolwright.contract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/** Reads the tools of a build from the processor's {@code META-INF/toolwright/<class>.json} files. */
public final class ToolResources {
  private ToolResources() {}

  /** Every tool under {@code root} (a class output directory or a jar), class by class. */
  public static List<ToolContract> read(Path root) {
    List<ToolContract> tools = new ArrayList<>();
    for (Map.Entry<String, JsonNode> file : ResourceFiles.read(root, ResourceFiles.TOOLS_FOLDER).entrySet()) {
      tools.addAll(readClass(file.getValue(), ResourceFiles.TOOLS_FOLDER + "/" + file.getKey()));
    }
    return tools;
  }

  /** The {@code @RetiredTool} declarations of every class under {@code root}, by retired name. */
  public static Map<String, Retirement> retirements(Path root) {
    Map<String, Retirement> retired = new TreeMap<>();
    for (Map.Entry<String, JsonNode> file : ResourceFiles.read(root, ResourceFiles.TOOLS_FOLDER).entrySet()) {
      String where = ResourceFiles.TOOLS_FOLDER + "/" + file.getKey();
      String className = text(file.getValue(), "class", where);
      for (JsonNode item : file.getValue().path("retired")) {
        String name = text(item, "name", where);
        retired.put(name, new Retirement(name, text(item, "replacement", where + ", retired " + name),
            optionalText(item, "since"), optionalText(item, "until"), className));
      }
    }
    return retired;
  }

  static List<ToolContract> readClass(JsonNode resource, String where) {
    String className = text(resource, "class", where);
    JsonNode tools = resource.get("tools");
    if (tools == null || !tools.isArray()) {
      throw new ContractFormatException(where + ": no \"tools\" array");
    }
    List<ToolContract> read = new ArrayList<>();
    for (JsonNode tool : tools) {
      String name = text(tool, "name", where);
      String at = where + ", tool " + name;
      Map<String, JsonNode> renderings = new LinkedHashMap<>();
      JsonNode renderingsNode = tool.get("renderings");
      if (renderingsNode != null && renderingsNode.isObject()) {
        renderingsNode.properties().forEach(e -> renderings.put(e.getKey(), e.getValue()));
      }
      read.add(new ToolContract(
          name,
          className,
          optionalText(tool, "description"),
          Effect.parse(text(tool, "effect", at), at),
          tool.path("idempotent").asBoolean(false),
          optionalText(tool, "fingerprint"),
          object(tool, "schema", at),
          tool.hasNonNull("outputSchema") ? tool.get("outputSchema") : null,
          renderings));
    }
    return read;
  }

  /**
   * The tools keyed by name, in name order. Two tools of one name cannot both be locked or called
   * (a registry holds one tool per name), so that is an error naming both classes.
   */
  public static Map<String, ToolContract> byName(List<ToolContract> tools) {
    Map<String, ToolContract> byName = new TreeMap<>();
    for (ToolContract tool : tools) {
      ToolContract earlier = byName.putIfAbsent(tool.name(), tool);
      if (earlier != null) {
        throw new ContractFormatException("two tools are named \"" + tool.name() + "\": in "
            + earlier.className() + " and in " + tool.className()
            + "; rename one with @Tool(name = ...)");
      }
    }
    return byName;
  }

  static String text(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isString()) {
      throw new ContractFormatException(where + ": \"" + field + "\" is missing or not a string");
    }
    return value.stringValue();
  }

  static String optionalText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isString() ? value.stringValue() : "";
  }

  static JsonNode object(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isObject()) {
      throw new ContractFormatException(where + ": \"" + field + "\" is missing or not an object");
    }
    return value;
  }
}
