package io.toolwright.jdbc;

import io.toolwright.spi.ConversationState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * One conversation's counts in PostgreSQL, shared by every instance that serves its responses:
 * {@code new JdbcConversationState(dataSource, conversationId)} on each response, wrapped in {@code
 * Conversation.of(...)}.
 *
 * <p>Failures are one upsert each ({@code ON CONFLICT DO UPDATE ... + 1}). {@link #tryCount} checks
 * and raises two counts, so it runs in one transaction that first locks the conversation's total
 * row ({@code SELECT ... FOR UPDATE}): two instances counting calls of the same conversation take
 * turns, and neither budget is ever exceeded.
 */
public final class JdbcConversationState implements ConversationState {

  /** The tables, as {@link #createSchema} creates them and the module README documents them. */
  public static final List<String> SCHEMA =
      List.of(
          "CREATE TABLE IF NOT EXISTS toolwright_conversation_calls ("
              + " conversation_id text NOT NULL,"
              + " tool text NOT NULL," // '' is the conversation's total
              + " calls integer NOT NULL,"
              + " updated_at timestamptz NOT NULL DEFAULT now(),"
              + " PRIMARY KEY (conversation_id, tool))",
          "CREATE TABLE IF NOT EXISTS toolwright_conversation_failures ("
              + " conversation_id text NOT NULL,"
              + " call_key text NOT NULL,"
              + " failures integer NOT NULL,"
              + " updated_at timestamptz NOT NULL DEFAULT now(),"
              + " PRIMARY KEY (conversation_id, call_key))");

  private static final String TOTAL = "";

  private static final String ENSURE_TOTAL =
      "INSERT INTO toolwright_conversation_calls (conversation_id, tool, calls) VALUES (?, '', 0)"
          + " ON CONFLICT DO NOTHING";
  private static final String LOCK_TOTAL =
      "SELECT calls FROM toolwright_conversation_calls"
          + " WHERE conversation_id = ? AND tool = '' FOR UPDATE";
  private static final String CALLS =
      "SELECT calls FROM toolwright_conversation_calls WHERE conversation_id = ? AND tool = ?";
  private static final String ADD_CALL =
      "INSERT INTO toolwright_conversation_calls (conversation_id, tool, calls) VALUES (?, ?, 1)"
          + " ON CONFLICT (conversation_id, tool) DO UPDATE"
          + " SET calls = toolwright_conversation_calls.calls + 1, updated_at = now()";
  private static final String FAILURES =
      "SELECT failures FROM toolwright_conversation_failures"
          + " WHERE conversation_id = ? AND call_key = ?";
  private static final String ADD_FAILURE =
      "INSERT INTO toolwright_conversation_failures (conversation_id, call_key, failures)"
          + " VALUES (?, ?, 1) ON CONFLICT (conversation_id, call_key) DO UPDATE"
          + " SET failures = toolwright_conversation_failures.failures + 1, updated_at = now()";
  private static final String FORGET_FAILURES =
      "DELETE FROM toolwright_conversation_failures WHERE conversation_id = ? AND call_key = ?";

  private final DataSource dataSource;
  private final String conversationId;

  public JdbcConversationState(DataSource dataSource, String conversationId) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.conversationId = Objects.requireNonNull(conversationId, "conversationId");
  }

  /** Creates both tables if they do not exist. */
  public static void createSchema(DataSource dataSource) {
    Sql.execute(dataSource, SCHEMA);
  }

  @Override
  public Count tryCount(String tool, int maxPerTool, int maxTotal) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      update(connection, ENSURE_TOTAL, conversationId);
      connection.setAutoCommit(false);
      try {
        Count count = countLocked(connection, tool, maxPerTool, maxTotal);
        connection.commit();
        return count;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw Sql.failure("counting a call", e);
    }
  }

  private Count countLocked(Connection connection, String tool, int maxPerTool, int maxTotal)
      throws SQLException {
    int total = select(connection, LOCK_TOTAL, conversationId);
    if (total >= maxTotal) {
      return Count.CONVERSATION_BUDGET_SPENT;
    }
    if (select(connection, CALLS, conversationId, tool) >= maxPerTool) {
      return Count.TOOL_BUDGET_SPENT;
    }
    update(connection, ADD_CALL, conversationId, tool);
    update(connection, ADD_CALL, conversationId, TOTAL);
    return Count.COUNTED;
  }

  @Override
  public int callsMade() {
    return query(CALLS, TOTAL);
  }

  @Override
  public int callsMade(String tool) {
    return query(CALLS, tool);
  }

  @Override
  public int failures(String callKey) {
    return query(FAILURES, callKey);
  }

  @Override
  public void failed(String callKey) {
    change(ADD_FAILURE, callKey);
  }

  @Override
  public void succeeded(String callKey) {
    change(FORGET_FAILURES, callKey);
  }

  /**
   * Deletes the counts of every conversation not changed for {@code age}, and returns how many
   * rows went: run it from a scheduled job, with an age longer than a conversation lasts.
   */
  public static int deleteOlderThan(DataSource dataSource, Duration age) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      int deleted = 0;
      for (String table :
          List.of("toolwright_conversation_calls", "toolwright_conversation_failures")) {
        try (PreparedStatement delete =
            connection.prepareStatement(
                "DELETE FROM " + table + " WHERE updated_at < now() - ? * interval '1 millisecond'")) {
          delete.setLong(1, age.toMillis());
          deleted += delete.executeUpdate();
        }
      }
      return deleted;
    } catch (SQLException e) {
      throw Sql.failure("deleting old conversations", e);
    }
  }

  private int query(String sql, String key) {
    try (Connection connection = dataSource.getConnection()) {
      return select(connection, sql, conversationId, key);
    } catch (SQLException e) {
      throw Sql.failure("reading a count", e);
    }
  }

  private void change(String sql, String key) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      update(connection, sql, conversationId, key);
    } catch (SQLException e) {
      throw Sql.failure("counting a failure", e);
    }
  }

  /** The single integer {@code sql} selects, 0 when there is no row. */
  private static int select(Connection connection, String sql, String... parameters)
      throws SQLException {
    try (PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet row = statement.executeQuery()) {
      return row.next() ? row.getInt(1) : 0;
    }
  }

  private static void update(Connection connection, String sql, String... parameters)
      throws SQLException {
    try (PreparedStatement statement = prepare(connection, sql, parameters)) {
      statement.executeUpdate();
    }
  }

  private static PreparedStatement prepare(Connection connection, String sql, String... parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setString(i + 1, Sql.escape(parameters[i]));
    }
    return statement;
  }
}
