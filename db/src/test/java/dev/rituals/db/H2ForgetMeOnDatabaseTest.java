package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class H2ForgetMeOnDatabaseTest extends ForgetMeOnDatabaseContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.h2();
  }
}
