package io.toolwright.jdbc;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL for the tests, one per JVM, started on first use and stopped when the JVM ends:
 * the database at {@code TOOLWRIGHT_TEST_POSTGRES_URL} (a JDBC URL with user and password) when
 * set; otherwise a throw-away cluster made with the machine's PostgreSQL binaries ({@code initdb},
 * {@code pg_ctl}, from {@code -Dtoolwright.test.postgresBin} or the usual directories) in a temporary directory, listening on a free port of 127.0.0.1 only. PostgreSQL
 * refuses to run as root, so as root the cluster belongs to {@code nobody}. When neither is
 * available the tests are skipped, with the reason.
 */
public final class LocalPostgres {

  private static final List<String> BIN_DIRECTORIES =
      List.of(
          "/usr/lib/postgresql/17/bin",
          "/usr/lib/postgresql/16/bin",
          "/usr/lib/postgresql/15/bin",
          "/usr/lib/postgresql/14/bin",
          "/usr/local/pgsql/bin",
          "/usr/bin");

  private static String url;
  private static String unavailable;

  private LocalPostgres() {}

  /** A new pool-less data source on the database; each one stands for one instance. */
  public static DataSource dataSource() {
    start();
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    return dataSource;
  }

  /** Empties the stores' tables, creating them on first use. */
  public static void reset(DataSource dataSource) {
    new JdbcIdempotencyStore(dataSource).createSchema();
    JdbcConversationState.createSchema(dataSource);
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "TRUNCATE toolwright_idempotency, toolwright_conversation_calls,"
              + " toolwright_conversation_failures");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static synchronized void start() {
    if (url == null && unavailable == null) {
      try {
        url = startOrFind();
      } catch (IOException | RuntimeException e) {
        unavailable = "could not start PostgreSQL: " + e.getMessage();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        unavailable = "interrupted while starting PostgreSQL";
      }
    }
    Assumptions.assumeTrue(url != null, () -> "No PostgreSQL, tests skipped: " + unavailable);
  }

  private static String startOrFind() throws IOException, InterruptedException {
    String given = System.getenv("TOOLWRIGHT_TEST_POSTGRES_URL");
    if (given != null && !given.isBlank()) {
      return given;
    }
    String binProperty = System.getProperty("toolwright.test.postgresBin");
    List<String> candidates = binProperty == null ? BIN_DIRECTORIES : List.of(binProperty);
    Path bin =
        candidates.stream()
            .map(Path::of)
            .filter(directory -> Files.isExecutable(directory.resolve("initdb")))
            .findFirst()
            .orElse(null);
    if (bin == null) {
      unavailable =
          "set TOOLWRIGHT_TEST_POSTGRES_URL or install PostgreSQL (initdb in " + candidates + ")";
      return null;
    }
    boolean root = "root".equals(System.getProperty("user.name"));
    Path home = Files.createTempDirectory("toolwright-postgres-");
    if (root) {
      // The directory must be the cluster owner's; a temporary directory is reachable by anyone.
      UserPrincipal nobody =
          home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
      Files.setOwner(home, nobody);
    }
    Path data = home.resolve("data");
    int port = freePort();
    run(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U",
        "postgres", "--no-sync", "-E", "UTF8", "--locale=C");
    run(root, bin.resolve("pg_ctl").toString(), "start", "-w", "-D", data.toString(), "-l",
        home.resolve("log").toString(), "-o",
        "-p " + port + " -h 127.0.0.1 -k " + home + " -c fsync=off -c max_connections=200");
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    run(root, bin.resolve("pg_ctl").toString(), "stop", "-m", "immediate", "-D",
                        data.toString());
                  } catch (IOException | InterruptedException e) {
                    // The JVM is ending; the directory is left for the operating system.
                  }
                  deleteQuietly(home);
                }));
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
  }

  private static void run(boolean root, String... command)
      throws IOException, InterruptedException {
    List<String> line = new ArrayList<>();
    if (root) {
      line.addAll(List.of("runuser", "-u", "nobody", "--"));
    }
    line.addAll(List.of(command));
    Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException(String.join(" ", line) + " failed: " + output);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteQuietly(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // Best effort: a temporary directory.
    }
  }
}
