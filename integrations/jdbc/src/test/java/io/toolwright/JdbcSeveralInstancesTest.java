package io.toolwright;

import static io.toolwright.Results.error;
import static io.toolwright.ScriptedTools.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.jdbc.JdbcConversationState;
import io.toolwright.jdbc.JdbcIdempotencyStore;
import io.toolwright.jdbc.LocalPostgres;
import io.toolwright.spi.ApprovalHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two registries, each with its own data source, stand for two instances of an application sharing
 * one PostgreSQL: a write is run by one of them only, the other replays its result or refuses other
 * arguments, and the attempts of a conversation are counted whichever instance serves a turn.
 */
class JdbcSeveralInstancesTest {

  private static final long PATIENCE_SECONDS = 20;
  private static final int RACERS = 12;

  private final ScriptedTools tools = new ScriptedTools();
  private final ExecutorService pool = Executors.newFixedThreadPool(RACERS);
  private DataSource first;
  private DataSource second;

  @BeforeEach
  void emptyDatabase() {
    first = LocalPostgres.dataSource();
    second = LocalPostgres.dataSource();
    LocalPostgres.reset(first);
  }

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  private ToolRegistry instance(DataSource dataSource) {
    return ToolRegistry.builder()
        .addAll(tools.bind())
        .execution(
            ExecutionPolicy.builder()
                .idempotency(new JdbcIdempotencyStore(dataSource))
                .approvals(ApprovalHandler.approveAll())
                .build())
        .build();
  }

  private static ToolResult one(ToolRegistry registry, ToolCall call, Conversation conversation) {
    return registry.execute(List.of(call), ToolContext.empty(), conversation).get(0);
  }

  @Test
  void twoInstancesRacingOneCallIdRunTheWriteOnce() throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    CountDownLatch othersAnswered = new CountDownLatch(RACERS - 1);
    // The write holds its claim until every other caller is answered, so all of them race it.
    tools.body =
        (tool, key) -> {
          othersAnswered.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
          return "written once";
        };
    List<ToolRegistry> instances = List.of(instance(first), instance(second));

    List<Future<ToolResult>> racing = new ArrayList<>();
    for (int racer = 0; racer < RACERS; racer++) {
      ToolRegistry registry = instances.get(racer % 2);
      racing.add(
          pool.submit(
              () -> {
                go.await();
                ToolResult result =
                    registry.execute(List.of(call("c1", "update", "a")), ToolContext.empty()).get(0);
                if (result.isError()) {
                  othersAnswered.countDown();
                }
                return result;
              }));
    }
    go.countDown();
    List<ToolResult> results = new ArrayList<>();
    for (Future<ToolResult> result : racing) {
      results.add(result.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    }

    assertThat(tools.runs("update")).isEqualTo(1);
    assertThat(results).filteredOn(result -> !result.isError()).singleElement()
        .extracting(ToolResult::contentJson).isEqualTo("\"written once\"");
    assertThat(results).filteredOn(ToolResult::isError).hasSize(RACERS - 1)
        .allSatisfy(
            refused -> {
              assertThat(error(refused).code()).isEqualTo(ErrorCode.CALL_ID_CONFLICT);
              assertThat(error(refused).message()).contains("already running");
            });
    // Once it completed, either instance replays it.
    for (ToolRegistry registry : instances) {
      ToolResult replay =
          registry.execute(List.of(call("c1", "update", "a")), ToolContext.empty()).get(0);
      assertThat(replay.contentJson()).isEqualTo("\"written once\"");
    }
    assertThat(tools.runs("update")).isEqualTo(1);
  }

  @Test
  void theOtherInstanceReplaysAStoredResult() {
    ToolResult written =
        instance(first).execute(List.of(call("c1", "delete", "a")), ToolContext.empty()).get(0);
    ToolResult replayed =
        instance(second)
            .execute(List.of(ToolCall.of("c1", "delete", "{ \"key\" : \"a\" }")), ToolContext.empty())
            .get(0);

    assertThat(replayed.contentJson()).isEqualTo(written.contentJson()).isEqualTo("\"delete:a\"");
    assertThat(tools.runs("delete")).isEqualTo(1);
  }

  @Test
  void theOtherInstanceRefusesTheSameIdWithOtherArguments() {
    instance(first).execute(List.of(call("c1", "update", "a")), ToolContext.empty());
    ToolResult other =
        instance(second).execute(List.of(call("c1", "update", "b")), ToolContext.empty()).get(0);

    assertThat(error(other).code()).isEqualTo(ErrorCode.CALL_ID_CONFLICT);
    assertThat(error(other).message()).contains("used before with other arguments");
    assertThat(tools.ran).containsExactly("update:a");
  }

  @Test
  void attemptsAreCountedAcrossTurnsServedByEitherInstance() {
    tools.body =
        (tool, key) -> {
          throw new ToolException("the ledger is closed");
        };
    List<ToolRegistry> instances = List.of(instance(first), instance(second));
    List<DataSource> databases = List.of(first, second);

    List<ErrorCode> codes = new ArrayList<>();
    for (int turn = 0; turn < 5; turn++) {
      // Each turn is served by the other instance, which reads the conversation from the database.
      Conversation conversation =
          Conversation.of(new JdbcConversationState(databases.get(turn % 2), "conversation-1"));
      codes.add(error(one(instances.get(turn % 2), call("t" + turn, "update", "a"), conversation)).code());
    }

    assertThat(tools.runs("update")).isEqualTo(3);
    assertThat(codes)
        .containsExactly(
            ErrorCode.TOOL_FAILED,
            ErrorCode.TOOL_FAILED,
            ErrorCode.TOOL_FAILED,
            ErrorCode.ATTEMPTS_EXHAUSTED,
            ErrorCode.ATTEMPTS_EXHAUSTED);
  }
}
