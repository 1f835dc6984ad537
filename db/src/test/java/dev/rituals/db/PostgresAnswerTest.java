package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class PostgresAnswerTest extends AnswerContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.postgres();
  }
}
