package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class PostgresTenantIsolationTest extends TenantIsolationContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.postgres();
  }
}
