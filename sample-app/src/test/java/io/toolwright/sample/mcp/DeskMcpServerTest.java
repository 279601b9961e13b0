package io.toolwright.sample.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The MCP options of the sample app; the conformance module runs the packaged jar itself. */
class DeskMcpServerTest {

  @Test
  void noMcpOptionMeansTheOfflineConversation() {
    assertThat(DeskMcpServer.fromArguments(new String[0])).isNull();
  }

  @Test
  void mcpOptionsAreUnderstood() {
    assertThat(DeskMcpServer.fromArguments(new String[] {"--mcp"})).isNotNull();
    assertThat(
            DeskMcpServer.fromArguments(
                new String[] {"--mcp-http", "8765", "--customer", "C-2002"}))
        .isNotNull();
  }

  @Test
  void aMistypedOptionIsRefusedWithTheRightOnes() {
    assertThatThrownBy(() -> DeskMcpServer.fromArguments(new String[] {"--mpc"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--mpc")
        .hasMessageContaining("--mcp-http PORT");
    assertThatThrownBy(() -> DeskMcpServer.fromArguments(new String[] {"--mcp-http"}))
        .hasMessageContaining("--mcp-http needs a value");
    assertThatThrownBy(() -> DeskMcpServer.fromArguments(new String[] {"--mcp-http", "x"}))
        .hasMessageContaining("port number");
  }
}
