package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class PostgresQuartzTablesTest extends QuartzTablesContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.postgres();
  }
}
