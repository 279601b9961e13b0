package io.toolwright.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.spi.ConversationState;
import io.toolwright.spi.ConversationState.Count;
import java.time.Duration;
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
 * One conversation's counts on a real PostgreSQL, read and changed by two instances (two data
 * sources) at once: budgets are never exceeded and failures are shared.
 */
class JdbcConversationStateTest {

  private static final int RACERS = 16;

  private final ExecutorService pool = Executors.newFixedThreadPool(RACERS);
  private DataSource database;
  private ConversationState first;
  private ConversationState second;

  @BeforeEach
  void emptyDatabase() {
    database = LocalPostgres.dataSource();
    LocalPostgres.reset(database);
    first = new JdbcConversationState(LocalPostgres.dataSource(), "conversation-1");
    second = new JdbcConversationState(LocalPostgres.dataSource(), "conversation-1");
  }

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  private List<Count> race(int maxPerTool, int maxTotal) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Count>> counts = new ArrayList<>();
    for (int racer = 0; racer < RACERS; racer++) {
      ConversationState state = racer % 2 == 0 ? first : second;
      counts.add(
          pool.submit(
              () -> {
                go.await();
                return state.tryCount("lookup", maxPerTool, maxTotal);
              }));
    }
    go.countDown();
    List<Count> results = new ArrayList<>();
    for (Future<Count> count : counts) {
      results.add(count.get(20, TimeUnit.SECONDS));
    }
    return results;
  }

  @Test
  void theConversationsBudgetHoldsUnderRacingInstances() throws Exception {
    List<Count> counts = race(100, 5);

    assertThat(counts).filteredOn(count -> count == Count.COUNTED).hasSize(5);
    assertThat(counts).filteredOn(count -> count == Count.CONVERSATION_BUDGET_SPENT)
        .hasSize(RACERS - 5);
    assertThat(second.callsMade()).isEqualTo(5);
    assertThat(first.callsMade("lookup")).isEqualTo(5);
  }

  @Test
  void aToolsBudgetHoldsUnderRacingInstances() throws Exception {
    List<Count> counts = race(3, 100);

    assertThat(counts).filteredOn(count -> count == Count.COUNTED).hasSize(3);
    assertThat(counts).filteredOn(count -> count == Count.TOOL_BUDGET_SPENT).hasSize(RACERS - 3);
    assertThat(first.tryCount("search", 3, 100)).as("another tool has its own budget")
        .isEqualTo(Count.COUNTED);
    assertThat(second.callsMade()).isEqualTo(4);
  }

  @Test
  void failuresAreSharedAndASuccessForgetsThem() {
    first.failed("fingerprint-a");
    second.failed("fingerprint-a");
    first.failed("fingerprint-b");

    assertThat(second.failures("fingerprint-a")).isEqualTo(2);
    second.succeeded("fingerprint-a");
    assertThat(first.failures("fingerprint-a")).isZero();
    assertThat(first.failures("fingerprint-b")).isEqualTo(1);
  }

  @Test
  void conversationsAreCountedApart() {
    first.tryCount("lookup", 1, 1);
    first.failed("fingerprint-a");
    ConversationState other = new JdbcConversationState(database, "conversation-2");

    assertThat(other.tryCount("lookup", 1, 1)).isEqualTo(Count.COUNTED);
    assertThat(other.failures("fingerprint-a")).isZero();
    assertThat(second.tryCount("lookup", 1, 1)).isEqualTo(Count.CONVERSATION_BUDGET_SPENT);
  }

  @Test
  void deletingOldConversationsForgetsTheirCounts() {
    first.tryCount("lookup", 10, 10);
    first.failed("fingerprint-a");

    assertThat(JdbcConversationState.deleteOlderThan(database, Duration.ofDays(1))).isZero();
    assertThat(second.callsMade()).isEqualTo(1);
    // The total's row, the tool's row and the failure's row.
    assertThat(JdbcConversationState.deleteOlderThan(database, Duration.ZERO)).isEqualTo(3);
    assertThat(second.callsMade()).isZero();
    assertThat(second.failures("fingerprint-a")).isZero();
  }
}
