package io.toolwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.toolwright.Dialect;
import io.toolwright.processor.tokens.TokenCount;
import io.toolwright.processor.tokens.TokenCounter;
import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sample app's tools compiled with the processor, and what their OpenAI rendering costs in
 * tokens as the model reads it: the figure docs/tokens.md quotes, printed for the record.
 */
class SampleAppTokensTest {

  private static final Path SOURCES = Path.of("../sample-app/src/main/java/io/toolwright/sample");
  private static final List<String> CLASSES =
      List.of("AccountService", "BillingService", "TicketService");

  @Test
  void openAiChatTokensOfTheSampleAppsTools() throws IOException {
    List<JavaFileObject> sources = new ArrayList<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      // The desk package only: sample/mcp is a subpackage that needs the MCP module.
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        sources.add(source(file));
      }
    }
    Compilation compilation =
        javac()
            .withProcessors(new ToolProcessor())
            .withOptions("-Atoolwright.dialects=all")
            .compile(sources);
    assertThat(compilation).succeeded();
    JsonMapper json = JsonMapper.builder().build();
    List<String> tools = new ArrayList<>();
    for (String name : CLASSES) {
      String path = "META-INF/toolwright/io.toolwright.sample." + name + ".json";
      for (JsonNode tool : json.readTree(Compilations.resource(compilation, path)).get("tools")) {
        tools.add(json.writeValueAsString(tool.get("renderings").get("openai-chat")));
      }
    }
    TokenCount count = TokenCounter.count(Dialect.OPENAI_CHAT, tools);

    System.out.println(
        "sample app, openai-chat: " + tools.size() + " tools, " + count.total() + " tokens");
    assertThat(tools).hasSize(8);
    assertThat(count.total()).isGreaterThan(0);
  }

  private static JavaFileObject source(Path file) {
    try {
      return JavaFileObjects.forResource(file.toUri().toURL());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
