package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class PostgresParticipationQueriesTest extends ParticipationQueriesContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.postgres();
  }
}
