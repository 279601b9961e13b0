package io.toolwright.cli;

import java.util.List;

/** Which dialect a command shows when the user names none, and the check when they name one. */
final class Dialects {
  /** The one most clients send, so the default where the build rendered it. */
  static final String PREFERRED = "openai-chat";

  private Dialects() {}

  /** The dialect to show tokens for; null when the build counted none. */
  static String forTokens(ToolSource source, String requested) {
    List<String> counted = source.countedDialects();
    if (requested != null) {
      return known(requested, counted, "counted tokens for");
    }
    if (counted.isEmpty()) {
      return null;
    }
    return counted.contains(PREFERRED) ? PREFERRED : counted.get(0);
  }

  /** {@code requested} if it is one of {@code available}, else a usage error listing them. */
  static String known(String requested, java.util.Collection<String> available, String what) {
    if (!available.contains(requested)) {
      throw new UsageException("unknown dialect \"" + requested + "\"; the build " + what + ": "
          + (available.isEmpty() ? "none" : String.join(", ", available)));
    }
    return requested;
  }
}
