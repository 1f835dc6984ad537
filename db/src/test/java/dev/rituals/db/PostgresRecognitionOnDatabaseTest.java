package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class PostgresRecognitionOnDatabaseTest extends RecognitionOnDatabaseContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.postgres();
  }
}
