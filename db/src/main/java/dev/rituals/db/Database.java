package dev.rituals.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.rituals.core.port.Transactions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's database: a connection pool, the schema migrated to the newest version, a jOOQ
 * context and transactions. Opening one migrates; closing it closes the pool.
 *
 * <p>Everything that should share transactions must use {@link #dsl()} (repositories) or {@link
 * #dataSource()} outside of them (Quartz, which manages its own transactions).
 */
public final class Database implements AutoCloseable {

  /** Settings that let one set of SQL scripts serve H2 and PostgreSQL. */
  public static final String H2_POSTGRESQL_MODE =
      "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  public static final int DEFAULT_POOL_SIZE = 10;
  private static final int HEALTH_TIMEOUT_SECONDS = 2;

  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  private final Vendor vendor;
  private final String jdbcUrl;
  private final HikariDataSource dataSource;
  private final DSLContext dsl;
  private final Transactions transactions;

  private Database(Vendor vendor, String jdbcUrl, HikariDataSource dataSource) {
    this.vendor = vendor;
    this.jdbcUrl = jdbcUrl;
    this.dataSource = dataSource;
    DefaultConfiguration configuration = new DefaultConfiguration();
    configuration.set(vendor.dialect());
    // Setting a ThreadLocalTransactionProvider also makes it the connection provider, so every
    // query through this context runs on the transaction's connection when there is one.
    configuration.set(
        new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(dataSource), false));
    this.dsl = DSL.using(configuration);
    this.transactions = new JooqTransactions(dsl);
  }

  /** Opens {@code url} with a pool of {@value #DEFAULT_POOL_SIZE} connections and migrates. */
  public static Database connect(DatabaseUrl url) {
    return connect(url, DEFAULT_POOL_SIZE);
  }

  public static Database connect(String jdbcUrl, String user, String password) {
    return connect(DatabaseUrl.of(jdbcUrl, user, password));
  }

  /** Parses {@code DATABASE_URL} (see {@link DatabaseUrl#parse}), opens and migrates. */
  public static Database fromDatabaseUrl(String databaseUrl) {
    return connect(DatabaseUrl.parse(databaseUrl));
  }

  public static Database connect(DatabaseUrl url, int maxPoolSize) {
    if (maxPoolSize < 1) {
      throw new IllegalArgumentException("pool size must be at least 1");
    }
    Vendor vendor = url.vendor();
    HikariConfig config = new HikariConfig();
    config.setPoolName("rituals-db");
    config.setJdbcUrl(url.jdbcUrl());
    url.user().ifPresent(config::setUsername);
    url.password().ifPresent(config::setPassword);
    config.setMaximumPoolSize(maxPoolSize);
    config.setMinimumIdle(Math.min(2, maxPoolSize));
    config.setConnectionTimeout(10_000);
    HikariDataSource dataSource = new HikariDataSource(config);
    try {
      migrate(dataSource, vendor);
      return new Database(vendor, url.jdbcUrl(), dataSource);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  /**
   * The embedded default: an H2 file database {@code rituals.mv.db} in {@code dir} (created if
   * missing), in PostgreSQL mode so the same SQL runs on both.
   */
  public static Database h2File(Path dir) {
    return connect(DatabaseUrl.of(h2FileUrl(dir), "sa", ""));
  }

  /** The JDBC URL {@link #h2File} opens, e.g. for {@code DATABASE_URL} documentation. */
  public static String h2FileUrl(Path dir) {
    Path absolute = dir.toAbsolutePath().normalize();
    if (absolute.toString().contains(";")) {
      throw new IllegalArgumentException("the data directory path must not contain ';'");
    }
    try {
      Files.createDirectories(absolute);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("cannot create data directory " + absolute, e);
    }
    // DB_CLOSE_ON_EXIT=FALSE: the app closes the database itself once the scheduler and the
    // outbox have stopped; H2's own exit hook closed it under them (warnings on every stop).
    // QUERY_CACHE_SIZE=256: H2 keeps 8 parsed statements per connection by default, and storing
    // one answer runs a few dozen different ones, so it parsed them again every time (ingestion
    // benchmark: 625 answers/s with 256, 463-472 with 8).
    return "jdbc:h2:file:"
        + absolute.resolve("rituals")
        + ";"
        + H2_POSTGRESQL_MODE
        + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=256";
  }

  private static void migrate(DataSource dataSource, Vendor vendor) {
    Flyway.configure(Database.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration/common", vendor.migrationLocation())
        // Each feature owns a range of versions (see the migration folders), so a release can add
        // V43 to a database that is already at V70: apply it rather than refuse to start.
        .outOfOrder(true)
        .load()
        .migrate();
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** The jOOQ context every repository uses; it joins {@link #transactions()}. */
  public DSLContext dsl() {
    return dsl;
  }

  public Transactions transactions() {
    return transactions;
  }

  public Vendor vendor() {
    return vendor;
  }

  /** Whether a connection answers {@code SELECT 1} within a couple of seconds. Never throws. */
  public boolean healthy() {
    if (dataSource.isClosed()) {
      return false;
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(HEALTH_TIMEOUT_SECONDS);
      statement.execute("SELECT 1");
      return true;
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  @Override
  public void close() {
    if (dataSource.isClosed()) {
      return;
    }
    // An in-memory H2 database kept alive with DB_CLOSE_DELAY=-1 would outlive the pool.
    if (jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:mem:")) {
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("SHUTDOWN");
      } catch (SQLException e) {
        LOG.debug("H2 shutdown before closing the pool failed; closing anyway", e);
      }
    }
    dataSource.close();
  }
}
