package io.toolwright.sample;

import io.toolwright.ToolCall;
import io.toolwright.ToolDefinition;
import io.toolwright.ToolResult;
import io.toolwright.annotation.Effect;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints tool definitions and tool calls for a person: aligned columns, long JSON wrapped at commas,
 * long results cut short. The framing is plain ASCII, so it reads the same in any terminal.
 */
final class Transcript {

  private static final int WIDTH = 100;
  private static final int NAME_COLUMN = 21; // "update_contact_email" and a space
  private static final int RESULT_LIMIT = 160;

  private final PrintStream out;

  Transcript(PrintStream out) {
    this.out = out;
  }

  void heading(String text) {
    out.println();
    out.println("== " + text + " " + "=".repeat(Math.max(3, WIDTH - text.length() - 4)));
    out.println();
  }

  void line(String text) {
    out.println(text);
  }

  void definition(ToolDefinition tool) {
    String effect =
        tool.effect() != Effect.READ_ONLY && tool.idempotent()
            ? tool.effect() + ", idempotent"
            : tool.effect().name();
    out.println(
        pad(tool.name(), NAME_COLUMN) + effect + "   sha256:" + tool.fingerprint().substring(0, 12));
    for (String line : wrapWords(tool.description(), WIDTH - 4)) {
      out.println("    " + line);
    }
    List<String> schema = wrapJson(tool.canonicalSchema(), WIDTH - 11);
    for (int i = 0; i < schema.size(); i++) {
      out.println((i == 0 ? "    schema " : "           ") + schema.get(i));
    }
    out.println();
  }

  void customer(String who, String message) {
    out.println(who + ": " + message);
  }

  void note(String text) {
    out.println("  (" + text + ")");
  }

  void call(ToolCall call, ToolResult result) {
    String arguments =
        call.argumentTree() != null
            ? call.argumentTree().toString()
            : new String(call.argumentBytes(), StandardCharsets.UTF_8);
    String status =
        result instanceof ToolResult.Failure failure ? failure.error().code().name() : "ok";
    String id = "  " + call.id() + " ";
    String under = " ".repeat(id.length());
    String continuation = under + "   " + " ".repeat(NAME_COLUMN);
    printWrapped(id + "-> " + pad(call.name(), NAME_COLUMN), continuation, arguments, false);
    printWrapped(
        under + "<- " + pad(status, NAME_COLUMN), continuation, result.content().toString(), !result.isError());
  }

  private void printWrapped(String first, String indent, String json, boolean shorten) {
    String text =
        shorten && json.length() > RESULT_LIMIT
            ? json.substring(0, RESULT_LIMIT) + " ... (" + json.length() + " chars)"
            : json;
    List<String> lines = wrapJson(text, WIDTH - first.length());
    for (int i = 0; i < lines.size(); i++) {
      out.println((i == 0 ? first : indent) + lines.get(i));
    }
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
  }

  /** Splits prose at spaces into lines of at most {@code width} characters. */
  static List<String> wrapWords(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * Splits JSON text into lines of about {@code width} characters, breaking only after a comma
   * outside a string, so that joining the lines gives the text back unchanged.
   */
  static List<String> wrapJson(String json, int width) {
    List<String> lines = new ArrayList<>();
    int lineStart = 0;
    int lastBreak = -1;
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == ',') {
        lastBreak = i + 1;
      }
      if (i - lineStart >= width && lastBreak > lineStart) {
        lines.add(json.substring(lineStart, lastBreak));
        lineStart = lastBreak;
      }
    }
    lines.add(json.substring(lineStart));
    return lines;
  }
}
