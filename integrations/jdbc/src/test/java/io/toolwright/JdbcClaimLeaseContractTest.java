package io.toolwright;

import io.toolwright.jdbc.Databases;
import io.toolwright.spi.IdempotencyStore;
import java.time.Duration;

/**
 * The runtime's {@link ClaimLeaseTest}, every test, over PostgreSQL: the lease is measured by the
 * database's clock, so claims are aged by moving their {@code created_at} back.
 */
class JdbcClaimLeaseContractTest extends ClaimLeaseTest {

  @Override
  IdempotencyStore newStore(Duration lease) {
    return Databases.emptyIdempotencyStore(lease);
  }

  @Override
  void age(Duration by) {
    Databases.ageClaims(by);
  }
}
