package dev.rituals.app;

import dev.rituals.db.Database;
import dev.rituals.db.testing.TestDatabases;

class H2DownloadShelfTest extends DownloadShelfContract {
  @Override
  Database openDatabase() {
    return TestDatabases.h2();
  }
}
