package dev.rituals.db.quartz;

import com.zaxxer.hikari.HikariDataSource;
import dev.rituals.db.Database;
import dev.rituals.db.DatabaseUrl;
import dev.rituals.db.testing.TestDatabases;

/** Production shape: a real PostgreSQL (a fresh database in the shared test server), clustered. */
class PostgresQuartzStoreTest extends QuartzJdbcStoreContract {
  /** Enough connections for Quartz's worker, scheduler, misfire and cluster threads. */
  private static final int POOL_SIZE = 10;

  private String jdbcUrl;

  @Override
  protected Database openDatabase() {
    if (jdbcUrl == null) {
      // TestDatabases creates and migrates a new database; later opens reach the same one.
      try (Database created = TestDatabases.postgres()) {
        jdbcUrl = ((HikariDataSource) created.dataSource()).getJdbcUrl();
      }
    }
    return Database.connect(DatabaseUrl.of(jdbcUrl, "postgres", "postgres"), POOL_SIZE);
  }

  @Override
  protected QuartzOptions options() {
    return QuartzOptions.clustered(schedulerName);
  }
}
