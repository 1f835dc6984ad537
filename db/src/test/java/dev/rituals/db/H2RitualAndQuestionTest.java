package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class H2RitualAndQuestionTest extends RitualAndQuestionContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.h2();
  }
}
