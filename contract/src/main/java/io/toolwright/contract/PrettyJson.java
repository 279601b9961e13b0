package io.toolwright.contract;

import java.util.Iterator;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Writes JSON for files people review in diffs: two-space indent, {@code "key": value}, one array
 * element per line, {@code \n} line ends whatever the platform, a final newline. Object keys keep
 * the order they were given in, so a caller decides what is sorted.
 */
public final class PrettyJson {
  private PrettyJson() {}

  public static String write(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(node, 0, out);
    return out.append('\n').toString();
  }

  private static void write(JsonNode node, int depth, StringBuilder out) {
    if (node.isObject()) {
      if (node.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        indent(depth + 1, out);
        out.append(ResourceFiles.MAPPER.writeValueAsString(field.getKey())).append(": ");
        write(field.getValue(), depth + 1, out);
        out.append(fields.hasNext() ? ",\n" : "\n");
      }
      indent(depth, out);
      out.append('}');
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append("[\n");
      for (int i = 0; i < node.size(); i++) {
        indent(depth + 1, out);
        write(node.get(i), depth + 1, out);
        out.append(i + 1 < node.size() ? ",\n" : "\n");
      }
      indent(depth, out);
      out.append(']');
    } else {
      out.append(ResourceFiles.MAPPER.writeValueAsString(node));
    }
  }

  private static void indent(int depth, StringBuilder out) {
    out.append("  ".repeat(depth));
  }
}
