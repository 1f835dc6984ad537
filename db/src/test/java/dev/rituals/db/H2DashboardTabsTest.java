package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class H2DashboardTabsTest extends DashboardTabsContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.h2();
  }
}
