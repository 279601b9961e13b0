package io.toolwright;

import static io.toolwright.Results.call;
import static io.toolwright.Results.error;
import static io.toolwright.Results.one;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which writer writes a result: a tool's generated writer only while the registry writes with its
 * default mapper; the mapper for a tool without one; an application's mapper or serializer always.
 * The generated writers here write a marker, not the mapper's bytes, so that each answer shows
 * which one wrote it.
 */
class GeneratedResultWriterTest {

  private static final String MARKER = PointTools.MARKER;
  private static final String MAPPED = PointTools.MAPPED;

  private static ToolSet tools() {
    return PointTools.tools();
  }

  private static String text(ToolRegistry registry, String tool) {
    return one(registry, call(tool, "{}"), ToolContext.empty()).contentJson();
  }

  @Test
  void theDefaultMapperGivesWayToAGeneratedWriter() {
    ToolRegistry registry = ToolRegistry.of(tools());

    assertThat(text(registry, "marked")).isEqualTo(MARKER);
    assertThat(text(registry, "unwritten")).isEqualTo(MAPPED);
    assertThat(text(registry, "generated")).isEqualTo(MAPPED);
    assertThat(text(registry, "nothing")).isEqualTo("null");
  }

  @Test
  void aResultMapperWritesEveryResult() {
    ToolRegistry registry =
        ToolRegistry.builder().addAll(tools()).resultMapper(JsonMapper.builder().build()).build();

    assertThat(text(registry, "marked")).isEqualTo(MAPPED);
    assertThat(text(registry, "unwritten")).isEqualTo(MAPPED);
  }

  @Test
  void aResultSerializerWritesEveryResult() {
    ToolRegistry registry =
        ToolRegistry.builder()
            .addAll(tools())
            .resultSerializer(value -> "\"serialized\"".getBytes(StandardCharsets.UTF_8))
            .build();

    assertThat(text(registry, "marked")).isEqualTo("\"serialized\"");
  }

  @Test
  void aRegistryWithItsOwnBufferPoolStillUsesGeneratedWriters() {
    ToolRegistry registry =
        ToolRegistry.builder()
            .addAll(tools())
            .bufferRecyclerPool(tools.jackson.core.util.JsonRecyclerPools.newConcurrentDequePool())
            .build();

    assertThat(text(registry, "marked")).isEqualTo(MARKER);
    assertThat(text(registry, "unwritten")).isEqualTo(MAPPED);
  }

  @Test
  void aFailingWriterIsAFailedConversionLikeTheMappers() {
    ToolResult result = one(ToolRegistry.of(tools()), call("failing", "{}"), ToolContext.empty());

    assertThat(error(result).code()).isEqualTo(ErrorCode.TOOL_FAILED);
    assertThat(error(result).message()).contains("could not be converted to JSON");
  }

  @Test
  void aCallWithAGeneratedWriterBuildsNoMapper() throws IOException, InterruptedException {
    String generated = loadedClasses("generated");
    String unwritten = loadedClasses("unwritten");

    assertThat(generated).contains(MAPPED);
    assertThat(generated).doesNotContain("tools.jackson.databind.ObjectMapper ");
    assertThat(generated).doesNotContain("tools.jackson.databind.json.JsonMapper ");
    // The same check sees the mapper when a result needs it.
    assertThat(unwritten).contains(MAPPED).contains("tools.jackson.databind.json.JsonMapper ");
  }

  private static String loadedClasses(String tool) throws IOException, InterruptedException {
    return ChildJvm.loadedClasses(PointTools.OneCall.class, tool);
  }
}
