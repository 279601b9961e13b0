package io.toolwright.sample.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.toolwright.sample.mcp.ProviderChoice.Provider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderOptionTest {

  @Test
  void providerModelAndBaseUrlAreParsed() {
    DeskMcpServer.Options options =
        DeskMcpServer.parse(
            new String[] {"--provider", "anthropic", "--model", "claude-x", "--base-url", "http://127.0.0.1:9"});
    assertThat(options.provider())
        .isEqualTo(new ProviderChoice(Provider.ANTHROPIC, "claude-x", "http://127.0.0.1:9"));
    assertThat(options.server()).isNull();
  }

  @Test
  void withoutModelTheProviderDefaultIsUsed() {
    assertThat(DeskMcpServer.parse(new String[] {"--provider", "openai"}).provider().modelOrDefault())
        .isEqualTo("gpt-4o");
    assertThat(DeskMcpServer.parse(new String[] {"--provider", "gemini"}).provider().modelOrDefault())
        .isEqualTo("gemini-2.5-flash");
    assertThat(DeskMcpServer.parse(new String[0]).provider()).isNull();
  }

  @Test
  void badProviderArgumentsAreRefused() {
    assertThatThrownBy(() -> DeskMcpServer.parse(new String[] {"--provider", "mistral"}))
        .hasMessage("unknown provider mistral; use --provider openai|anthropic|gemini");
    assertThatThrownBy(() -> DeskMcpServer.parse(new String[] {"--provider"}))
        .hasMessage("--provider needs a value");
    assertThatThrownBy(() -> DeskMcpServer.parse(new String[] {"--provider", "openai", "--mcp"}))
        .hasMessageContaining("does not go with --mcp");
    assertThatThrownBy(() -> DeskMcpServer.parse(new String[] {"--model", "gpt-4o"}))
        .hasMessage("--model and --base-url go with --provider");
  }

  @Test
  void aMissingKeyGivesOneLineAndExitCodeTwo() {
    DeskMcpServer.Options options = DeskMcpServer.parse(new String[] {"--provider", "gemini"});
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        DeskMcpServer.runProvider(
            options, Map.of("OPENAI_API_KEY", "sk-x"), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "--provider gemini needs GEMINI_API_KEY or GOOGLE_API_KEY in the environment;"
                + " without --provider the desk runs offline"
                + System.lineSeparator());
  }

  @Test
  void theKeyIsReadFromTheProvidersVariables() {
    ProviderChoice gemini = new ProviderChoice(Provider.GEMINI, null, null);
    assertThat(gemini.apiKey(Map.of("GOOGLE_API_KEY", "g-1"))).isEqualTo("g-1");
    assertThat(gemini.apiKey(Map.of("GEMINI_API_KEY", "g-2", "GOOGLE_API_KEY", "g-1")))
        .isEqualTo("g-2");
    assertThatThrownBy(() -> new ProviderChoice(Provider.OPENAI, null, null).apiKey(Map.of("OPENAI_API_KEY", " ")))
        .isInstanceOf(IllegalStateException.class);
  }
}
