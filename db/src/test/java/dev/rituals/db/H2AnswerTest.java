package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class H2AnswerTest extends AnswerContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.h2();
  }
}
