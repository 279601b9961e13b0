package io.toolwright.processor.model;

import java.util.regex.Pattern;

/** Tool names: the default derived from a method name, the rule, and a valid suggestion. */
final class ToolNames {

  /** The intersection of what OpenAI, Anthropic, Gemini and MCP accept. */
  static final Pattern VALID = Pattern.compile("^[a-zA-Z_][a-zA-Z0-9_-]{0,63}$");

  private static final int MAX_LENGTH = 64;

  private ToolNames() {}

  /**
   * {@code findInvoices} → {@code find_invoices}; an acronym stays one word: {@code getHTTPStatus}
   * → {@code get_http_status}.
   */
  static String snakeCase(String camel) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        char previous = camel.charAt(i - 1);
        boolean nextIsLower = i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1));
        boolean wordStart =
            Character.isLowerCase(previous)
                || Character.isDigit(previous)
                || (Character.isUpperCase(previous) && nextIsLower);
        if (wordStart && previous != '_') {
          out.append('_');
        }
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }

  static boolean isValid(String name) {
    return VALID.matcher(name).matches();
  }

  /** A valid name as close to {@code name} as possible, for the "Fix:" of a message. */
  static String suggest(String name) {
    String cleaned = name.replaceAll("[^a-zA-Z0-9_-]+", "_").replaceAll("_+", "_");
    if (cleaned.isEmpty() || !Character.isLetter(cleaned.charAt(0)) && cleaned.charAt(0) != '_') {
      cleaned = "tool_" + cleaned;
    }
    if (cleaned.length() > MAX_LENGTH) {
      cleaned = cleaned.substring(0, MAX_LENGTH);
    }
    return cleaned;
  }
}
