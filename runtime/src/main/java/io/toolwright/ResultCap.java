package io.toolwright;

import java.nio.charset.StandardCharsets;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps a result within its tool's byte cap, so one answer cannot swamp the conversation. A result
 * over the cap is replaced by a marker the model cannot mistake for the whole result: {@code
 * {"truncated":true,"totalBytes":…,"limitBytes":…,"partial":"<the JSON's beginning, as text>",
 * "note":"…"}}. Still a success: the tool ran and returned.
 */
final class ResultCap {

  private ResultCap() {}

  static ToolResult apply(ToolResult result, int limit) {
    if (!(result instanceof ToolResult.Success success) || success.contentLength() <= limit) {
      return result;
    }
    byte[] json = result.contentBytes();
    String text = new String(json, StandardCharsets.UTF_8);
    // Escaping can grow the kept text (a quote becomes \", a control character six bytes), so
    // shrink until the marker fits.
    int keep = Math.min(text.length(), limit / 2);
    while (true) {
      ObjectNode marker = marker(json.length, limit, cut(text, keep));
      if (marker.toString().getBytes(StandardCharsets.UTF_8).length <= limit || keep == 0) {
        return new ToolResult.Success(result.callId(), result.toolName(), marker);
      }
      keep /= 2;
    }
  }

  private static ObjectNode marker(int total, int limit, String partial) {
    ObjectNode marker = JsonNodeFactory.instance.objectNode();
    marker.put("truncated", true);
    marker.put("totalBytes", total);
    marker.put("limitBytes", limit);
    marker.put("partial", partial);
    marker.put(
        "note",
        "The result was too large and was cut off: 'partial' is only its beginning, as text. Ask"
            + " for less (a narrower query, a filter or a page) if you need the rest.");
    return marker;
  }

  /** The first {@code length} characters, never splitting a surrogate pair. */
  private static String cut(String text, int length) {
    int end = Math.min(length, text.length());
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }
}
