package io.toolwright.mcp;

import io.toolwright.ToolContext;
import io.toolwright.ToolRegistry;

/**
 * The stdio test's server process: {@link NoteTools} served over standard input and output, the
 * signed-in user from the {@code notes.user} system property, as an application would configure it.
 */
public final class NotesServerMain {
  private NotesServerMain() {}

  public static void main(String[] args) throws InterruptedException {
    McpToolServer.builder(registry())
        .serverInfo("notes", "1")
        .context(ToolContext.of("user", System.getProperty("notes.user", "nobody")))
        .startStdio()
        .awaitClose();
    // The SDK's scheduler threads do not end the JVM by themselves.
    System.exit(0);
  }

  static ToolRegistry registry() {
    return ToolRegistry.of(NoteToolsTools.bind(new NoteTools()));
  }
}
