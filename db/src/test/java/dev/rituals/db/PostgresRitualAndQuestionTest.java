package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class PostgresRitualAndQuestionTest extends RitualAndQuestionContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.postgres();
  }
}
