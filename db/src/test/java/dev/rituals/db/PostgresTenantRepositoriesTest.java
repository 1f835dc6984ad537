package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class PostgresTenantRepositoriesTest extends TenantRepositoriesContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.postgres();
  }
}
