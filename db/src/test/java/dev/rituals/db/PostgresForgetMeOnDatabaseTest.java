package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class PostgresForgetMeOnDatabaseTest extends ForgetMeOnDatabaseContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.postgres();
  }
}
