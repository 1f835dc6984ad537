package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class H2QuartzTablesTest extends QuartzTablesContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.h2();
  }
}
