package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class H2DownloadFilesTest extends DownloadFilesContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.h2();
  }
}
