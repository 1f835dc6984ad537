package dev.rituals.db.quartz;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Production shape: a real PostgreSQL, Quartz clustered. */
class PostgresQuartzStoreTest extends QuartzJdbcStoreContract {
  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.start();
    QuartzTables.create(postgres.getPostgresDatabase(), QuartzTables.POSTGRES);
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  @Override
  protected HikariDataSource openPool() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    config.setMaximumPoolSize(8);
    return new HikariDataSource(config);
  }

  @Override
  protected QuartzOptions options() {
    return QuartzOptions.clustered(schedulerName);
  }
}
