package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class H2RecognitionTest extends RecognitionContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.h2();
  }
}
