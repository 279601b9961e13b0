package io.toolwright.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/** What both stores share: running DDL, text PostgreSQL can hold, wrapping {@link SQLException}. */
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

  /**
   * {@code value} as PostgreSQL's {@code text} can hold it: text cannot contain U+0000, which a
   * call id from a client may, so it is written {@code \0} and a backslash {@code \\}. Reversible,
   * and the identity for every value without either character.
   */
  static String escape(String value) {
    if (value == null || (value.indexOf('\\') < 0 && value.indexOf('\0') < 0)) {
      return value;
    }
    return value.replace("\\", "\\\\").replace("\0", "\\0");
  }

  /** The value {@link #escape} was given. */
  static String unescape(String stored) {
    if (stored == null || stored.indexOf('\\') < 0) {
      return stored;
    }
    StringBuilder value = new StringBuilder(stored.length());
    for (int i = 0; i < stored.length(); i++) {
      char c = stored.charAt(i);
      if (c == '\\' && i + 1 < stored.length()) {
        char next = stored.charAt(++i);
        value.append(next == '0' ? '\0' : next);
      } else {
        value.append(c);
      }
    }
    return value.toString();
  }

  static IllegalStateException failure(String doing, SQLException e) {
    return new IllegalStateException("Toolwright JDBC store failed " + doing + ": " + e.getMessage(), e);
  }
}
