package io.toolwright.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/** What both stores share: running DDL and wrapping {@link SQLException}. */
final class Sql {

  private Sql() {}

  static void execute(DataSource dataSource, List<String> statements) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw failure("creating the schema", e);
    }
  }

  static IllegalStateException failure(String doing, SQLException e) {
    return new IllegalStateException("Toolwright JDBC store failed " + doing + ": " + e.getMessage(), e);
  }
}
