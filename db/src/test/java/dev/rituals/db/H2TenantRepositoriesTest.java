package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class H2TenantRepositoriesTest extends TenantRepositoriesContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.h2();
  }
}
