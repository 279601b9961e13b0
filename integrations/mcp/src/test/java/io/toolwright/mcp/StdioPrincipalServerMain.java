package io.toolwright.mcp;

import io.toolwright.ExecutionPolicy;
import io.toolwright.ToolContext;
import io.toolwright.ToolRegistry;

/**
 * A stdio server whose one session's principal is configured (the {@code notes.principal} system
 * property, as an application would read its own configuration): {@code ana} may use every tool,
 * {@code bob} only {@code count_notes}; three calls per conversation. The {@code @Context} user is
 * {@code "<principal> in <session id>"}, so a list or call that saw no principal or no session
 * would be refused every tool.
 */
public final class StdioPrincipalServerMain {
  private StdioPrincipalServerMain() {}

  public static void main(String[] args) throws InterruptedException {
    McpToolServer.builder(registry())
        .serverInfo("notes", "1")
        .stdioPrincipal(System.getProperty("notes.principal"))
        .context(caller -> ToolContext.of("user", caller.principal() + " in " + caller.sessionId()))
        .startStdio()
        .awaitClose();
    System.exit(0);
  }

  static ToolRegistry registry() {
    return ToolRegistry.builder()
        .addAll(NoteToolsTools.bind(new NoteTools()))
        .execution(
            ExecutionPolicy.builder()
                .maxCallsPerConversation(3)
                .permissions(
                    (context, tool) -> {
                      String user = context.require("user", String.class);
                      return user.startsWith("ana in stdio-")
                          || (user.startsWith("bob in stdio-")
                              && tool.name().equals("count_notes"));
                    })
                .build())
        .build();
  }
}
