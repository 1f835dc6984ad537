package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class H2RecognitionOnDatabaseTest extends RecognitionOnDatabaseContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.h2();
  }
}
