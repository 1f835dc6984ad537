package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class PostgresDashboardTabsTest extends DashboardTabsContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.postgres();
  }
}
