package io.toolwright.jdbc;

import io.toolwright.ErrorCode;
import io.toolwright.spi.IdempotencyStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * An {@link IdempotencyStore} in PostgreSQL, shared by every instance that uses the same database:
 * a claim is one {@code INSERT ... ON CONFLICT DO UPDATE ... WHERE} on the key's primary key, so of
 * two instances racing the same call id exactly one inserts the row and runs the write; the other
 * reads the row and sees it running, its stored outcome (replay) or other arguments. A claim without
 * an outcome older than the claim lease (by the database's clock) is taken over by the one claim
 * that updates its {@code created_at}.
 *
 * <p>Keys and messages are kept as {@code text}; the U+0000 that {@code text} cannot hold is
 * written {@code \0} (and a backslash {@code \\}), so any call id is kept.
 *
 * <p>Every statement runs on its own connection in auto-commit mode: a claim is visible to the
 * other instances as soon as it returns. Rows are kept until {@link #deleteOlderThan} removes them.
 */
public final class JdbcIdempotencyStore implements IdempotencyStore {

  /** The table, as {@link #createSchema()} creates it and the module README documents it. */
  public static final List<String> SCHEMA =
      List.of(
          "CREATE TABLE IF NOT EXISTS toolwright_idempotency ("
              + " call_key text PRIMARY KEY,"
              + " fingerprint text NOT NULL,"
              + " completed boolean NOT NULL DEFAULT false,"
              + " content_json bytea,"
              + " error_code text,"
              + " error_message text,"
              + " created_at timestamptz NOT NULL DEFAULT now())",
          "CREATE INDEX IF NOT EXISTS toolwright_idempotency_created_at"
              + " ON toolwright_idempotency (created_at)");

  /**
   * Inserts the claim, or takes over one without an outcome whose lease ran out (same fingerprint),
   * by the database's clock; returns a row only then, saying which of the two it was ({@code xmax}
   * is 0 for a row this statement inserted). The conflicting row is locked, so of two instances
   * taking over the same claim the second sees the first's fresh {@code created_at}.
   */
  private static final String CLAIM =
      "INSERT INTO toolwright_idempotency AS t (call_key, fingerprint) VALUES (?, ?)"
          + " ON CONFLICT (call_key) DO UPDATE SET created_at = now()"
          + " WHERE NOT t.completed AND t.fingerprint = EXCLUDED.fingerprint"
          + " AND t.created_at <= now() - ? * interval '1 millisecond'"
          + " RETURNING (xmax = 0) AS inserted";
  private static final String SELECT =
      "SELECT fingerprint, completed, content_json, error_code, error_message"
          + " FROM toolwright_idempotency WHERE call_key = ?";
  private static final String COMPLETE =
      "UPDATE toolwright_idempotency SET completed = true, content_json = ?, error_code = ?,"
          + " error_message = ? WHERE call_key = ? AND NOT completed";
  private static final String RELEASE =
      "DELETE FROM toolwright_idempotency WHERE call_key = ? AND NOT completed";
  private static final String DELETE_OLD =
      "DELETE FROM toolwright_idempotency WHERE created_at < now() - ? * interval '1 millisecond'";

  private final DataSource dataSource;
  private final Duration claimLease;

  /** A store whose claims have the {@link IdempotencyStore#DEFAULT_CLAIM_LEASE}. */
  public JdbcIdempotencyStore(DataSource dataSource) {
    this(dataSource, DEFAULT_CLAIM_LEASE);
  }

  /**
   * A store whose claims without an outcome may be taken over after {@code claimLease}, measured
   * by the database's clock (see {@link IdempotencyStore}, "Claim lease").
   *
   * @throws IllegalArgumentException if the lease is shorter than a millisecond
   */
  public JdbcIdempotencyStore(DataSource dataSource, Duration claimLease) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    if (claimLease.toMillis() < 1) {
      throw new IllegalArgumentException("the claim lease must be positive: " + claimLease);
    }
    this.claimLease = claimLease;
  }

  /** Creates the table and its index if they do not exist. */
  public JdbcIdempotencyStore createSchema() {
    Sql.execute(dataSource, SCHEMA);
    return this;
  }

  @Override
  public Claim claim(String key, String fingerprint) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      // A row released between our insert and our read is gone: try again; the loop ends because
      // a release only follows a granted claim, which the next insert may win.
      while (true) {
        try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
          claim.setString(1, Sql.escape(key));
          claim.setString(2, fingerprint);
          claim.setLong(3, claimLease.toMillis());
          try (ResultSet row = claim.executeQuery()) {
            if (row.next()) {
              return row.getBoolean(1) ? Claim.granted() : Claim.takenOver();
            }
          }
        }
        Claim earlier = earlier(connection, key, fingerprint);
        if (earlier != null) {
          return earlier;
        }
      }
    } catch (SQLException e) {
      throw Sql.failure("claiming a call id", e);
    }
  }

  private static Claim earlier(Connection connection, String key, String fingerprint)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(SELECT)) {
      select.setString(1, Sql.escape(key));
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return null;
        }
        if (!row.getString(1).equals(fingerprint)) {
          return Claim.otherArguments();
        }
        if (!row.getBoolean(2)) {
          return Claim.running();
        }
        byte[] content = row.getBytes(3);
        return Claim.completed(
            content != null
                ? Outcome.success(content)
                : Outcome.failure(ErrorCode.valueOf(row.getString(4)), Sql.unescape(row.getString(5))));
      }
    }
  }

  @Override
  public void complete(String key, Outcome outcome) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(COMPLETE)) {
      connection.setAutoCommit(true);
      update.setBytes(1, outcome.contentJson());
      update.setString(2, outcome.errorCode() == null ? null : outcome.errorCode().name());
      update.setString(3, Sql.escape(outcome.errorMessage()));
      update.setString(4, Sql.escape(key));
      update.executeUpdate();
    } catch (SQLException e) {
      throw Sql.failure("storing an outcome", e);
    }
  }

  @Override
  public void release(String key) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete = connection.prepareStatement(RELEASE)) {
      connection.setAutoCommit(true);
      delete.setString(1, Sql.escape(key));
      delete.executeUpdate();
    } catch (SQLException e) {
      throw Sql.failure("releasing a call id", e);
    }
  }

  /**
   * Deletes the rows claimed longer than {@code age} ago, completed or not, and returns how many:
   * a call made again with such an id runs again. Run it from a scheduled job, with an age longer
   * than any client retries a call.
   */
  public int deleteOlderThan(Duration age) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete = connection.prepareStatement(DELETE_OLD)) {
      connection.setAutoCommit(true);
      delete.setLong(1, age.toMillis());
      return delete.executeUpdate();
    } catch (SQLException e) {
      throw Sql.failure("deleting old call ids", e);
    }
  }
}
