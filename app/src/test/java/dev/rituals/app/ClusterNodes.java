package dev.rituals.app;

import com.zaxxer.hikari.HikariDataSource;
import dev.rituals.db.Database;
import java.nio.file.Path;
import java.util.Map;

/** The configuration of one clustered app node on a shared test PostgreSQL, on any free port. */
final class ClusterNodes {
  private ClusterNodes() {}

  static AppConfig config(Database shared, Path dataDir) {
    AppConfig config =
        AppConfig.from(
            Map.of(
                "PORT", "1",
                "RITUALS_DATA_DIR", dataDir.toString(),
                "DATABASE_URL", ((HikariDataSource) shared.dataSource()).getJdbcUrl(),
                "DATABASE_USER", "postgres",
                "DATABASE_PASSWORD", "postgres",
                "RITUALS_CLUSTERED", "true"));
    return new AppConfig(
        0,
        config.dataDir(),
        config.databaseUrl(),
        config.databaseUser(),
        config.databasePassword(),
        config.slack(),
        config.teams(),
        config.clustered(),
        config.publicUrl());
  }
}
