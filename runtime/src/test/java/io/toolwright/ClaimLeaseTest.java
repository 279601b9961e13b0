package io.toolwright;

import static io.toolwright.Results.error;
import static io.toolwright.ScriptedTools.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.toolwright.spi.ApprovalHandler;
import io.toolwright.spi.IdempotencyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Claims that never get an outcome (the instance that made them stopped between claiming and
 * completing) hold for the store's lease, then a later call with the same id takes them over: an
 * idempotent write runs again, any other write is answered {@code OUTCOME_UNKNOWN} without running,
 * and that answer is what the id replays from then on. A dead instance is an instance whose store
 * loses its {@code complete}: it ran the tool and never stored the outcome.
 *
 * <p>In memory here, with a clock the test moves; {@code toolwright-jdbc} runs these same tests over
 * PostgreSQL by overriding {@link #newStore} and {@link #age}.
 */
class ClaimLeaseTest {

  static final Duration LEASE = Duration.ofMinutes(5);

  private final ScriptedTools tools = new ScriptedTools();
  private final MovableClock clock = new MovableClock();
  private final IdempotencyStore store = newStore(LEASE);

  /**
   * An empty store whose claims hold for {@code lease}; called once per test while the fields are
   * set, after {@code clock}.
   */
  IdempotencyStore newStore(Duration lease) {
    return IdempotencyStore.inMemory(lease, clock); // set: it is declared before the store
  }

  /** Makes every claim of the store {@code by} older. */
  void age(Duration by) {
    clock.move(by);
  }

  private ToolRegistry registry(IdempotencyStore withStore) {
    return ToolRegistry.builder()
        .addAll(tools.bind())
        .execution(
            ExecutionPolicy.builder()
                .idempotency(withStore)
                .approvals(ApprovalHandler.approveAll())
                .build())
        .build();
  }

  /** The instance that stops: it runs the tool, then never stores the outcome. */
  private ToolRegistry deadInstance() {
    return registry(
        new IdempotencyStore() {
          @Override
          public Claim claim(String key, String fingerprint) {
            return store.claim(key, fingerprint);
          }

          @Override
          public void complete(String key, Outcome outcome) {}

          @Override
          public void release(String key) {
            store.release(key);
          }
        });
  }

  private ToolResult execute(ToolRegistry registry, ToolCall call) {
    return registry.execute(List.of(call), ToolContext.empty()).get(0);
  }

  @Test
  void withinTheLeaseTheClaimIsStillRunning() {
    execute(deadInstance(), call("c1", "upsert", "a"));
    age(LEASE.minusSeconds(30));

    ToolResult later = execute(registry(store), call("c1", "upsert", "a"));

    assertThat(error(later).code()).isEqualTo(ErrorCode.CALL_ID_CONFLICT);
    assertThat(tools.runs("upsert")).isEqualTo(1);
  }

  @Test
  void anIdempotentWriteTakesOverAnExpiredClaimAndRunsOnce() {
    execute(deadInstance(), call("c1", "upsert", "a"));
    age(LEASE.plusSeconds(1));
    ToolRegistry alive = registry(store);

    ToolResult taken = execute(alive, call("c1", "upsert", "a"));
    ToolResult replayed = execute(alive, call("c1", "upsert", "a"));

    assertThat(taken.isError()).isFalse();
    assertThat(replayed.contentJson()).isEqualTo(taken.contentJson());
    assertThat(tools.runs("upsert")).as("the dead instance's run and the take-over").isEqualTo(2);
  }

  @Test
  void aWriteThatIsNotIdempotentIsAnsweredOutcomeUnknownAndNeverRunAgain() {
    execute(deadInstance(), call("c1", "update", "a"));
    age(LEASE.plusSeconds(1));
    ToolRegistry alive = registry(store);

    ToolResult taken = execute(alive, call("c1", "update", "a"));
    age(LEASE.plusSeconds(1));
    ToolResult replayed = execute(alive, call("c1", "update", "a"));

    assertThat(error(taken).code()).isEqualTo(ErrorCode.OUTCOME_UNKNOWN);
    assertThat(error(taken).message()).contains("may or may not have taken effect");
    assertThat(error(replayed).code()).isEqualTo(ErrorCode.OUTCOME_UNKNOWN);
    assertThat(tools.runs("update")).isEqualTo(1);
  }

  @Test
  void aDestructiveCallIsNotRunAgainEither() {
    execute(deadInstance(), call("c1", "delete", "a"));
    age(LEASE.plusSeconds(1));

    ToolResult taken = execute(registry(store), call("c1", "delete", "a"));

    assertThat(error(taken).code()).isEqualTo(ErrorCode.OUTCOME_UNKNOWN);
    assertThat(tools.runs("delete")).isEqualTo(1);
  }

  @Test
  void otherArgumentsNeverTakeAClaimOver() {
    execute(deadInstance(), call("c1", "upsert", "a"));
    age(LEASE.plusSeconds(1));

    ToolResult other = execute(registry(store), call("c1", "upsert", "b"));

    assertThat(error(other).code()).isEqualTo(ErrorCode.CALL_ID_CONFLICT);
    assertThat(tools.ran).containsExactly("upsert:a");
  }

  @Test
  void aStoredOutcomeNeverExpires() {
    ToolRegistry alive = registry(store);
    ToolResult first = execute(alive, call("c1", "update", "a"));
    age(LEASE.multipliedBy(3));

    ToolResult replayed = execute(alive, call("c1", "update", "a"));

    assertThat(replayed.contentJson()).isEqualTo(first.contentJson());
    assertThat(tools.runs("update")).isEqualTo(1);
  }

  @Test
  void aTakenOverClaimHoldsForAnotherLease() {
    execute(deadInstance(), call("c1", "upsert", "a"));
    age(LEASE.plusSeconds(1));
    execute(deadInstance(), call("c1", "upsert", "a")); // takes it over, and stops too
    age(LEASE.minusSeconds(30));

    ToolResult later = execute(registry(store), call("c1", "upsert", "a"));

    assertThat(error(later).code()).isEqualTo(ErrorCode.CALL_ID_CONFLICT);
    assertThat(tools.runs("upsert")).isEqualTo(2);
  }

  @Test
  void theStoreTellsATakeOverApart() {
    assertThat(store.claim("update\nc9", "f").state())
        .isEqualTo(IdempotencyStore.Claim.State.GRANTED);
    age(LEASE);

    assertThat(store.claim("update\nc9", "f").state())
        .as("a lease has run out when it has lasted its length")
        .isEqualTo(IdempotencyStore.Claim.State.TAKEN_OVER);
    assertThat(store.claim("update\nc9", "f").state())
        .isEqualTo(IdempotencyStore.Claim.State.RUNNING);
  }

  @Test
  void aLeaseIsPositive() {
    assertThatThrownBy(() -> IdempotencyStore.inMemory(Duration.ZERO, Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lease");
  }

  /** A clock that stands still until moved. */
  static final class MovableClock extends Clock {
    private volatile Instant now = Instant.parse("2026-12-03T10:00:00Z");

    void move(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
