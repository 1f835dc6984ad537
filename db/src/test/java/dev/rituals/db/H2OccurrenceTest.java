package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class H2OccurrenceTest extends OccurrenceContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.h2();
  }
}
