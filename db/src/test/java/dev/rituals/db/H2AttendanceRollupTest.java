package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class H2AttendanceRollupTest extends AttendanceRollupContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.h2();
  }
}
