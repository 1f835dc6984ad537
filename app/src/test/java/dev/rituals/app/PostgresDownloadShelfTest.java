package dev.rituals.app;

import dev.rituals.db.Database;
import dev.rituals.db.testing.TestDatabases;

class PostgresDownloadShelfTest extends DownloadShelfContract {
  @Override
  Database openDatabase() {
    return TestDatabases.postgres();
  }
}
