package io.toolwright.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.toolwright.ErrorCode;
import io.toolwright.spi.IdempotencyStore;
import io.toolwright.spi.IdempotencyStore.Claim;
import io.toolwright.spi.IdempotencyStore.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store's three methods on a real PostgreSQL, with two stores standing for two instances. */
class JdbcIdempotencyStoreTest {

  private static final String KEY = "update\nc1";
  private static final String FINGERPRINT = "9f86d081884c7d659a2feaa0c55ad015";
  private static final int RACERS = 16;

  private final ExecutorService pool = Executors.newFixedThreadPool(RACERS);
  private JdbcIdempotencyStore first;
  private JdbcIdempotencyStore second;

  @BeforeEach
  void emptyDatabase() {
    LocalPostgres.reset(LocalPostgres.dataSource());
    first = new JdbcIdempotencyStore(LocalPostgres.dataSource());
    second = new JdbcIdempotencyStore(LocalPostgres.dataSource());
  }

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void ofManyClaimsRacedOnTwoInstancesOneIsGranted() throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Claim>> claims = new ArrayList<>();
    for (int racer = 0; racer < RACERS; racer++) {
      JdbcIdempotencyStore store = racer % 2 == 0 ? first : second;
      claims.add(
          pool.submit(
              () -> {
                go.await();
                return store.claim(KEY, FINGERPRINT);
              }));
    }
    go.countDown();
    List<Claim.State> states = new ArrayList<>();
    for (Future<Claim> claim : claims) {
      states.add(claim.get(20, TimeUnit.SECONDS).state());
    }

    assertThat(states).filteredOn(state -> state == Claim.State.GRANTED).hasSize(1);
    assertThat(states).filteredOn(state -> state == Claim.State.RUNNING).hasSize(RACERS - 1);
  }

  @Test
  void ofManyRacingToTakeOverAnExpiredClaimOneWins() throws Exception {
    assertThat(first.claim(KEY, FINGERPRINT).state()).isEqualTo(Claim.State.GRANTED);
    Databases.ageClaims(IdempotencyStore.DEFAULT_CLAIM_LEASE.plusSeconds(1));
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Claim>> claims = new ArrayList<>();
    for (int racer = 0; racer < RACERS; racer++) {
      JdbcIdempotencyStore store = racer % 2 == 0 ? first : second;
      claims.add(
          pool.submit(
              () -> {
                go.await();
                return store.claim(KEY, FINGERPRINT);
              }));
    }
    go.countDown();
    List<Claim.State> states = new ArrayList<>();
    for (Future<Claim> claim : claims) {
      states.add(claim.get(20, TimeUnit.SECONDS).state());
    }

    assertThat(states).filteredOn(state -> state == Claim.State.TAKEN_OVER).hasSize(1);
    assertThat(states).filteredOn(state -> state == Claim.State.RUNNING).hasSize(RACERS - 1);
  }

  @Test
  void aLeaseCountsFromTheClaimByTheDatabasesClock() {
    JdbcIdempotencyStore shortLease =
        new JdbcIdempotencyStore(LocalPostgres.dataSource(), Duration.ofHours(1));
    shortLease.claim(KEY, FINGERPRINT);
    Databases.ageClaims(Duration.ofMinutes(59));
    assertThat(shortLease.claim(KEY, FINGERPRINT).state()).isEqualTo(Claim.State.RUNNING);

    Databases.ageClaims(Duration.ofMinutes(1));
    assertThat(shortLease.claim(KEY, "other").state()).isEqualTo(Claim.State.OTHER_ARGUMENTS);
    assertThat(shortLease.claim(KEY, FINGERPRINT).state()).isEqualTo(Claim.State.TAKEN_OVER);
    assertThat(first.claim(KEY, FINGERPRINT).state()).isEqualTo(Claim.State.RUNNING);
  }

  @Test
  void aLeaseIsPositive() {
    assertThatThrownBy(() -> new JdbcIdempotencyStore(LocalPostgres.dataSource(), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCompletedSuccessIsReplayedByTheOtherInstance() {
    byte[] content = "{\"id\":7}".getBytes(StandardCharsets.UTF_8);
    assertThat(first.claim(KEY, FINGERPRINT).state()).isEqualTo(Claim.State.GRANTED);
    assertThat(second.claim(KEY, FINGERPRINT).state()).isEqualTo(Claim.State.RUNNING);

    first.complete(KEY, Outcome.success(content));
    Claim replay = second.claim(KEY, FINGERPRINT);

    assertThat(replay.state()).isEqualTo(Claim.State.COMPLETED);
    assertThat(replay.outcome()).isEqualTo(Outcome.success(content));
  }

  @Test
  void aCompletedFailureKeepsItsCodeAndMessage() {
    first.claim(KEY, FINGERPRINT);
    first.complete(KEY, Outcome.failure(ErrorCode.TOOL_FAILED, "The ledger is closed."));

    assertThat(second.claim(KEY, FINGERPRINT).outcome())
        .isEqualTo(Outcome.failure(ErrorCode.TOOL_FAILED, "The ledger is closed."));
  }

  @Test
  void otherArgumentsAreRefusedWhileRunningAndAfter() {
    first.claim(KEY, FINGERPRINT);
    assertThat(second.claim(KEY, "other").state()).isEqualTo(Claim.State.OTHER_ARGUMENTS);

    first.complete(KEY, Outcome.success("1".getBytes(StandardCharsets.UTF_8)));
    assertThat(second.claim(KEY, "other").state()).isEqualTo(Claim.State.OTHER_ARGUMENTS);
  }

  @Test
  void aReleasedClaimMayBeClaimedAgainButACompletedOneStays() {
    first.claim(KEY, FINGERPRINT);
    first.release(KEY);
    assertThat(second.claim(KEY, "other").state()).isEqualTo(Claim.State.GRANTED);

    second.complete(KEY, Outcome.success("2".getBytes(StandardCharsets.UTF_8)));
    second.release(KEY);
    assertThat(first.claim(KEY, "other").state()).isEqualTo(Claim.State.COMPLETED);
  }

  @Test
  void aCompletionIsNotOverwritten() {
    first.claim(KEY, FINGERPRINT);
    first.complete(KEY, Outcome.success("1".getBytes(StandardCharsets.UTF_8)));
    second.complete(KEY, Outcome.success("2".getBytes(StandardCharsets.UTF_8)));

    assertThat(second.claim(KEY, FINGERPRINT).outcome())
        .isEqualTo(Outcome.success("1".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void deletingOldRowsForgetsThemAndKeepsNewerOnes() {
    first.claim(KEY, FINGERPRINT);
    first.complete(KEY, Outcome.success("1".getBytes(StandardCharsets.UTF_8)));

    assertThat(first.deleteOlderThan(Duration.ofDays(1))).isZero();
    assertThat(second.claim(KEY, FINGERPRINT).state()).isEqualTo(Claim.State.COMPLETED);
    assertThat(first.deleteOlderThan(Duration.ZERO)).isEqualTo(1);
    assertThat(second.claim(KEY, FINGERPRINT).state()).isEqualTo(Claim.State.GRANTED);
  }

  @Test
  void callIdsWithCharactersTextCannotHoldAreKeptApart() {
    String withNul = "update\na\u0000b";
    String withBackslashZero = "update\na\\0b";
    String message = "Refused: \u0000 and \\0.";

    assertThat(first.claim(withNul, FINGERPRINT).state()).isEqualTo(Claim.State.GRANTED);
    assertThat(first.claim(withBackslashZero, FINGERPRINT).state()).isEqualTo(Claim.State.GRANTED);
    first.complete(withNul, Outcome.failure(ErrorCode.TOOL_FAILED, message));

    assertThat(second.claim(withNul, FINGERPRINT).outcome())
        .isEqualTo(Outcome.failure(ErrorCode.TOOL_FAILED, message));
    assertThat(second.claim(withBackslashZero, FINGERPRINT).state()).isEqualTo(Claim.State.RUNNING);
  }
}
