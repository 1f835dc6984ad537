package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class PostgresOccurrenceTest extends OccurrenceContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.postgres();
  }
}
