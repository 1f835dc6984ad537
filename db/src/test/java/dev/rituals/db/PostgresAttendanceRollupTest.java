package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class PostgresAttendanceRollupTest extends AttendanceRollupContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.postgres();
  }
}
