package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class H2TenantIsolationTest extends TenantIsolationContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.h2();
  }
}
