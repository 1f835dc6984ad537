package dev.rituals.app;

import dev.rituals.db.Database;

/** Opens the configured database: PostgreSQL from DATABASE_URL, else the embedded H2 file. */
public final class Databases {
  private Databases() {}

  public static Database open(AppConfig config) {
    if (config.databaseUrl().isPresent()) {
      String url = config.databaseUrl().get();
      if (config.databaseUser().isPresent()) {
        return Database.connect(
            url, config.databaseUser().get(), config.databasePassword().orElse(""));
      }
      return Database.fromDatabaseUrl(url);
    }
    return Database.h2File(config.dataDir());
  }
}
