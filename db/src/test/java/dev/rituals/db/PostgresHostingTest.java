package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class PostgresHostingTest extends HostingContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.postgres();
  }
}
