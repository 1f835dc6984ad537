package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class H2FirstSliceOnDatabaseTest extends FirstSliceOnDatabaseContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.h2();
  }
}
