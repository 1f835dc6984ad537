package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class PostgresFirstSliceOnDatabaseTest extends FirstSliceOnDatabaseContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.postgres();
  }
}
