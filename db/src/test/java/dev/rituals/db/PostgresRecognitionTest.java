package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class PostgresRecognitionTest extends RecognitionContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.postgres();
  }
}
