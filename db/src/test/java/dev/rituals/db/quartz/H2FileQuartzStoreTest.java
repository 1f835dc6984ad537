package dev.rituals.db.quartz;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default: an H2 file database in PostgreSQL mode, one node. */
class H2FileQuartzStoreTest extends QuartzJdbcStoreContract {
  @TempDir Path directory;

  @BeforeEach
  void createTables() throws Exception {
    try (HikariDataSource pool = openPool()) {
      QuartzTables.create(pool, QuartzTables.H2);
    }
  }

  @Override
  protected HikariDataSource openPool() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(
        "jdbc:h2:file:"
            + directory.resolve("rituals")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    config.setUsername("sa");
    config.setPassword("");
    config.setMaximumPoolSize(8);
    return new HikariDataSource(config);
  }

  @Override
  protected QuartzOptions options() {
    return QuartzOptions.standalone(schedulerName);
  }
}
