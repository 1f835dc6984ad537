package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class PostgresDownloadFilesTest extends DownloadFilesContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.postgres();
  }
}
