package io.toolwright.schema.dialect;

import io.toolwright.Dialect;
import java.util.regex.Pattern;

/**
 * Each provider's rule for a tool's name and the MCP title derived from it. The processor already
 * holds names to the portable {@code ^[a-zA-Z_][a-zA-Z0-9_-]{0,63}$}; a hand-built definition may
 * not, so every rendering checks its own provider's rule.
 */
final class ToolNames {

  /** OpenAI (FunctionObject) and Anthropic (define-tools). */
  private static final Pattern OPENAI_ANTHROPIC = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

  /**
   * Gemini: a letter or underscore first, then letters, digits, {@code _ . -}; at most 64 (the
   * Vertex AI limit; the Gemini API allows 128 and {@code :} as well).
   */
  private static final Pattern GEMINI = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,63}");

  /** MCP 2025-11-25: 1 to 128 of {@code [A-Za-z0-9_.-]}. */
  private static final Pattern MCP = Pattern.compile("[A-Za-z0-9_.-]{1,128}");

  static final int OPENAI_DESCRIPTION_LIMIT = 1024;

  private ToolNames() {}

  static Pattern rule(Dialect dialect) {
    return switch (dialect) {
      case GEMINI, GEMINI_JSON_SCHEMA -> GEMINI;
      case MCP -> MCP;
      default -> OPENAI_ANTHROPIC;
    };
  }

  /** Reports the tool's name and, for OpenAI, its description length. */
  static void check(Dialect dialect, String name, String description, ProblemList problems) {
    Pattern rule = rule(dialect);
    if (!rule.matcher(name).matches()) {
      problems.add(
          Rules.TOOL_NAME,
          "",
          dialect.displayName()
              + " requires tool names matching ^"
              + rule.pattern()
              + "$, and '"
              + name
              + "' does not.",
          "Name the tool with @Tool(name = ...) using letters, digits, '_' and '-', at most 64.");
    }
    boolean openAi = dialect.name().startsWith("OPENAI");
    if (openAi && description.length() > OPENAI_DESCRIPTION_LIMIT) {
      problems.add(
          Rules.DESCRIPTION_LENGTH,
          "",
          dialect.displayName()
              + " rejects a tool description longer than 1024 characters; this one has "
              + description.length()
              + ".",
          "Shorten the method's Javadoc or @Tool(description = ...) to at most 1024 characters.");
    }
  }

  /**
   * A title for people: {@code find_invoices} and {@code findInvoices} become {@code Find
   * invoices}. Words in capitals ({@code URL}) keep them.
   */
  static String title(String name) {
    StringBuilder words = new StringBuilder();
    int length = name.length();
    for (int i = 0; i < length; i++) {
      char c = name.charAt(i);
      if (c == '_' || c == '-' || c == '.' || c == ' ') {
        if (words.length() > 0 && words.charAt(words.length() - 1) != ' ') {
          words.append(' ');
        }
        continue;
      }
      if (Character.isUpperCase(c) && i > 0) {
        char before = name.charAt(i - 1);
        boolean afterLower = Character.isLowerCase(before) || Character.isDigit(before);
        boolean endsAcronym =
            Character.isUpperCase(before)
                && i + 1 < length
                && Character.isLowerCase(name.charAt(i + 1));
        if ((afterLower || endsAcronym)
            && words.length() > 0
            && words.charAt(words.length() - 1) != ' ') {
          words.append(' ');
        }
      }
      words.append(c);
    }
    String[] parts = words.toString().trim().split(" ");
    StringBuilder title = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (part.isEmpty()) {
        continue;
      }
      boolean acronym = part.length() > 1 && part.equals(part.toUpperCase(java.util.Locale.ROOT));
      String word = acronym ? part : part.toLowerCase(java.util.Locale.ROOT);
      if (title.length() == 0) {
        word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
      } else {
        title.append(' ');
      }
      title.append(word);
    }
    return title.length() == 0 ? name : title.toString();
  }
}
