package io.toolwright.jdbc;

import io.toolwright.spi.ConversationState;
import io.toolwright.spi.IdempotencyStore;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** For the runtime's contract tests in another package: empty JDBC stores on the test database. */
public final class Databases {

  private Databases() {}

  /** An empty idempotency store: the table is emptied. */
  public static IdempotencyStore emptyIdempotencyStore() {
    DataSource dataSource = LocalPostgres.dataSource();
    LocalPostgres.reset(dataSource);
    return new JdbcIdempotencyStore(dataSource);
  }

  /** An empty idempotency store whose claims hold for {@code lease}. */
  public static IdempotencyStore emptyIdempotencyStore(Duration lease) {
    DataSource dataSource = LocalPostgres.dataSource();
    LocalPostgres.reset(dataSource);
    return new JdbcIdempotencyStore(dataSource, lease);
  }

  /** Makes every claim {@code by} older, as if it had been made that much earlier. */
  public static void ageClaims(Duration by) {
    Sql.execute(
        LocalPostgres.dataSource(),
        List.of(
            "UPDATE toolwright_idempotency SET created_at = created_at - interval '"
                + by.toMillis()
                + " milliseconds'"));
  }

  /** The state of a new conversation, with an id of its own. */
  public static ConversationState newConversation() {
    DataSource dataSource = LocalPostgres.dataSource();
    JdbcConversationState.createSchema(dataSource);
    return new JdbcConversationState(dataSource, UUID.randomUUID().toString());
  }
}
