package fi.avustukset.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL for integration tests, without Docker, chosen once per JVM:
 * <ol>
 *   <li>{@code TEST_DATABASE_URL} (+ {@code _USERNAME}, {@code _PASSWORD}) when set;</li>
 *   <li>otherwise embedded PostgreSQL binaries fetched by Maven (zonky); as root, which
 *       PostgreSQL refuses, the same binaries run as user {@code nobody} when no local server
 *       answers ({@link RootEmbeddedPostgres});</li>
 *   <li>otherwise a local server at 127.0.0.1:5432 (user {@code postgres}), in a fresh
 *       database that is dropped when the JVM ends.</li>
 * </ol>
 */
public final class TestDatabase {

  private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
  private static TestDatabase instance;

  public final String url;
  public final String username;
  public final String password;

  private TestDatabase(String url, String username, String password) {
    this.url = url;
    this.username = username;
    this.password = password;
  }

  public static synchronized TestDatabase get() {
    if (instance == null) {
      instance = start();
      log.info("Integration tests use PostgreSQL at {}", instance.url);
    }
    return instance;
  }

  private static TestDatabase start() {
    String url = System.getenv("TEST_DATABASE_URL");
    if (url != null && !url.isBlank()) {
      return new TestDatabase(url, env("TEST_DATABASE_USERNAME", "postgres"),
          env("TEST_DATABASE_PASSWORD", ""));
    }
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root && System.getenv("TEST_DATABASE_HOST") == null && !localServerAnswers()) {
      return RootEmbeddedPostgres.start();
    }
    if (!root) {
      try {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            postgres.close();
          } catch (Exception ignored) {
            // the JVM is ending anyway
          }
        }));
        return new TestDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres",
            "postgres");
      } catch (Exception e) {
        log.warn("Embedded PostgreSQL did not start ({}); trying a local server", e.getMessage());
      }
    }
    return localServer();
  }

  private static TestDatabase localServer() {
    String host = env("TEST_DATABASE_HOST", "127.0.0.1:5432");
    String admin = "jdbc:postgresql://" + host + "/postgres";
    String user = env("TEST_DATABASE_USERNAME", "postgres");
    String password = env("TEST_DATABASE_PASSWORD", "");
    // One database per test JVM; databases of test JVMs that are gone are dropped here rather
    // than in a shutdown hook, which would race the application's own shutdown.
    String database = "grants_it_" + ProcessHandle.current().pid();
    try (Connection c = DriverManager.getConnection(admin, user, password);
        Statement s = c.createStatement()) {
      var stale = new java.util.ArrayList<String>();
      try (var rs = s.executeQuery(
          "select datname from pg_database where datname like 'grants_it_%'")) {
        while (rs.next()) {
          String name = rs.getString(1);
          // grants_it_<pid> or grants_it_<pid>_<purpose> (TestDatabase#another)
          long pid = Long.parseLong(name.substring("grants_it_".length()).split("_")[0]);
          if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) == false
              || pid == ProcessHandle.current().pid()) {
            stale.add(name);
          }
        }
      }
      for (String name : stale) {
        s.execute("drop database if exists " + name + " with (force)");
      }
      s.execute("create database " + database);
    } catch (SQLException | NumberFormatException e) {
      throw new IllegalStateException("No PostgreSQL for integration tests: set TEST_DATABASE_URL,"
          + " run as a non-root user (embedded PostgreSQL) or start a server at " + host, e);
    }
    return new TestDatabase("jdbc:postgresql://" + host + "/" + database, user, password);
  }

  private static boolean localServerAnswers() {
    try (var socket = new java.net.Socket()) {
      socket.connect(new java.net.InetSocketAddress("127.0.0.1", 5432), 500);
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /**
   * A further, empty database on the same server, for a test that needs an application of its
   * own (another profile, a separate process). Dropped with the JVM's other databases.
   */
  public TestDatabase another(String purpose) {
    String name = "grants_it_" + ProcessHandle.current().pid() + "_" + purpose;
    try (Connection c = DriverManager.getConnection(url, username, password);
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + name + " with (force)");
      s.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create database " + name, e);
    }
    return new TestDatabase(url.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name),
        username, password);
  }

  static TestDatabase of(String url, String username, String password) {
    return new TestDatabase(url, username, password);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
