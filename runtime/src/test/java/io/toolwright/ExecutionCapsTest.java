package io.toolwright;

import static io.toolwright.Results.error;
import static io.toolwright.ScriptedTools.call;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Calls per response, per tool and per conversation, and the cap on a result's size. */
class ExecutionCapsTest {

  private final ScriptedTools tools = new ScriptedTools();

  /**
   * A new conversation's state: in memory here; {@code toolwright-jdbc} runs these same tests over
   * PostgreSQL by overriding it.
   */
  io.toolwright.spi.ConversationState newState() {
    return io.toolwright.spi.ConversationState.inMemory();
  }

  private ToolRegistry registry(ExecutionPolicy.Builder policy) {
    return ToolRegistry.builder().addAll(tools.bind()).execution(policy.build()).build();
  }

  @Test
  void callsPastThePerResponseCapAreAnsweredButNotRun() {
    ToolRegistry registry = registry(ExecutionPolicy.builder().maxCallsPerResponse(2));

    List<ToolResult> results =
        registry.execute(
            List.of(
                call("1", "lookup", "a"),
                call("2", "update", "b"),
                call("3", "update", "c"),
                call("4", "lookup", "d")),
            ToolContext.empty());

    assertThat(results).extracting(ToolResult::callId).containsExactly("1", "2", "3", "4");
    assertThat(results.subList(0, 2)).noneMatch(ToolResult::isError);
    assertThat(error(results.get(2)).code()).isEqualTo(ErrorCode.TOO_MANY_CALLS);
    assertThat(error(results.get(3)).message()).contains("Too many calls in one response (4)");
    assertThat(tools.ran).containsExactly("lookup:a", "update:b");
  }

  @Test
  void aToolsBudgetSpansTheResponsesOfAConversation() {
    ToolRegistry registry = registry(ExecutionPolicy.builder().maxCallsPerTool(2));
    Conversation conversation = Conversation.of(newState());

    registry.execute(List.of(call("1", "lookup", "a")), ToolContext.empty(), conversation);
    List<ToolResult> second =
        registry.execute(
            List.of(call("2", "lookup", "b"), call("3", "lookup", "c"), call("4", "update", "d")),
            ToolContext.empty(),
            conversation);

    assertThat(second.get(0).isError()).isFalse();
    assertThat(error(second.get(1)).code()).isEqualTo(ErrorCode.CALL_BUDGET_EXHAUSTED);
    assertThat(error(second.get(1)).message()).contains("all 2 calls it may make to this tool");
    assertThat(second.get(2).isError()).as("another tool has its own budget").isFalse();
    assertThat(tools.ran).containsExactly("lookup:a", "lookup:b", "update:d");
    assertThat(conversation.callsMade("lookup")).isEqualTo(2);
    assertThat(conversation.callsMade()).isEqualTo(3);
  }

  @Test
  void theConversationsBudgetCoversEveryTool() {
    ToolRegistry registry = registry(ExecutionPolicy.builder().maxCallsPerConversation(2));
    Conversation conversation = Conversation.of(newState());

    List<ToolResult> results =
        registry.execute(
            List.of(call("1", "lookup", "a"), call("2", "update", "b"), call("3", "upsert", "c")),
            ToolContext.empty(),
            conversation);

    assertThat(error(results.get(2)).code()).isEqualTo(ErrorCode.CALL_BUDGET_EXHAUSTED);
    assertThat(tools.runs("upsert")).isZero();
  }

  @Test
  void callsRefusedByAChecksDoNotSpendTheBudget() {
    ToolRegistry registry = registry(ExecutionPolicy.builder().maxCallsPerTool(1));
    Conversation conversation = Conversation.of(newState());

    registry.execute(
        List.of(ToolCall.of("1", "lookup", "{\"key\":1}")), ToolContext.empty(), conversation);
    List<ToolResult> results =
        registry.execute(List.of(call("2", "lookup", "a")), ToolContext.empty(), conversation);

    assertThat(results.get(0).isError()).isFalse();
  }

  @Test
  void withoutAConversationEachExecuteCountsAlone() {
    ToolRegistry registry = registry(ExecutionPolicy.builder().maxCallsPerTool(1));

    registry.execute(List.of(call("1", "lookup", "a")), ToolContext.empty());
    List<ToolResult> results = registry.execute(List.of(call("2", "lookup", "b")), ToolContext.empty());

    assertThat(results.get(0).isError()).isFalse();
  }

  @Test
  void aResultOverItsToolsCapIsCutWithAMarker() {
    tools.body = (tool, key) -> "\u00e9\"".repeat(5_000);
    ToolRegistry registry = registry(ExecutionPolicy.builder().maxResultBytes("lookup", 1024));

    List<ToolResult> results =
        registry.execute(
            List.of(call("1", "lookup", "a"), call("2", "update", "b")), ToolContext.empty());

    ToolResult cut = results.get(0);
    assertThat(cut.isError()).isFalse();
    assertThat(cut.contentBytes().length).isLessThanOrEqualTo(1024);
    JsonNode marker = cut.content();
    assertThat(marker.get("truncated").booleanValue()).isTrue();
    assertThat(marker.get("totalBytes").intValue()).isEqualTo(results.get(1).contentBytes().length);
    assertThat(marker.get("limitBytes").intValue()).isEqualTo(1024);
    assertThat(marker.get("partial").stringValue()).startsWith("\"\u00e9\\\"\u00e9");
    assertThat(marker.get("note").stringValue()).contains("cut off");
    // The other tool keeps the default cap, 100,000 bytes.
    assertThat(new String(results.get(1).contentBytes(), StandardCharsets.UTF_8))
        .startsWith("\"\u00e9\\\"");
  }

  @Test
  void aResultWithinTheCapIsUntouched() {
    ToolRegistry registry = registry(ExecutionPolicy.builder().maxResultBytes(1024));

    List<ToolResult> results = registry.execute(List.of(call("1", "lookup", "a")), ToolContext.empty());

    assertThat(results.get(0).contentJson()).isEqualTo("\"lookup:a\"");
  }

  @Test
  void twoInstancesSharingTheStateShareTheBudget() {
    // Two registries stand for two instances; the state stands for the shared database row.
    io.toolwright.spi.ConversationState shared = newState();
    ToolRegistry first = registry(ExecutionPolicy.builder().maxCallsPerTool(2));
    ToolRegistry second = registry(ExecutionPolicy.builder().maxCallsPerTool(2));

    first.execute(List.of(call("1", "lookup", "a")), ToolContext.empty(), Conversation.of(shared));
    second.execute(List.of(call("2", "lookup", "b")), ToolContext.empty(), Conversation.of(shared));
    ToolResult third =
        first.execute(List.of(call("3", "lookup", "c")), ToolContext.empty(), Conversation.of(shared))
            .get(0);

    assertThat(error(third).code()).isEqualTo(ErrorCode.CALL_BUDGET_EXHAUSTED);
    assertThat(shared.callsMade("lookup")).isEqualTo(2);
  }
}
